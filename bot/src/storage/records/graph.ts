import type { Answer } from "../../domain/answer";
import type { GraphFailure } from "../../graph/graph-errors";

/** A meeting's event on the organizer's calendar (Microsoft Graph), one row per meeting. */
export interface CalendarEventRecord {
  meetingId: string;
  networkId: string;
  eventId: string;
  joinUrl?: string;
  /** The Teams meeting chat's thread id (`19:meeting_…@thread.v2`). */
  chatId?: string;
  /** E-mail addresses invited, lower case. */
  attendees: string[];
  /** The meeting's `sequence` the event was last written for. */
  syncedSequence: number;
  cancelled?: boolean;
  /** The app and the meeting tab in the meeting chat. */
  chat?: { appInstalled: boolean; tabAdded: boolean };
  /** The last failed Graph call about this event, until one succeeds. */
  lastFailure?: GraphFailure;
}

/** Where reading the organizer's calendar stands: the delta link, the subscription, the last failure. */
export interface GraphSyncState {
  key: string;
  deltaLink?: string;
  subscription?: { id: string; expiresAt: string; clientState: string };
  lastFailure?: GraphFailure;
}

/** One answer as given, kept beside the member's current answer (card, tab and calendar answers). */
export type AnswerHistoryEntry = Answer & { meetingId: string; tentative?: boolean };
