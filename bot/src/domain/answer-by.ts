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
 * it, as for invitations (a poll created inside that window is reminded on the next pass; once the answer-by
 * time has passed, never).
 */
export function answerByReminderDue(item: { status: string; answerByUtc?: string }, now: Date, daysBefore: number): boolean {
  if (item.status !== "open" || !item.answerByUtc) return false;
  const answerBy = new Date(item.answerByUtc).getTime();
  return now.getTime() >= answerBy - daysBefore * DAY_MS && now.getTime() < answerBy;
}
