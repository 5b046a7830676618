import { invalid } from "./errors";
import { assertValidTimes, type Meeting, type MeetingForm } from "./meeting";
import { chatIdOfJoinUrl } from "./teams-meeting-ids";
import { stockholmParts, stockholmToUtc } from "./time";

/** The facts of a meeting as a coordinator gives them: Stockholm dates and times. */
export interface MeetingFacts {
  title: string;
  /** YYYY-MM-DD, Europe/Stockholm. */
  date: string;
  /** HH:MM, Europe/Stockholm. */
  startTime: string;
  endTime: string;
  form: MeetingForm;
  place: string;
  joinUrl?: string;
  chairId?: string;
  secretaryId?: string;
  /** YYYY-MM-DD: answers are due by the end of that day (Stockholm). */
  replyBy?: string;
}

/** The clock time of the reply-by day that answers are due by. */
export const REPLY_BY_TIME = "23:59";

/** The facts of a stored meeting, as they would be given (the inverse of `applyFacts`). */
export function factsOf(meeting: Meeting): MeetingFacts {
  const start = stockholmParts(new Date(meeting.startUtc));
  const end = stockholmParts(new Date(meeting.endUtc));
  return {
    title: meeting.title,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    form: meeting.form,
    place: meeting.place,
    joinUrl: meeting.joinUrl,
    chairId: meeting.chairId,
    secretaryId: meeting.secretaryId,
    replyBy: meeting.replyByUtc ? stockholmParts(new Date(meeting.replyByUtc)).date : undefined,
  };
}

// The same reply-by day keeps the time stored with it (e.g. 17:00): only a new day gets the end of that day.
function replyByOf(meeting: Meeting, replyBy: string): string {
  const kept = meeting.replyByUtc && stockholmParts(new Date(meeting.replyByUtc)).date === replyBy;
  return kept ? meeting.replyByUtc! : stockholmToUtc(replyBy, REPLY_BY_TIME);
}

/**
 * Returns the meeting with the facts applied (Stockholm times converted to UTC), or throws when the end
 * is not after the start or the reply-by day is not before the meeting.
 */
export function applyFacts(meeting: Meeting, facts: MeetingFacts): Meeting {
  const startUtc = stockholmToUtc(facts.date, facts.startTime);
  const endUtc = stockholmToUtc(facts.date, facts.endTime);
  const replyByUtc = facts.replyBy ? replyByOf(meeting, facts.replyBy) : undefined;
  assertValidTimes({ startUtc, endUtc, replyByUtc });
  const next: Meeting = {
    ...meeting,
    title: facts.title.trim(),
    startUtc,
    endUtc,
    form: facts.form,
    place: facts.place.trim(),
    joinUrl: facts.joinUrl,
    chairId: facts.chairId,
    secretaryId: facts.secretaryId,
    replyByUtc,
  };
  if ((facts.joinUrl || undefined) !== meeting.joinUrl) {
    // A new Teams link is a new meeting chat: the chat the old link led to no longer gets the meeting's cards.
    next.chatConversationId = chatIdOfJoinUrl(facts.joinUrl);
    delete next.teamsMeetingId;
  }
  for (const key of ["joinUrl", "chairId", "secretaryId", "replyByUtc", "chatConversationId"] as const) {
    if (!next[key]) delete next[key];
  }
  return next;
}

/** Throws unless the meeting starts after `now` (a new or moved meeting can't lie in the past). */
export function assertInFuture(meeting: Pick<Meeting, "startUtc">, now: Date): void {
  if (Date.parse(meeting.startUtc) <= now.getTime()) {
    throw invalid("start_in_past", "Mötet kan inte börja i det förflutna.", "The meeting cannot start in the past.");
  }
}

/** What users are told about when it changes. */
export type MeetingChange = "title" | "time" | "place" | "form" | "joinUrl" | "replyBy" | "agenda";

/** The user-visible facts that differ between two versions of a meeting. */
export function changedFacts(before: Meeting, after: Meeting): MeetingChange[] {
  const changes: MeetingChange[] = [];
  if (before.title !== after.title) changes.push("title");
  if (before.startUtc !== after.startUtc || before.endUtc !== after.endUtc) changes.push("time");
  if (before.place !== after.place) changes.push("place");
  if (before.form !== after.form) changes.push("form");
  if ((before.joinUrl ?? "") !== (after.joinUrl ?? "")) changes.push("joinUrl");
  if ((before.replyByUtc ?? "") !== (after.replyByUtc ?? "")) changes.push("replyBy");
  return changes;
}
