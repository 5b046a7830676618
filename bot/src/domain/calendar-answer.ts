import type { Answer } from "./answer";
import type { Member } from "./member";

/** An attendee's answer on a calendar event, as Graph gives it. */
export interface CalendarAttendee {
  emailAddress?: { address?: string };
  status?: { response?: string; time?: string };
}

/**
 * The member's answer from an Outlook response: accepted → attending, tentatively accepted → attending shown as
 * tentative, declined → declined; undefined for no answer (or Graph's "never" time).
 */
export function answerFromCalendar(member: Member, attendee: CalendarAttendee): Answer | undefined {
  const response = attendee.status?.response;
  const time = attendee.status?.time;
  if (!time || time.startsWith("0001-") || Number.isNaN(Date.parse(time))) return undefined;
  const answeredAt = new Date(time).toISOString();
  const base = { memberId: member.aadObjectId, answeredAt, channel: "calendar" as const };
  if (response === "accepted") return { ...base, answer: "attending" };
  if (response === "tentativelyAccepted") return { ...base, answer: "attending", tentative: true };
  if (response === "declined") return { ...base, answer: "declined" };
  return undefined;
}

/**
 * Whether a calendar answer becomes the member's answer: the latest answer wins, whichever channel it came from,
 * and the same calendar answer seen twice changes nothing.
 */
export function calendarAnswerWins(current: Answer | undefined, fromCalendar: Answer): boolean {
  if (!current) return true;
  if (current.channel === "calendar" && current.answeredAt === fromCalendar.answeredAt && current.answer === fromCalendar.answer && Boolean(current.tentative) === Boolean(fromCalendar.tentative)) return false;
  return Date.parse(fromCalendar.answeredAt) > Date.parse(current.answeredAt);
}
