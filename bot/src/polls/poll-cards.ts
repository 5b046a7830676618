import type { Language } from "../domain/network";
import { formatDateTime } from "../domain/time";
import type { Poll, PollAnswer } from "../domain/poll";
import type { PollResults } from "../domain/poll-results";
import { adaptiveCard, errorLine, executeAction, text, type Card, type CardElement } from "../shared/card-parts";
import { pollTexts } from "./texts";

/** The card verbs of polls. */
export const POLL_VERBS = { answer: "poll.answer", results: "poll.results" } as const;

const choices = (poll: Poll) => poll.options.map((o) => ({ title: o.text, value: o.id }));

function inputs(poll: Poll, language: Language, previous?: PollAnswer): CardElement[] {
  const t = pollTexts[language];
  switch (poll.kind) {
    case "single":
    case "multiple":
      return [{
        type: "Input.ChoiceSet", id: "choices", style: "expanded", isMultiSelect: poll.kind === "multiple", isRequired: true,
        label: poll.kind === "single" ? t.chooseOne : t.chooseMany, choices: choices(poll), ...(previous ? { value: previous.choices.join(",") } : {}),
      }];
    case "ranking":
      return poll.options.map((_o, i) => ({
        type: "Input.ChoiceSet", id: `place${i + 1}`, style: "compact", isRequired: true, label: t.place(i + 1), choices: choices(poll),
        ...(previous?.choices[i] ? { value: previous.choices[i] } : {}),
      }));
    case "text":
      return [{ type: "Input.Text", id: "text", isMultiline: true, maxLength: 2000, isRequired: true, label: t.yourText, ...(previous?.text ? { value: previous.text } : {}) }];
  }
}

/** The answer in words, as the person gave it. */
export function answerInWords(poll: Poll, answer: Pick<PollAnswer, "choices" | "text">): string {
  if (poll.kind === "text") return answer.text ?? "";
  const byId = new Map(poll.options.map((o) => [o.id, o.text]));
  const names = answer.choices.map((c) => byId.get(c) ?? c);
  return poll.kind === "ranking" ? names.map((n, i) => `${i + 1}. ${n}`).join(", ") : names.join(", ");
}

/**
 * The question card: the question, the inputs of its kind and the answer button. A named answer already
 * given is shown and pre-filled; an anonymous poll's card after answering shows only the thanks.
 */
export function pollCard(poll: Poll, language: Language, state: { answer?: PollAnswer; answeredAnonymously?: boolean; notice?: string; error?: string } = {}): Card {
  const t = pollTexts[language];
  const head: CardElement[] = [
    text(t.pollTitle, { size: "Small", isSubtle: true }),
    text(poll.question, { weight: "Bolder", size: "Medium" }),
    ...(state.error ? [errorLine(state.error)] : []),
    ...(state.notice ? [text(state.notice, { color: "Good" })] : []),
  ];
  if (poll.status !== "open") return adaptiveCard([...head, text(t.closed, { isSubtle: true })]);
  if (poll.anonymous && state.answeredAnonymously) return adaptiveCard(state.notice ? head : [...head, text(t.alreadyAnswered)]);
  const body = [
    ...head,
    ...(state.answer ? [text(t.yourAnswer(answerInWords(poll, state.answer)))] : []),
    text(poll.anonymous ? t.anonymousNote : t.namedNote, { isSubtle: true, size: "Small" }),
    ...(poll.answerByUtc ? [text(t.answerBy(formatDateTime(poll.answerByUtc, language)), { weight: "Bolder" })] : []),
    ...inputs(poll, language, state.answer),
  ];
  return adaptiveCard(body, [executeAction(t.send, POLL_VERBS.answer, { pollId: poll.id })]);
}

/** A bar of block characters for a share (0..1): cards have no charts, so the bar is text. */
function bar(share: number): string {
  const width = Math.round(share * 20);
  return `${"█".repeat(width)}${"░".repeat(20 - width)}`;
}

/** The results card: counts (or ranking points) per option with a text bar, or the free-text answers. */
export function resultsCard(poll: Poll, results: PollResults, language: Language, asked?: number): Card {
  const t = pollTexts[language];
  const body: CardElement[] = [
    text(t.resultsTitle(poll.question), { weight: "Bolder", size: "Medium" }),
    text(t.answeredCount(results.answered, asked), { isSubtle: true }),
  ];
  if (poll.kind === "text") {
    body.push(...results.texts.slice(0, 30).map((x) => text(`• ${x}`)));
  } else {
    const max = Math.max(1, ...results.options.map((o) => (poll.kind === "ranking" ? (o.points ?? 0) : o.count)));
    for (const o of results.options) {
      const value = poll.kind === "ranking" ? (o.points ?? 0) : o.count;
      body.push({
        type: "ColumnSet",
        columns: [
          { type: "Column", width: "stretch", items: [text(o.text)] },
          { type: "Column", width: "auto", items: [text(bar(value / max), { fontType: "Monospace", color: "Accent" })] },
          { type: "Column", width: "auto", items: [text(poll.kind === "ranking" ? t.points(value) : String(value), { weight: "Bolder" })] },
        ],
      });
    }
  }
  return adaptiveCard(body, [executeAction(t.refresh, POLL_VERBS.results, { pollId: poll.id })]);
}
