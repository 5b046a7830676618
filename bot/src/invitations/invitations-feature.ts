import { ActivityTypes, type TurnContext } from "botbuilder";
import { randomUUID } from "node:crypto";
import { isAppError } from "../domain/errors";
import { hasStarted, type Meeting } from "../domain/meeting";
import type { Language } from "../domain/network";
import { may } from "../domain/roles";
import { languageOf } from "../shared/language";
import { notAMember } from "../register/directory";
import type { BotContext } from "../teams/bot-app";
import { adaptiveCard, cardMessage, executeAction, meetingWhen, noticeCard, text, type Card } from "../shared/card-parts";
import { reportText } from "./report-text";
import type { InvitationServices } from "./invitation-services";
import { commandTexts, invitationTexts } from "./texts";

const SEND_VERB = "invitations.send";

/** The card that lets a coordinator choose which upcoming meeting `skicka kallelse` is for. */
export function chooseMeetingCard(meetings: readonly Meeting[], language: Language): Card {
  const t = commandTexts[language];
  return adaptiveCard(
    [text(t.choose, { weight: "Bolder" })],
    meetings.map((m) => executeAction(t.sendTo(m.title, meetingWhen(m, language)), SEND_VERB, { meetingId: m.id })),
  );
}

/** Sends a meeting's invitations for the pressing coordinator; the answer is the report (or the refusal). */
async function sendFromCard(services: InvitationServices, context: TurnContext, data: Record<string, unknown>, now: Date): Promise<Card> {
  const language = languageOf(context.activity.locale);
  const meetingId = typeof data.meetingId === "string" ? data.meetingId : "";
  try {
    const report = await services.sender.sendAll(context.activity.from?.aadObjectId ?? "", meetingId, now);
    const meeting = (await services.meetings.get(meetingId)).value;
    return adaptiveCard([text(reportText(report, meeting.title, language))]);
  } catch (error) {
    if (isAppError(error)) return noticeCard(error.text[language]);
    throw error;
  }
}

/** The reply to `skicka kallelse`: send for the one upcoming meeting, or let the coordinator choose. */
async function sendCommand(services: InvitationServices, context: TurnContext, now: Date): Promise<void> {
  const language = languageOf(context.activity.locale);
  const t = commandTexts[language];
  if ((context.activity.conversation?.conversationType ?? "personal") !== "personal") {
    await context.sendActivity(t.onlyPersonal);
    return;
  }
  const memberships = await services.directory.membershipsOf(context.activity.from?.aadObjectId ?? "");
  const coordinatorIn = memberships.filter((m) => may(m, "send-invitations"));
  if (coordinatorIn.length === 0) {
    const refusal = memberships.length === 0 ? notAMember() : undefined;
    await context.sendActivity(refusal?.text[language] ?? t.onlyCoordinator);
    return;
  }
  // A coordinator of several networks chooses among the upcoming meetings of all of them.
  const meetings = (await Promise.all(coordinatorIn.map((m) => services.meetings.list(m.networkId)))).flat();
  const upcoming = meetings.filter((m) => (m.status === "draft" || m.status === "invited") && !hasStarted(m, now));
  const coordinator = coordinatorIn[0]!;
  if (upcoming.length === 0) {
    await context.sendActivity(t.noUpcoming);
  } else if (upcoming.length === 1) {
    const report = await services.sender.sendAll(coordinator.aadObjectId, upcoming[0]!.id, now);
    await context.sendActivity(reportText(report, upcoming[0]!.title, language));
  } else {
    await context.sendActivity(cardMessage(chooseMeetingCard(upcoming, language)));
  }
}

/**
 * Invitations and answers in Teams: `skicka kallelse` (coordinator, 1:1), the invitation card's buttons as
 * Universal Actions (`rsvp.*`), and the same buttons as `Action.Submit` for clients without them.
 */
export function invitationsFeature(context: BotContext): void {
  const { app, commands } = context;
  const services = context.services.invitations;
  const { clock } = context;
  const send = commands.add({
    words: ["skicka kallelse", "send invitation"],
    description: { sv: "skickar kallelsen till ett kommande möte (samordnaren)", en: "sends the invitation to an upcoming meeting (coordinator)" },
    where: "personal",
  });
  app.message(send, (turn) => sendCommand(services, turn, clock.now()));

  const press = (turn: TurnContext, verb: unknown, data: Record<string, unknown>) =>
    services.actions.press({ verb, data, from: turn.activity.from?.aadObjectId, activityId: turn.activity.id, language: languageOf(turn.activity.locale), now: clock.now() });
  app.adaptiveCards.actionExecute(/^rsvp\./, (turn, _state, data) => press(turn, turn.activity.value?.action?.verb, data as Record<string, unknown>));
  app.adaptiveCards.actionExecute(/^invitations\./, (turn, _state, data) =>
    turn.activity.value?.action?.verb === SEND_VERB
      ? sendFromCard(services, turn, data as Record<string, unknown>, clock.now())
      : Promise.resolve(noticeCard(invitationTexts[languageOf(turn.activity.locale)].unknownAction)));

  // Clients without Universal Actions send the fallback Action.Submit as a message with the data as value.
  app.adaptiveCards.actionSubmit(/^rsvp\./, async (turn, _state, data) => {
    const card = await press(turn, (data as Record<string, unknown>).verb, data as Record<string, unknown>);
    await replaceCard(turn, card);
  });
  app.adaptiveCards.actionSubmit(SEND_VERB, async (turn, _state, data) => {
    await replaceCard(turn, await sendFromCard(services, turn, data as Record<string, unknown>, clock.now()));
  });
}

/** Shows the card in place of the one pressed (Action.Submit has no invoke response to carry it). */
async function replaceCard(turn: TurnContext, card: Card): Promise<void> {
  if (turn.activity.replyToId) await turn.updateActivity({ ...cardMessage(card), id: turn.activity.replyToId, type: ActivityTypes.Message });
  else await turn.sendActivity({ ...cardMessage(card), id: randomUUID() });
}
