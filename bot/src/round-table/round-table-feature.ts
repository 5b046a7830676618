import { CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import { isAppError } from "../domain/errors";
import { languageOf } from "../shared/language";
import type { BotContext } from "../teams/bot-app";
import { roundTableWalkCard } from "./round-table-walk-card";
import { meetingOfChat, type MeetingInChat } from "../meeting-link/meeting-chat";
import { registerSubmitAction } from "./submit-action";
import { registerWalkActions } from "./walk-actions";
import { closingSummary } from "./closing-summary";

/** Runs a round-table command in the meeting chat; a refusal from the service is said in the user's language. */
async function inMeetingChat(turn: TurnContext, ctx: BotContext, work: (found: MeetingInChat) => Promise<void>): Promise<void> {
  const found = await meetingOfChat(turn, ctx);
  if (!found) return;
  try {
    await work(found);
  } catch (error) {
    if (!isAppError(error)) throw error;
    await turn.sendActivity(error.text[languageOf(turn.activity.locale)]);
  }
}

/**
 * The round table "aktuellt läge": `runda`/`round` posts the walk card in the meeting chat, `avsluta runda`/
 * `close round` writes the entries into minutes item 1; card actions walk, edit and refresh; the 1:1 card
 * collects updates before the meeting.
 */
export function roundTableFeature(ctx: BotContext): void {
  const hub = ctx.services.roundTable;
  const start = ctx.commands.add({
    words: ["runda", "round"],
    description: { sv: "startar rundan aktuellt läge (ordförande, samordnare)", en: "starts the round table (chair, coordinator)" },
    where: "meeting",
  });
  const close = ctx.commands.add({
    words: ["avsluta runda", "close round"],
    description: { sv: "avslutar rundan och för in texterna i anteckningarna", en: "closes the round table and puts the texts into the minutes" },
    where: "meeting",
  });

  ctx.app.message(start, (turn) => inMeetingChat(turn, ctx, async (found) => {
    const now = ctx.clock.now();
    const snapshot = await hub.step(found.member, found.meeting.value, "start", now, { from: "command" });
    // The shared card speaks the network's language, as its later updates do; each refresh follows the reader's locale.
    const card = roundTableWalkCard(snapshot, await hub.language(found.meeting.value.networkId), { refresh: true });
    const response = await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (response?.id) await hub.board.setCard(found.meeting.value, turn.activity.conversation.id, response.id, now);
    ctx.logger.info({ meetingId: found.meeting.value.id, by: found.member.aadObjectId }, "round table started");
  }));

  ctx.app.message(close, (turn) => inMeetingChat(turn, ctx, async (found) => {
    const snapshot = await hub.step(found.member, found.meeting.value, "close", ctx.clock.now(), { from: "command" });
    await turn.sendActivity(closingSummary(snapshot, languageOf(turn.activity.locale)));
    ctx.logger.info({ meetingId: found.meeting.value.id, by: found.member.aadObjectId }, "round table closed");
  }));

  registerWalkActions(ctx, hub);
  registerSubmitAction(ctx, hub);
}
