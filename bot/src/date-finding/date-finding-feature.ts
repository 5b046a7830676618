import { ActivityTypes, type TurnContext } from "botbuilder";
import { randomUUID } from "node:crypto";
import { isAppError } from "../domain/errors";
import type { Language } from "../domain/network";
import { languageOf } from "../shared/language";
import { cardMessage, noticeCard, type Card } from "../shared/card-parts";
import type { BotContext } from "../teams/bot-app";
import { DATE_VERB, datePollCard, marksFromCard } from "./date-card";
import type { DateFindingService } from "./date-finding-service";
import { dateTexts } from "./texts";

/** `datepoll.answer`: saves the presser's marks (a member of the round's network) and shows them on the card. */
export async function answerDateCard(service: DateFindingService, press: { data: Record<string, unknown>; from?: string; language: Language; now: Date }): Promise<Card> {
  const { language } = press;
  let found: Awaited<ReturnType<DateFindingService["getFor"]>>;
  try {
    found = await service.getFor(press.from ?? "", String(press.data.datePollId ?? ""));
  } catch (error) {
    if (isAppError(error)) return noticeCard(error.text[language]);
    throw error;
  }
  const { datePoll, member } = found;
  try {
    const response = await service.respond(member, datePoll.value, marksFromCard(press.data), press.now);
    return datePollCard(datePoll.value, language, { response, notice: dateTexts[language].thanks });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const view = await service.view(member, datePoll.value);
    const response = view.myResponse ? { ...view.myResponse, datePollId: datePoll.value.id, memberId: member.aadObjectId, organisationId: member.organisationId, answeredAt: "" } : undefined;
    return datePollCard(datePoll.value, language, { response, error: error.text[language] });
  }
}

/** Finding the date in Teams: the date card's send button as a Universal Action (and `Action.Submit`). */
export function dateFindingFeature(context: BotContext): void {
  const { app, clock } = context;
  const service = context.services.dateFinding;
  const press = (turn: TurnContext, data: unknown) => ({ data: (data ?? {}) as Record<string, unknown>, from: turn.activity.from?.aadObjectId, language: languageOf(turn.activity.locale), now: clock.now() });
  app.adaptiveCards.actionExecute(DATE_VERB, (turn, _state, data) => answerDateCard(service, press(turn, data)));
  app.adaptiveCards.actionSubmit(DATE_VERB, async (turn, _state, data) => {
    const card = await answerDateCard(service, press(turn, data));
    if (turn.activity.replyToId) await turn.updateActivity({ ...cardMessage(card), id: turn.activity.replyToId, type: ActivityTypes.Message });
    else await turn.sendActivity({ ...cardMessage(card), id: randomUUID() });
  });
}
