import { dateMarks, optionLabel, type DatePoll, type DateResponse } from "../domain/date-poll";
import type { Language } from "../domain/network";
import { formatDateTime } from "../domain/time";
import { adaptiveCard, errorLine, executeAction, text, type Card, type CardElement } from "../shared/card-parts";
import { dateTexts } from "./texts";

/** The card verb of finding the date. */
export const DATE_VERB = "datepoll.answer";

/** The date poll card: one yes / if needed / no choice per proposal, a comment, and the send button. */
export function datePollCard(poll: DatePoll, language: Language, state: { response?: DateResponse; notice?: string; error?: string } = {}): Card {
  const t = dateTexts[language];
  const head: CardElement[] = [
    text(t.title(poll.title), { weight: "Bolder", size: "Medium" }),
    ...(state.error ? [errorLine(state.error)] : []),
    ...(state.notice ? [text(state.notice, { color: "Good" })] : []),
  ];
  if (poll.status === "decided" && poll.chosen) {
    const chosen = poll.options.find((o) => o.id === poll.chosen!.optionId);
    return adaptiveCard([...head, text(t.decided(chosen ? optionLabel(chosen, language) : poll.chosen.date))]);
  }
  if (poll.status !== "open") return adaptiveCard([...head, text(t.closed)]);
  const inputs = poll.options.map((o) => ({
    type: "Input.ChoiceSet", id: `mark_${o.id}`, style: "compact", label: optionLabel(o, language),
    choices: dateMarks.map((m) => ({ title: t.marks[m], value: m })),
    ...(state.response?.marks[o.id] ? { value: state.response.marks[o.id] } : {}),
  }));
  const comment = { type: "Input.Text", id: "comment", label: t.comment, maxLength: 500, ...(state.response?.comment ? { value: state.response.comment } : {}) };
  return adaptiveCard([...head, text(t.intro, { isSubtle: true }),
    ...(poll.answerByUtc ? [text(t.answerBy(formatDateTime(poll.answerByUtc, language)), { weight: "Bolder" })] : []), ...inputs, comment], [executeAction(t.send, DATE_VERB, { datePollId: poll.id })]);
}

/** The marks the card's inputs hold (`mark_<optionId>`), and the comment. */
export function marksFromCard(data: Record<string, unknown>): { marks: Record<string, unknown>; comment?: string } {
  const marks = Object.fromEntries(Object.entries(data).filter(([k, v]) => k.startsWith("mark_") && v !== "").map(([k, v]) => [k.slice(5), v]));
  return { marks, ...(typeof data.comment === "string" && data.comment.trim() ? { comment: data.comment.trim().slice(0, 500) } : {}) };
}
