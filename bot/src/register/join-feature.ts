import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import { isAppError } from "../domain/errors";
import type { Language } from "../domain/network";
import { languageOf } from "../shared/language";
import type { BotContext } from "../teams/bot-app";
import { decidedJoinCard, joinMessageCard, joinOfferCard, JOIN_APPROVE_VERB, JOIN_REJECT_VERB, JOIN_REQUEST_VERB } from "./join-cards";
import { senderSignInNames } from "./teams-member-info";
import { joinTexts } from "./texts";

const isPersonal = (turn: TurnContext) => (turn.activity.conversation?.conversationType ?? "personal") === "personal";

function opensChat(turn: TurnContext): boolean {
  const { type, action } = turn.activity;
  return type === ActivityTypes.Message || (type === ActivityTypes.InstallationUpdate && action === "add");
}

const errorText = (error: unknown, language: Language) => {
  if (isAppError(error)) return error.text[language];
  throw error;
};

/**
 * Join requests in the bot: a person with no membership who writes to the bot or installs it is first matched
 * against e-mail invitations (Teams' member info); if none, they get the "Ansök om medlemskap" card. The
 * coordinators' Godkänn / Avslå buttons decide the request. Identity always comes from the activity.
 */
export function joinFeature(ctx: BotContext): void {
  const { app, services, logger } = ctx;
  const log = logger.child({ component: "join" });

  app.activity(
    async (turn) => isPersonal(turn) && opensChat(turn) && Boolean(turn.activity.from?.aadObjectId) && (await services.directory.membershipsOf(turn.activity.from.aadObjectId!)).length === 0,
    async (turn) => {
      const language = languageOf(turn.activity.locale);
      const t = joinTexts[language];
      const aadObjectId = turn.activity.from.aadObjectId!;
      const activated = await services.pendingMembers.activate({ aadObjectId, displayName: turn.activity.from.name, emails: await senderSignInNames(turn, log) });
      if (activated.length > 0) {
        const names = await Promise.all(activated.map(async (m) => (await services.directory.network(m.networkId)).name));
        await turn.sendActivity(t.activated(names.join(", ")));
        return;
      }
      const requests = await services.joinRequests.mine(aadObjectId);
      if (requests.some((r) => r.status === "pending")) return void (await turn.sendActivity(t.waiting));
      const networks = await services.joinRequests.publicNetworks();
      const open = networks.filter((n) => !requests.some((r) => r.networkId === n.id));
      if (open.length === 0) return void (await turn.sendActivity(requests.some((r) => r.status === "rejected") ? t.wasRejected : t.noNetwork));
      await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(joinOfferCard(language, open))));
    },
  );

  app.adaptiveCards.actionExecute<{ networkId?: string; organisationId?: string; organisationName?: string; note?: string }>(JOIN_REQUEST_VERB, async (turn, _state, data) => {
    const language = languageOf(turn.activity.locale);
    const from = turn.activity.from;
    const organisationId = String(data.organisationId ?? "").trim();
    const input = {
      networkId: String(data.networkId ?? "").trim() || undefined,
      ...(organisationId ? { organisationId } : { organisationName: String(data.organisationName ?? "").slice(0, 200) }),
      note: String(data.note ?? "").slice(0, 1000),
    };
    try {
      const emails = await senderSignInNames(turn, log);
      const request = await services.joinRequests.request({ aadObjectId: from.aadObjectId ?? "", displayName: from.name, email: emails[0] }, input, "bot");
      return joinMessageCard(joinTexts[language].requested((await services.directory.network(request.networkId)).name));
    } catch (error) {
      const networks = await services.joinRequests.publicNetworks();
      return joinOfferCard(language, networks, errorText(error, language));
    }
  });

  for (const [verb, decision] of [[JOIN_APPROVE_VERB, "approve"], [JOIN_REJECT_VERB, "reject"]] as const) {
    app.adaptiveCards.actionExecute<{ networkId?: string; aadObjectId?: string }>(verb, async (turn, _state, data) => {
      const language = languageOf(turn.activity.locale);
      const networkId = String(data.networkId ?? "");
      const deciderId = turn.activity.from.aadObjectId ?? "";
      try {
        const { request } = await services.joinRequests.decide(deciderId, networkId, String(data.aadObjectId ?? ""), decision);
        const network = await services.directory.network(networkId);
        const decider = (await ctx.stores.members.get(networkId, request.decidedBy ?? deciderId))?.value;
        const organisation = request.organisationId ? (await ctx.stores.organisations.get(networkId, request.organisationId))?.value.name : undefined;
        return decidedJoinCard(language, request, network.name, decider?.displayName ?? "", organisation);
      } catch (error) {
        return joinMessageCard(errorText(error, language));
      }
    });
  }
}
