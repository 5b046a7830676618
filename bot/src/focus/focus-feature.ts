import { isAppError } from "../domain/errors";
import { parsePresenters } from "../domain/focus";
import { cardActionRefusedCard } from "../meeting-link/meeting-choice-card";
import { languageOf } from "../shared/language";
import type { BotContext } from "../teams/bot-app";
import { cardCaller, type CardCaller } from "../teams/card-caller";
import { focusAskCard } from "./focus-ask-card";
import { FOCUS_ANSWER_VERB } from "./focus-ask-card";

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
    const caller = await cardCaller(ctx, data.meetingId, turn.activity.from.aadObjectId, language, data.organisationId ?? "");
    if ("refusal" in caller) return caller.refusal;
    const { meeting, member, organisation } = caller as Required<CardCaller>;
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
