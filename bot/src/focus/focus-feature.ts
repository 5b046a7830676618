import { isAppError } from "../domain/errors";
import { parsePresenters } from "../domain/focus";
import { cardActionRefusedCard } from "../meeting-link/meeting-choice-card";
import { notAMember } from "../register/directory";
import { languageOf } from "../shared/language";
import type { BotContext } from "../teams/bot-app";
import { focusAskCard } from "./focus-ask-card";
import { FOCUS_ANSWER_VERB } from "./focus-ask-card";
import { meetingNotFound } from "../meetings/meetings";

interface AnswerData {
  meetingId?: unknown;
  organisationId?: unknown;
  choice?: unknown;
  topic?: unknown;
  presenters?: unknown;
}

/**
 * "Kommun i fokus" in the 1:1 chat: the ask card's buttons accept (with topic and presenters) or decline. The
 * answer updates the card in place; a repeated delivery of the same press is answered once (activity claims).
 */
export function focusFeature(ctx: BotContext): void {
  const focus = ctx.services.focus;
  ctx.app.adaptiveCards.actionExecute<AnswerData>(FOCUS_ANSWER_VERB, async (turn, _state, data) => {
    const language = languageOf(turn.activity.locale);
    const [row] = await ctx.stores.meetings.where("meetingId", String(data.meetingId ?? ""));
    if (!row) return cardActionRefusedCard(meetingNotFound().text[language]);
    const meeting = row.value;
    const member = (await ctx.stores.members.get(meeting.networkId, turn.activity.from.aadObjectId ?? ""))?.value;
    if (!member?.active) return cardActionRefusedCard(notAMember().text[language]);
    const organisation = (await ctx.stores.organisations.get(meeting.networkId, String(data.organisationId ?? "")))?.value;
    if (!organisation) return cardActionRefusedCard(language === "sv" ? "Organisationen finns inte i nätverket." : "The organisation is not in the network.");
    const choice = data.choice === "accept" ? "accept" : "decline";
    const topic = typeof data.topic === "string" ? data.topic : "";
    const presenters = typeof data.presenters === "string" ? data.presenters : "";
    try {
      const answer = await focus.answer(member, meeting, organisation.id, choice, topic, parsePresenters(presenters), ctx.clock.now());
      return focusAskCard({ meeting, organisation, turn: answer.turn, ...(answer.added ? { added: answer.added } : {}) }, language);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.kind === "forbidden" || error.kind === "not-found") return cardActionRefusedCard(error.text[language]);
      return focusAskCard({ meeting, organisation, error: error.text[language], kept: { topic, presenters } }, language);
    }
  });
}
