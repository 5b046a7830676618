import type { AgendaItem } from "../domain/agenda";
import type { AttendanceRecord } from "../domain/attendance";
import type { JoinRequest } from "../domain/join-request";
import type { PendingMember } from "../domain/pending-member";
import type { InvitationRecord, ProcessedAction, SummaryState } from "../domain/invitation";
import type { Meeting } from "../domain/meeting";
import type { MinutesState, MinutesVersion } from "../domain/minutes-workflow";
import type { Member } from "../domain/member";
import type { Network, Organisation } from "../domain/network";
import type { RollCall } from "../domain/roll-call";
import type { RoundTableEntry } from "../domain/round-table";
import type { Answer } from "../domain/answer";
import type { RoundTableWalkState } from "../domain/round-table-walk";
import type { MeetingPartition } from "./meeting-partition";
import type { RecentRepository } from "./recent-reads";
import type { AuditEntry } from "../domain/audit";
import type { Material } from "../domain/material";
import type { DialogueNotes, DialogueSetup } from "../domain/dialogue";
import type { FocusTurn } from "../domain/focus";
import type { ActivityClaim } from "./records/activity-claim";
import type { BotStateRecord } from "./records/bot-state";
import type { ConversationRecord } from "./records/conversation";
import type { MinutesTextPart } from "./records/minutes-text";
import type { OutboxMessage } from "./records/outbox";
import type { AnswerHistoryEntry, CalendarEventRecord, GraphSyncState } from "./records/graph";
import type { RoundTableQuestions, RoundTableVersion } from "./records/round-table";
import type { PollRow } from "./records/poll-rows";
import type { Poll } from "../domain/poll";
import type { DatePoll, DateResponse } from "../domain/date-poll";
import type { SearchIndexRow } from "./records/search-index";

/** A stored value with the eTag to update it by. */
export interface Stored<T> {
  value: T;
  etag: string;
}

/** One step of an atomic batch: create a new row, replace a row unchanged since `etag`, or claim one (new eTag, same value). */
export type BatchStep<T> =
  | { kind: "create"; value: T }
  | { kind: "replace"; value: T; etag: string }
  | { kind: "touch"; rowKey: string; etag: string };

/** What every repository offers; keys are raw strings, escaping is the implementation's business. */
export interface Repository<T> {
  get(partitionKey: string, rowKey: string): Promise<Stored<T> | undefined>;
  list(partitionKey: string): Promise<Stored<T>[]>;
  where(property: string, value: string): Promise<Stored<T>[]>;
  create(value: T): Promise<Stored<T>>;
  replace(value: T, etag: string): Promise<Stored<T>>;
  upsert(value: T): Promise<Stored<T>>;
  remove(partitionKey: string, rowKey: string, etag?: string): Promise<void>;
  /** Values of a partition whose raw row keys lie in [fromRowKey, toRowKey), in row-key order. */
  between(partitionKey: string, fromRowKey: string, toRowKey: string): Promise<Stored<T>[]>;
  /** Every value of this kind in every partition, page by page (for clean-up jobs). */
  scan(): AsyncIterable<Stored<T>>;
  /** Applies eTag-checked steps to one partition atomically; resolves with each step's new eTag. */
  batch(partitionKey: string, steps: readonly BatchStep<T>[]): Promise<string[]>;
}

/** A value that belongs to one meeting's partition. */
export type MeetingScoped<T> = T & { meetingId: string };

/** All repositories of the app. */
export interface Stores {
  networks: RecentRepository<Network>;
  organisations: RecentRepository<Organisation>;
  members: RecentRepository<Member>;
  meetings: RecentRepository<Meeting>;
  agenda: Repository<MeetingScoped<AgendaItem>>;
  answers: Repository<MeetingScoped<Answer>>;
  attendance: Repository<MeetingScoped<AttendanceRecord>>;
  roundTable: Repository<MeetingScoped<RoundTableEntry>>;
  conversations: RecentRepository<ConversationRecord>;
  botState: Repository<BotStateRecord>;
  /** Proves the store answers (used by /healthz). */
  ping(): Promise<void>;
  // Round table "aktuellt läge": previous versions, walk state, network questions.
  roundTableVersions: Repository<RoundTableVersion>;
  roundTableWalks: Repository<MeetingScoped<RoundTableWalkState>>;
  roundTableQuestions: Repository<RoundTableQuestions>;
  /** Roll call: one row per meeting (open/closed, the posted card, the undo log). */
  rollCalls: Repository<MeetingScoped<RollCall>>;
  // Minutes (issue 8): approval state, published versions and their text snapshots.
  minutes: Repository<MeetingScoped<MinutesState>>;
  minutesVersions: Repository<MinutesVersion>;
  minutesText: Repository<MinutesTextPart>;
  // Invitations and RSVP: per-invitee invitations, handled card actions, coordinator summary.
  invitations: Repository<MeetingScoped<InvitationRecord>>;
  processedActions: Repository<MeetingScoped<ProcessedAction>>;
  answerSummaries: Repository<MeetingScoped<SummaryState>>;
  /** Handled bot activities (card actions, commands) by conversation and activity id. */
  activityClaims: Repository<ActivityClaim>;
  /** Several kinds of a meeting's rows in one partition query. */
  meetingPartition: MeetingPartition;
  /** The audit log: who changed what and when, per network, row keys ordered by time. */
  audit: Repository<AuditEntry>;
  /** Proactive messages written before they are sent, delivered at least once by the outbox. */
  outbox: Repository<OutboxMessage>;
  // Register: join requests (per network and person) and people invited by e-mail (per e-mail and network).
  joinRequests: Repository<JoinRequest>;
  pendingMembers: Repository<PendingMember>;
  // Polls (enkäter): per network; answers, anonymous markers and handled actions in each poll's partition.
  polls: Repository<Poll>;
  pollRows: Repository<PollRow>;
  // Finding the date: per network; one response row per member in each round's partition.
  datePolls: Repository<DatePoll>;
  dateResponses: Repository<DateResponse>;
  /** Presentations and other material per agenda item (links, and files whose bytes are in Blob Storage). */
  materials: Repository<Material>;
  /** "Kommun i fokus": each organisation's turns (asked, accepted, declined, recorded), per network. */
  focusTurns: Repository<FocusTurn>;
  // Group dialogues: an item's questions and groups, and each group's notes, per meeting.
  dialogueSetups: Repository<DialogueSetup>;
  dialogueNotes: Repository<DialogueNotes>;
  // Microsoft Graph: a meeting's calendar event, the calendar's sync state, every answer as given.
  calendarEvents: Repository<CalendarEventRecord>;
  graphSync: Repository<GraphSyncState>;
  answerHistory: Repository<AnswerHistoryEntry>;
  /** Search's index per network: each meeting's searchable texts and the mark that tells whether they are current. */
  searchIndex: Repository<SearchIndexRow>;
}
