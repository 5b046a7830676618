import type { AdaptiveCard } from "@microsoft/teams-ai";
import type { TurnContext } from "botbuilder";
import { isAppError } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { MinutesState } from "../domain/minutes-workflow";
import type { Language } from "../domain/network";
import { languageOf } from "../shared/language";
import type { BotFeature } from "../teams/bot-app";
import { MINUTES_VERBS, minutesNoticeCard } from "./minutes-approval-card";
import type { MinutesServices } from "./minutes-services";
import { approvalNotices } from "./texts";

interface CardState {
  meeting: Meeting;
  state: MinutesState;
  published: boolean;
  notice?: { text: string; attention: boolean };
}

/**
 * Runs a card action and answers with the approval card as it now is for the caller; a refusal or bad
 * input is shown as a line on the same card (an invoke cannot answer with a text).
 */
async function answer(
  services: MinutesServices,
  turn: TurnContext,
  data: Record<string, unknown>,
  work: (callerId: string, meetingId: string, language: Language) => Promise<CardState>,
): Promise<AdaptiveCard> {
  const language = languageOf(turn.activity.locale);
  const callerId = turn.activity.from?.aadObjectId ?? "";
  const meetingId = typeof data.meetingId === "string" ? data.meetingId : "";
  let result: CardState;
  try {
    result = await work(callerId, meetingId, language);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const notice = { text: error.text[language], attention: true };
    try {
      result = { ...(await services.minutes.approvalStatus(callerId, meetingId)), notice };
    } catch {
      return minutesNoticeCard(notice.text) as AdaptiveCard;
    }
  }
  return (await services.events.approvalCard(result.meeting, callerId, result.state, result.published, { notice: result.notice, language })) as AdaptiveCard;
}

/**
 * The approval card's actions: `minutes.approve` (only a named approver; publishes when every approver
 * has approved) and `minutes.comment` (the comment goes to the secretary and coordinators).
 */
export const minutesFeature: BotFeature = (context) => {
  const services = context.services.minutes;
  const { app } = context;
  app.adaptiveCards.actionExecute<Record<string, unknown>>(MINUTES_VERBS.approve, async (turn, _state, data) =>
    answer(services, turn, data, async (callerId, meetingId, language) => {
      const outcome = await services.minutes.approve(callerId, meetingId);
      const notice = outcome.publishError ? { text: approvalNotices[language].waiting(outcome.publishError.text[language]), attention: true } : undefined;
      return { meeting: outcome.meeting, state: outcome.state, published: Boolean(outcome.published), notice };
    }));
  app.adaptiveCards.actionExecute<Record<string, unknown>>(MINUTES_VERBS.comment, async (turn, _state, data) =>
    answer(services, turn, data, async (callerId, meetingId, language) => {
      await services.minutes.comment(callerId, meetingId, typeof data.comment === "string" ? data.comment : "");
      return { ...(await services.minutes.approvalStatus(callerId, meetingId)), notice: { text: approvalNotices[language].commented, attention: false } };
    }));
};
