import type { Meeting } from "./meeting";
import { stockholmParts, stockholmToUtc } from "./time";

/** Card action verbs of the invitation card. */
export const answerVerbs = ["rsvp.answer", "rsvp.change"] as const;
export type AnswerVerb = (typeof answerVerbs)[number];

/** True when a verb is one the invitation card really has (anything else was tampered with). */
export function isAnswerVerb(verb: unknown): verb is AnswerVerb {
  return typeof verb === "string" && (answerVerbs as readonly string[]).includes(verb);
}

/** One invitee's invitation: which version of the meeting they have, and the message to update. */
export interface InvitationRecord {
  memberId: string;
  /** The meeting `sequence` the invitee's card shows; absent until a card got through. */
  sequence?: number;
  /** The invitation card's message id in the invitee's 1:1 chat. */
  activityId?: string;
  conversationId?: string;
  sentAt?: string;
  /** Random key that lets the invitee download the meeting's .ics without signing in. */
  calendarKey: string;
  /** Set while one server instance delivers a version; another instance leaves it alone. */
  pending?: { sequence: number; since: string };
  lastFailure?: { reason: string; detail?: string; at: string };
}

/** How long a delivery claim blocks others before it counts as abandoned. */
export const DELIVERY_CLAIM_MS = 60_000;

/** True when the invitee still needs the given version of the meeting. */
export function needsVersion(record: InvitationRecord | undefined, sequence: number): boolean {
  return record?.sequence !== sequence || !record.activityId;
}

/** True when another delivery of the same version is under way and not abandoned. */
export function deliveryInProgress(record: InvitationRecord | undefined, sequence: number, now: Date): boolean {
  const pending = record?.pending;
  return pending !== undefined && pending.sequence === sequence && now.getTime() - Date.parse(pending.since) < DELIVERY_CLAIM_MS;
}

/** A card action (invoke or submit) that was handled; its activity id is claimed once. */
export interface ProcessedAction {
  activityId: string;
  memberId: string;
  verb: string;
  at: string;
}

/** The coordinators' summary messages of a meeting, and who is updating them right now. */
export interface SummaryState {
  /** Message id of the summary card per coordinator (Entra object id). */
  messages: Record<string, string>;
  /** Fingerprint of the summary the messages show. */
  renderedFingerprint?: string;
  leaseOwner?: string;
  leaseUntil?: string;
}

/**
 * When invitees who have not answered get their reminder: from 09:00 Stockholm time `daysBefore` days
 * before the reply-by day until the reply-by time (never after the start). Undefined without a reply-by.
 */
export function reminderWindow(meeting: Pick<Meeting, "replyByUtc" | "startUtc">, daysBefore: number): { from: string; until: string } | undefined {
  if (!meeting.replyByUtc) return undefined;
  const until = Math.min(Date.parse(meeting.replyByUtc), Date.parse(meeting.startUtc));
  const replyDay = stockholmParts(new Date(meeting.replyByUtc)).date;
  const [y, m, d] = replyDay.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d - daysBefore, 12)).toISOString().slice(0, 10);
  const from = Math.min(Date.parse(stockholmToUtc(day, "09:00")), until);
  return { from: new Date(from).toISOString(), until: new Date(until).toISOString() };
}

/** True when an invited meeting's reminders are due at `now`. */
export function remindersDue(meeting: Meeting, now: Date, daysBefore: number): boolean {
  if (meeting.status !== "invited") return false;
  const window = reminderWindow(meeting, daysBefore);
  return window !== undefined && now.getTime() >= Date.parse(window.from) && now.getTime() <= Date.parse(window.until);
}
