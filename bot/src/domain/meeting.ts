import { conflict, invalid } from "./errors";

/** Life cycle of a meeting. */
export const meetingStatuses = ["draft", "invited", "in-progress", "minutes-draft", "published", "cancelled"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** Whether people meet in Teams, in a room, or both. */
export const meetingForms = ["digital", "onsite", "hybrid"] as const;
export type MeetingForm = (typeof meetingForms)[number];

/** State of the roll call in the meeting chat. */
export type RollCallState = "not-started" | "open" | "closed";

/** A network meeting. Times are stored as UTC ISO strings and shown in Europe/Stockholm. */
export interface Meeting {
  id: string;
  networkId: string;
  title: string;
  startUtc: string;
  endUtc: string;
  form: MeetingForm;
  place: string;
  joinUrl?: string;
  /** Teams meeting chat conversation id, once the bot has been used there. */
  chatConversationId?: string;
  /** Teams meeting id from `channelData.meeting.id`. */
  teamsMeetingId?: string;
  chairId?: string;
  secretaryId?: string;
  replyByUtc?: string;
  status: MeetingStatus;
  rollCall: RollCallState;
  /** Raised on every change users are told about (drives the .ics SEQUENCE). */
  sequence: number;
}

const allowedTransitions: Record<MeetingStatus, readonly MeetingStatus[]> = {
  draft: ["invited", "in-progress", "cancelled"],
  invited: ["in-progress", "cancelled"],
  "in-progress": ["minutes-draft"],
  "minutes-draft": ["published"],
  published: ["minutes-draft"],
  cancelled: [],
};

/** Whether a meeting may move from one status to another. */
export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** Returns the meeting in its new status, or throws a conflict error naming both statuses. */
export function transition(meeting: Meeting, to: MeetingStatus): Meeting {
  if (!canTransition(meeting.status, to)) {
    throw conflict(
      "invalid_status_change",
      `Mötet kan inte gå från ${meeting.status} till ${to}.`,
      `The meeting cannot go from ${meeting.status} to ${to}.`,
      { from: meeting.status, to },
    );
  }
  return { ...meeting, status: to };
}

/** Throws unless the end is after the start and any reply-by date is before the start. */
export function assertValidTimes(times: { startUtc: string; endUtc: string; replyByUtc?: string }): void {
  const start = Date.parse(times.startUtc);
  const end = Date.parse(times.endUtc);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw invalid("invalid_time", "Start- och sluttid måste vara giltiga tider.", "Start and end must be valid times.");
  }
  if (end <= start) {
    throw invalid("end_before_start", "Mötet måste sluta efter att det börjar.", "The meeting must end after it starts.");
  }
  if (times.replyByUtc !== undefined) {
    const replyBy = Date.parse(times.replyByUtc);
    if (Number.isNaN(replyBy) || replyBy > start) {
      throw invalid("reply_by_after_start", "Sista svarsdag måste vara före mötet.", "The reply-by date must be before the meeting.");
    }
  }
}

/** Throws unless minutes may be published now: never while the roll call is open. */
export function assertCanPublishMinutes(meeting: Meeting): void {
  if (meeting.rollCall === "open") {
    throw conflict(
      "roll_call_open",
      "Anteckningarna kan inte publiceras medan närvaroregistreringen pågår. Avsluta närvaron först.",
      "The minutes cannot be published while the roll call is open. Close the roll call first.",
    );
  }
  if (meeting.status === "cancelled") {
    throw conflict("meeting_cancelled", "Mötet är inställt.", "The meeting is cancelled.");
  }
}

/** True when the meeting has started at the given moment. */
export function hasStarted(meeting: Pick<Meeting, "startUtc">, now: Date): boolean {
  return now.getTime() >= Date.parse(meeting.startUtc);
}
