import type { Meeting, MeetingStatus } from "./meeting";

/**
 * Where a meeting is in its life as people see it. The stored status moves with Teams' meeting events,
 * which do not always arrive, so the phase also follows what is known to have happened: the clock, the
 * roll call and published minutes.
 */
export type MeetingPhase = "draft" | "invited" | "in-progress" | "minutes-draft" | "published" | "cancelled";

/** What the phase is derived from: the stored meeting and whether a version of its minutes is published. */
export type PhaseFacts = Pick<Meeting, "status" | "rollCall" | "startUtc" | "endUtc"> & { minutesPublished?: boolean };

const order: Record<Exclude<MeetingPhase, "cancelled">, number> = { draft: 0, invited: 1, "in-progress": 2, "minutes-draft": 3, published: 4 };

/**
 * The meeting's phase: the furthest of its stored status and what happened — minutes published →
 * `published`; roll call closed or the end passed → `minutes-draft`; roll call open or the start passed →
 * `in-progress`. A cancelled meeting stays cancelled.
 * @example meetingPhase({ status: "invited", rollCall: "closed", startUtc, endUtc }, now) // "minutes-draft"
 */
export function meetingPhase(meeting: PhaseFacts, now: Date): MeetingPhase {
  if (meeting.status === "cancelled") return "cancelled";
  const stored = meeting.status as Exclude<MeetingStatus, "cancelled">;
  const time = now.getTime();
  const happened: Exclude<MeetingPhase, "cancelled"> =
    meeting.minutesPublished ? "published"
      : meeting.rollCall === "closed" || time >= Date.parse(meeting.endUtc) ? "minutes-draft"
        : meeting.rollCall === "open" || time >= Date.parse(meeting.startUtc) ? "in-progress"
          : "draft";
  return order[happened] > order[stored] ? happened : stored;
}

/** Whether the invitation may still be sent and the meeting cancelled: only before anything has happened. */
export function isBeforeMeeting(phase: MeetingPhase): boolean {
  return phase === "draft" || phase === "invited";
}
