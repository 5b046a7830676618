import { ActivityTypes, type TurnContext } from "botbuilder";
import { randomUUID } from "node:crypto";
import { languageOf } from "../shared/language";
import { cardMessage, type Card } from "../shared/card-parts";
import type { BotContext } from "../teams/bot-app";
import { POLL_VERBS } from "./poll-cards";
import { PollActions, type PollPress } from "./poll-actions";

/** Polls in Teams: the question card's answer button and the results card's refresh, as Universal Actions (and `Action.Submit`). */
export function pollsFeature(context: BotContext): void {
  const { app, clock } = context;
  const actions = new PollActions(context.services.polls, context.services.directory);
  const press = (turn: TurnContext, data: unknown): PollPress => ({
    data: (data ?? {}) as Record<string, unknown>, from: turn.activity.from?.aadObjectId, activityId: turn.activity.id, language: languageOf(turn.activity.locale), now: clock.now(),
  });
  app.adaptiveCards.actionExecute(POLL_VERBS.answer, (turn, _state, data) => actions.answer(press(turn, data)));
  app.adaptiveCards.actionExecute(POLL_VERBS.results, (turn, _state, data) => actions.results(press(turn, data)));
  app.adaptiveCards.actionSubmit(POLL_VERBS.answer, async (turn, _state, data) => replaceCard(turn, await actions.answer(press(turn, data))));
  app.adaptiveCards.actionSubmit(POLL_VERBS.results, async (turn, _state, data) => replaceCard(turn, await actions.results(press(turn, data))));
}

/** Shows the card in place of the one pressed (Action.Submit has no invoke response to carry it). */
async function replaceCard(turn: TurnContext, card: Card): Promise<void> {
  if (turn.activity.replyToId) await turn.updateActivity({ ...cardMessage(card), id: turn.activity.replyToId, type: ActivityTypes.Message });
  else await turn.sendActivity({ ...cardMessage(card), id: randomUUID() });
}
