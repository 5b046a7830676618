import { isAppError } from "../domain/errors";
import { submitTexts } from "./texts";
import type { Meeting } from "../domain/meeting";
import type { Language, Organisation } from "../domain/network";
import { languageOf } from "../shared/language";
import { questionsOf } from "./round-table-questions";
import type { BotContext } from "../teams/bot-app";
import { cardCaller, type CardCaller } from "../teams/card-caller";
import type { Card } from "../shared/card";
import { cardActionRefusedCard } from "../meeting-link/meeting-choice-card";
import { ROUND_TABLE_SUBMIT_VERB, roundTableAskCard } from "./round-table-ask-card";
import type { RoundTableService } from "./round-table-service";

interface SubmitData {
  meetingId?: string;
  organisationId?: string;
  etag?: string;
  questions?: unknown;
  text?: string;
  [input: string]: unknown;
}


/** The answers of the card's question inputs (`f0`, `f1`, …) by question label, for questions still asked. */
function answers(data: SubmitData, asked: readonly string[]): Record<string, string> {
  const labels = Array.isArray(data.questions) ? data.questions.map(String) : [];
  return Object.fromEntries(labels.flatMap((label, i) => (asked.includes(label) ? [[label, String(data[`f${i}`] ?? "")]] : [])));
}

/** The ask card again, showing what is stored now and, when given, a message and the user's kept input. */
async function askCardNow(hub: RoundTableService, ctx: BotContext, meeting: Meeting, organisation: Organisation, language: Language, extra: Partial<Parameters<typeof roundTableAskCard>[0]>): Promise<Card> {
  const stored = await ctx.stores.roundTable.get(meeting.id, organisation.id);
  return roundTableAskCard({
    meeting,
    organisation,
    questions: await questionsOf(ctx.stores, meeting.networkId),
    current: stored ? { entry: stored.value, etag: stored.etag } : undefined,
    previous: await hub.previousEntry(meeting, organisation.id),
    ...extra,
  }, language);
}

/** Registers the 1:1 card's "Skicka": writes the organisation's entry; refusals and conflicts keep the text. */
export function registerSubmitAction(ctx: BotContext, hub: RoundTableService): void {
  ctx.app.adaptiveCards.actionExecute<SubmitData>(ROUND_TABLE_SUBMIT_VERB, async (turn, _state, data) => {
    const language = languageOf(turn.activity.locale);
    const caller = await cardCaller(ctx, data.meetingId, turn.activity.from.aadObjectId, language, data.organisationId ?? "");
    if ("refusal" in caller) return caller.refusal;
    const { meeting, member, organisation } = caller as Required<CardCaller>;
    const text = String(data.text ?? "");
    const fields = answers(data, await questionsOf(ctx.stores, meeting.networkId));
    try {
      await hub.writeEntry({ meeting, organisation, editor: member, text, fields, ifMatch: data.etag || undefined, now: ctx.clock.now(), language: await hub.language(meeting.networkId) });
      ctx.logger.info({ meetingId: meeting.id, organisationId: organisation.id, by: member.aadObjectId }, "round-table entry submitted in 1:1 chat");
      return askCardNow(hub, ctx, meeting, organisation, language, { notice: { message: submitTexts[language].saved, isError: false } });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const message = error.code === "concurrent_update" ? `${error.text[language]} ${submitTexts[language].keptHint}` : error.text[language];
      if (error.kind === "forbidden") return cardActionRefusedCard(message);
      return askCardNow(hub, ctx, meeting, organisation, language, { notice: { message, isError: true }, kept: { text, fields } });
    }
  });
}
