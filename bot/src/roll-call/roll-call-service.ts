import type { AuditLog } from "../audit/audit-log";
import { changedFields } from "../domain/audit";
import type { AgendaItem } from "../domain/agenda";
import { buildAttendanceLists, type AttendanceLists, type AttendanceRecord } from "../domain/attendance";
import { conflict } from "../domain/errors";
import { expectedPeople } from "../domain/expected-people";
import type { Meeting, RollCallState } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Network, Organisation } from "../domain/network";
import { assertMay } from "../domain/roles";
import { assertMayRunRollCall } from "./run-permission";
import {
  assertRollCallOpen, assertUndoable, closeRollCall, openRollCall, rollCallStateOf, takeUndo, type PersonRef, type RollCall, type UndoEntry,
} from "../domain/roll-call";
import type { Answer } from "../domain/answer";
import type { MeetingRows } from "../storage/meeting-partition";
import type { MeetingScoped, Stored, Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import { madeOnce } from "../shared/made-once";
import type { Directory } from "../register/directory";
import type { Meetings } from "../meetings/meetings";
import type { RoundTableWalkState } from "../domain/round-table-walk";

/** Row key of the one roll-call row of a meeting. */
export const ROLL_CALL_ROW = "state";

const SHARED_ROW_ATTEMPTS = 25;

/** Everything the roll-call card, lists and name lookups need, read at one moment. */
export interface RollCallSnapshot {
  meeting: Stored<Meeting>;
  network: Network;
  organisations: Organisation[];
  members: Member[];
  answers: Answer[];
  attendance: AttendanceRecord[];
  agenda: AgendaItem[];
  rollCall?: RollCall;
  state: RollCallState;
}

/** What a turn may already have read about a meeting: its row and its network's directory. */
export type KnownMeeting = Pick<RollCallSnapshot, "meeting" | "network" | "organisations" | "members">;

/** The meeting's rows the roll-call card is drawn from, and the round-table walk row (its card follows who is present). */
export const CARD_ROW_KINDS = ["answers", "attendance", "agenda", "rollCalls", "roundTableWalks"] as const;

/** The rows of `CARD_ROW_KINDS`. */
export type CardRows = MeetingRows<(typeof CARD_ROW_KINDS)[number]>;

/**
 * How old the card rows of a check-in or of a card update may be when served from an earlier read (see
 * `MeetingReadOptions.recent`): they hold every change made through this process; one made through another
 * server instance is in them within this time, and the posted card is checked against the store after each
 * update anyway.
 */
export const RECENT_ROLL_CALL_MS = 5_000;

/** The roll call as a card shows it, the round-table walk row read with it (undefined: none), and the rows' `versions`. */
export interface CardState {
  snapshot: RollCallSnapshot;
  walk?: MeetingScoped<RoundTableWalkState>;
  /** The eTags of the attendance and roll-call rows it was drawn from, as `RollCallService.versions` gives them. */
  versions: string;
}

// What a posted card's check compares: the rows that change while a roll call runs.
const CHANGING_KINDS = ["attendance", "rollCalls"] as const;

// Rows' eTags as one comparable string, whatever order they came in.
function versionsOf(etags: readonly string[]): string {
  return [...etags].sort().join(" ");
}

/** A snapshot from the directory and the meeting's rows (roll-call row, attendance, RSVPs, agenda) read at one moment. */
export function snapshotOf(known: KnownMeeting, rows: MeetingRows<"answers" | "attendance" | "agenda" | "rollCalls">): RollCallSnapshot {
  const rollCall = rows.rollCalls[0];
  const own = rollCall ? unscoped(rollCall.value) : undefined;
  return {
    ...known,
    agenda: rows.agenda.map((r) => recordOf(r.value)).sort((a, b) => a.number - b.number),
    answers: rows.answers.map((r) => recordOf(r.value)),
    attendance: rows.attendance.map((r) => recordOf(r.value)),
    rollCall: own,
    state: rollCallStateOf(own, known.meeting.value),
  };
}

// Kept rows are served again with the same values (see `MeetingPartition.read`'s `recent`), and a snapshot is
// never changed once made: each stored value's record is made once, not again for every snapshot (a roll call
// of hundreds would otherwise copy every row twice per check-in).
const records = new WeakMap<object, unknown>();

function recordOf<T>(value: MeetingScoped<T>): T {
  return madeOnce(records as WeakMap<object, T>, value, () => unscoped(value));
}

/** Drops the partition's meeting id from a meeting-scoped row. */
export function unscoped<T>({ meetingId: _meetingId, ...value }: MeetingScoped<T>): T {
  return value as T;
}

/** A member as the roll call records them. */
export function personOfMember(member: Member, organisations: readonly Organisation[]): PersonRef {
  const organisationName = organisations.find((o) => o.id === member.organisationId)?.name ?? "";
  return { personId: member.aadObjectId, name: member.displayName, organisationId: member.organisationId, organisationName, guest: member.role === "guest" };
}

/** The people a chair can name: active members, expected substitutes and everyone already recorded. */
export function candidatesOf(snapshot: RollCallSnapshot): PersonRef[] {
  const members = snapshot.members.filter((m) => m.active).map((m) => personOfMember(m, snapshot.organisations));
  const recorded = snapshot.attendance.map((r): PersonRef => ({
    personId: r.personId, name: r.name, organisationId: r.organisationId, organisationName: r.organisationName, guest: r.guest, substituteFor: r.substituteFor,
  }));
  return [...recorded, ...members, ...expectedPeople(snapshot)];
}

/** NÄRVARANDE / EJ NÄRVARANDE of a snapshot. */
export function listsOf(snapshot: RollCallSnapshot): AttendanceLists {
  return buildAttendanceLists({ organisations: snapshot.organisations, members: snapshot.members, attendance: snapshot.attendance });
}

/** Opens, closes and undoes the roll call of a meeting; keeps `Meeting.rollCall` in step with it. */
export class RollCallService {
  constructor(
    private readonly stores: Stores,
    private readonly directory: Directory,
    private readonly meetings: Meetings,
    private readonly now: () => Date,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Reads a meeting's roll call and everything around it, or not-found. `known` holds what the caller read
   * earlier in the same turn (the meeting row, the network's directory), which is then not read again; the
   * meeting's own rows come in one partition query.
   */
  async snapshot(meetingId: string, known?: KnownMeeting): Promise<RollCallSnapshot> {
    const [read, rows] = await this.withRows(meetingId, known, () => this.stores.meetingPartition.read(meetingId, ["answers", "attendance", "agenda", "rollCalls"]));
    return snapshotOf(read, rows);
  }

  /**
   * The roll call as the posted card shows it, with the walk row: the meeting's rows in one partition query,
   * or from one sent at most `recentMs` ago that holds every change this process made since (0: read now).
   */
  async cardState(meetingId: string, known: KnownMeeting | undefined, recentMs: number): Promise<CardState> {
    const [read, rows] = await this.withRows(meetingId, known, () => this.stores.meetingPartition.read(meetingId, CARD_ROW_KINDS, { recent: recentMs }));
    const versions = versionsOf([...rows.attendance, ...rows.rollCalls].map((r) => r.etag));
    return { snapshot: snapshotOf(read, rows), walk: rows.roundTableWalks[0]?.value, versions };
  }

  // The meeting row and its network's directory (what the caller read already, else read now), with `rows`.
  private async withRows<R>(meetingId: string, known: KnownMeeting | undefined, rows: () => Promise<R>): Promise<[KnownMeeting, R]> {
    const meeting = known?.meeting ?? (await this.meetings.get(meetingId));
    const networkId = meeting.value.networkId;
    const [network, organisations, members, read] = await Promise.all([
      known?.network ?? this.directory.network(networkId),
      known?.organisations ?? this.directory.organisations(networkId),
      known?.members ?? this.directory.members(networkId),
      rows(),
    ]);
    return [{ meeting, network, organisations, members }, read];
  }

  /**
   * The eTags of the meeting's attendance and roll-call rows now, comparable with `CardState.versions`: equal
   * when nobody wrote or removed such a row since the state was read. One query that returns no values.
   */
  async versions(meetingId: string): Promise<string> {
    return versionsOf(await this.stores.meetingPartition.versions(meetingId, CHANGING_KINDS));
  }

  /** The roll call's current state (one read). */
  async stateOf(meeting: Meeting): Promise<RollCallState> {
    return rollCallStateOf((await this.stores.rollCalls.get(meeting.id, ROLL_CALL_ROW))?.value, meeting);
  }

  /** Opens the roll call in a chat (chair or coordinator); an open one is kept. */
  async open(meeting: Meeting, actor: Member, conversationId: string): Promise<RollCall> {
    assertMayRunRollCall(actor, meeting);
    if (meeting.status === "cancelled") throw conflict("meeting_cancelled", "Mötet är inställt.", "The meeting is cancelled.");
    const opened = await withConflictRetry(async () => {
      const row = await this.stores.rollCalls.get(meeting.id, ROLL_CALL_ROW);
      const next = openRollCall(row?.value, rollCallStateOf(row?.value, meeting), actor.aadObjectId, conversationId, this.now().toISOString());
      const scoped = { ...next, meetingId: meeting.id };
      if (row) await this.stores.rollCalls.replace(scoped, row.etag);
      else await this.stores.rollCalls.create(scoped);
      return next;
    });
    await this.syncMeeting(meeting.id, "open");
    return opened;
  }

  /** Remembers the posted card's activity id, to update it in place. */
  async setCardActivity(meetingId: string, activityId: string): Promise<void> {
    await this.change(meetingId, (rollCall) => ({ ...rollCall, cardActivityId: activityId }));
  }

  /** Closes the roll call (chair or coordinator); closing twice is refused and changes nothing. */
  async close(meeting: Meeting, actor: Member): Promise<void> {
    assertMayRunRollCall(actor, meeting);
    try {
      await withConflictRetry(async () => {
        const row = await this.stores.rollCalls.get(meeting.id, ROLL_CALL_ROW);
        const closed = closeRollCall(row?.value, rollCallStateOf(row?.value, meeting), actor.aadObjectId, this.now().toISOString());
        await this.stores.rollCalls.replace({ ...closed, meetingId: meeting.id }, row!.etag);
      });
    } catch (error) {
      // A close that stored its row but not the meeting's copy is completed by the next attempt.
      if ((error as { code?: string }).code === "roll_call_already_closed") await this.syncMeeting(meeting.id, "closed");
      throw error;
    }
    await this.syncMeeting(meeting.id, "closed");
  }

  /** Undoes the actor's newest chat change, unless the person's row changed since. */
  async undo(meeting: Meeting, actor: Member): Promise<UndoEntry> {
    assertMay(actor, "mark-attendance", meeting);
    assertRollCallOpen(await this.stateOf(meeting));
    let taken: UndoEntry | undefined;
    await this.change(meeting.id, (rollCall) => {
      const { entry, rollCall: rest } = takeUndo(rollCall, actor.aadObjectId);
      taken = entry;
      return rest;
    });
    const entry = taken!;
    await withConflictRetry(async () => {
      const current = await this.stores.attendance.get(meeting.id, entry.personId);
      assertUndoable(entry, current?.value);
      const draft = {
        networkId: meeting.networkId, meetingId: meeting.id, actorId: actor.aadObjectId, actorName: actor.displayName,
        action: "attendance.mark" as const, target: entry.personId, targetName: entry.after.name,
        changes: changedFields<AttendanceRecord>(entry.after, entry.before ?? undefined, ["name", "organisationName", "status", "items"]),
      };
      await this.audit.during(draft, async () => {
        if (entry.before === null) await this.stores.attendance.remove(meeting.id, entry.personId, current!.etag);
        else await this.stores.attendance.replace({ ...entry.before, meetingId: meeting.id }, current!.etag);
      });
    });
    return entry;
  }

  /**
   * Changes the roll-call row eTag-checked, retrying when another writer got there first (more patiently
   * than usual: everyone marking at once shares this one row).
   */
  async change(meetingId: string, step: (rollCall: RollCall) => RollCall): Promise<void> {
    await withConflictRetry(async () => {
      const row = await this.stores.rollCalls.get(meetingId, ROLL_CALL_ROW);
      if (!row) assertRollCallOpen("not-started");
      await this.stores.rollCalls.replace({ ...step(unscoped(row!.value)), meetingId }, row!.etag);
    }, SHARED_ROW_ATTEMPTS);
  }

  private async syncMeeting(meetingId: string, rollCall: RollCallState): Promise<void> {
    await withConflictRetry(async () => {
      const [row] = await this.stores.meetings.where("meetingId", meetingId);
      if (!row || row.value.rollCall === rollCall) return;
      await this.stores.meetings.replace({ ...row.value, rollCall }, row.etag);
    });
  }
}
