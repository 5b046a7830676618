import { CardFactory, MessageFactory } from "../teams/activity-values";
import type { JoinRequest } from "../domain/join-request";
import type { Member } from "../domain/member";
import type { Network } from "../domain/network";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";
import type { Notifier } from "../teams/notifier";
import { personLanguage } from "../teams/person-language";
import { coordinatorJoinCard, decidedJoinCard } from "./join-cards";
import type { JoinNotices } from "./join-requests";
import { joinTexts } from "./texts";

/** The bot's 1:1 cards and messages about join requests, sent through the notifier. */
export function createJoinNotices(notifier: Notifier, stores: Stores, logger: Logger): JoinNotices {
  const organisationName = async (request: JoinRequest) =>
    request.organisationId ? (await stores.organisations.get(request.networkId, request.organisationId))?.value.name : undefined;
  return {
    async askCoordinators(request: JoinRequest, network: Network, coordinators: readonly Member[]) {
      const orgName = await organisationName(request);
      const cards: NonNullable<JoinRequest["cards"]> = [];
      for (const coordinator of coordinators) {
        const language = await personLanguage(stores, coordinator.aadObjectId, network.language);
        const card = coordinatorJoinCard(language, request, network.name, orgName);
        const result = await notifier.sendToUser(coordinator.aadObjectId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
        if (result.status === "sent") cards.push({ coordinatorId: coordinator.aadObjectId, activityId: result.activityId });
        else logger.info({ coordinatorId: coordinator.aadObjectId, reason: result.reason }, "coordinator not reachable for a join request");
      }
      return cards;
    },
    async decided(request: JoinRequest, network: Network, decider: Member) {
      const orgName = await organisationName(request);
      for (const sent of request.cards ?? []) {
        const language = await personLanguage(stores, sent.coordinatorId, network.language);
        const card = decidedJoinCard(language, request, network.name, decider.displayName, orgName);
        await notifier.updateForUser(sent.coordinatorId, sent.activityId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      }
      const language = await personLanguage(stores, request.aadObjectId, network.language);
      const t = joinTexts[language];
      await notifier.sendToUser(request.aadObjectId, MessageFactory.text(request.status === "approved" ? t.welcome(network.name) : t.rejected(network.name)));
    },
  };
}
