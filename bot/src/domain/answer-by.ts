import { invalid } from "./errors";

const DAY_MS = 86_400_000;

/** Checks an optional "answer by" time: in the future and, when given, before `latest` (a meeting's start). */
export function checkAnswerBy(answerByUtc: string | undefined, now: Date, latest?: Date): string | undefined {
  if (answerByUtc === undefined) return undefined;
  const at = new Date(answerByUtc);
  if (Number.isNaN(at.getTime())) throw invalid("answer_by_invalid", "Svara senast är inte en giltig tidpunkt.", "Answer by is not a valid time.");
  if (at <= now) throw invalid("answer_by_in_past", "Svara senast måste vara en tidpunkt framåt i tiden.", "Answer by must be a time in the future.");
  if (latest && at >= latest) throw invalid("answer_by_after_meeting", "Svara senast måste vara före mötet.", "Answer by must be before the meeting.");
  return at.toISOString();
}

/**
 * Whether the one automatic reminder is due at `now`: from `daysBefore` days before the answer-by time until
 * it, and only when that moment came after the poll was created (a reminder time already past at creation
 * means no reminder).
 */
export function answerByReminderDue(item: { status: string; createdAt: string; answerByUtc?: string }, now: Date, daysBefore: number): boolean {
  if (item.status !== "open" || !item.answerByUtc) return false;
  const answerBy = new Date(item.answerByUtc).getTime();
  const remindAt = answerBy - daysBefore * DAY_MS;
  return remindAt > new Date(item.createdAt).getTime() && now.getTime() >= remindAt && now.getTime() < answerBy;
}
