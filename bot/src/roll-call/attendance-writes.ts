import type { AuditLog } from "../audit/audit-log";
import { changedFields } from "../domain/audit";
import { createIfAbsent } from "../storage/create-if-absent";
import { assertKnownItems } from "../domain/agenda";
import { applyCheckIn, type AttendanceRecord, type AttendanceSource } from "../domain/attendance";
import { invalid } from "../domain/errors";
import type { Meeting, RollCallState } from "../domain/meeting";
import type { Member } from "../domain/member";
import { compareSwedish, type Organisation } from "../domain/network";
import { assertMay } from "../domain/roles";
import { assertRollCallOpen, markAttendance, withUndo, type PersonRef } from "../domain/roll-call";
import { cleanName } from "../domain/roll-call-input";
import type { MeetingWrite } from "../storage/meeting-partition";
import type { MeetingScoped, Stored, Stores } from "../storage/repository";
import { AlreadyExistsError, ConcurrencyError } from "../storage/storage-errors";
import { withConflictRetry } from "../storage/retry";
import { candidatesOf, personOfMember, RollCallService, unscoped, type RollCallSnapshot } from "./roll-call-service";

/** How a chair's change is made: from the chat (needs an open roll call, can be undone) or the tab API. */
export interface MarkOptions {
  fromChat: boolean;
  /** How the row was recorded; a chair's own marking unless said otherwise (e.g. a confirmed attendance report). */
  source?: AttendanceSource;
}

/** What the tab API may say about a person. */
export interface AttendanceInput {
  name?: string;
  organisationId?: string;
  organisationName?: string;
  status: "present" | "absent";
  items?: number[];
}

/**
 * Writes attendance rows: one row per person, so concurrent check-ins never touch the same row; each
 * read-modify-write is eTag-checked and retried.
 */
export class AttendanceWrites {
  constructor(private readonly stores: Stores, private readonly rollCalls: RollCallService, private readonly now: () => Date, private readonly audit: AuditLog) {}

  /**
   * A member checks themselves in; twice is once, and never before the roll call opens or after it closes.
   * `known` is what the turn read already: the roll call's state and the network's organisations, and, when
   * the turn read the meeting's rows, the person's attendance row (null: none). With an activity id, the
   * write and the activity's claim are one transaction of the meeting's partition; a repeated delivery
   * changes nothing and says so (`repeated`).
   */
  async checkIn(
    meeting: Meeting,
    member: Member,
    known?: { state: RollCallState; organisations: readonly Organisation[]; row?: Stored<MeetingScoped<AttendanceRecord>> | null; activityId?: string },
  ): Promise<{ record: AttendanceRecord; changed: boolean; repeated?: boolean }> {
    assertMay(member, "check-in", meeting);
    const state = known?.state ?? (await this.rollCalls.stateOf(meeting));
    if (state === "not-started") assertRollCallOpen(state);
    const person = known ? personOfMember(member, known.organisations) : await this.memberPerson(member);
    const next = markAttendance(person, "present", [], "self", this.now().toISOString());
    if (known?.row !== undefined) {
      const current = known.row ? unscoped(known.row.value) : undefined;
      const result = applyCheckIn(current, next, state);
      // Already present, or the write refused: a repeated delivery of the press says what that press said.
      if (result !== current && (await this.claimedWrite(meeting, member, result, known.row, known.activityId))) return { record: result, changed: true };
      if (await this.handledBefore(meeting.id, known.activityId)) return { record: result, changed: false, repeated: true };
      if (result === current) return { record: result, changed: false };
    } else {
      // The domain refuses a check-in after close; a first check-in is then one insert, and only someone
      // already recorded needs the read-modify-write.
      const first = applyCheckIn(undefined, next, state);
      if (await this.created({ ...first, meetingId: meeting.id })) return { record: first, changed: true };
    }
    return withConflictRetry(async () => {
      const existing = await this.stores.attendance.get(meeting.id, member.aadObjectId);
      const current = existing ? unscoped(existing.value) : undefined;
      const result = applyCheckIn(current, next, state);
      if (result === current) return { record: result, changed: false };
      if (existing) await this.stores.attendance.replace({ ...result, meetingId: meeting.id }, existing.etag);
      else await this.stores.attendance.create({ ...result, meetingId: meeting.id });
      return { record: result, changed: true };
    });
  }

  /** Whether the activity's claim is stored: it was handled before. */
  private async handledBefore(meetingId: string, activityId: string | undefined): Promise<boolean> {
    return activityId !== undefined && (await this.stores.processedActions.get(meetingId, activityId)) !== undefined;
  }

  /**
   * Writes the checked-in row over the one the turn read (created when there was none, else replaced if
   * unchanged since) together with the activity's claim; false when the row or the claim changed meanwhile.
   */
  private async claimedWrite(meeting: Meeting, member: Member, record: AttendanceRecord, read: Stored<MeetingScoped<AttendanceRecord>> | null, activityId?: string): Promise<boolean> {
    const value = { ...record, meetingId: meeting.id };
    const claim: MeetingWrite[] = activityId
      ? [{ kind: "processedActions", op: "create", value: { meetingId: meeting.id, activityId, memberId: member.aadObjectId, verb: "rollcall.checkin", at: record.at } }]
      : [];
    try {
      await this.stores.meetingPartition.write(meeting.id, [...claim, read ? { kind: "attendance", op: "replace", value, etag: read.etag } : { kind: "attendance", op: "create", value }]);
      return true;
    } catch (error) {
      if (error instanceof AlreadyExistsError || error instanceof ConcurrencyError) return false;
      throw error;
    }
  }

  /** A chair, secretary or coordinator marks someone present (for some items or all) or absent. */
  async mark(meeting: Meeting, actor: Member, person: PersonRef, status: "present" | "absent", items: readonly number[], options: MarkOptions): Promise<AttendanceRecord> {
    assertMay(actor, "mark-attendance", meeting);
    if (options.fromChat) assertRollCallOpen(await this.rollCalls.stateOf(meeting));
    if (items.length > 0) assertKnownItems(items, (await this.stores.agenda.list(meeting.id)).map((r) => r.value));
    const at = this.now().toISOString();
    const after = markAttendance(person, status, items, options.source ?? "chair", at);
    const before = await withConflictRetry(async () => {
      const existing = await this.stores.attendance.get(meeting.id, person.personId);
      const previous = existing ? unscoped(existing.value) : null;
      await this.audit.during(attendanceEntry(meeting, actor, previous, after), async () => {
        if (existing) await this.stores.attendance.replace({ ...after, meetingId: meeting.id }, existing.etag);
        else await this.stores.attendance.create({ ...after, meetingId: meeting.id });
      });
      return previous;
    });
    // The change is made first: should the undo entry then fail to be stored, the change stands, it just
    // cannot be undone with "ångra" (the chair can still mark the person again).
    if (options.fromChat) {
      await this.rollCalls.change(meeting.id, (rollCall) => withUndo(rollCall, { actorId: actor.aadObjectId, personId: person.personId, before, after, at }));
    }
    return after;
  }

  /** A join event adds presence for a member nobody has recorded yet; it never changes an existing row. */
  async recordJoin(meeting: Meeting, member: Member): Promise<boolean> {
    if ((await this.rollCalls.stateOf(meeting)) === "closed") return false;
    const record = markAttendance(await this.memberPerson(member), "present", [], "join-event", this.now().toISOString());
    return this.created({ ...record, meetingId: meeting.id });
  }

  private async created(row: MeetingScoped<AttendanceRecord>): Promise<boolean> {
    return (await createIfAbsent(this.stores.attendance, row)) !== undefined;
  }

  /**
   * Marks someone named in a chat command or on the card: the permission is checked first, then `read` turns
   * the input into the person, status and items against the current roll call.
   */
  async markWith(
    meeting: Meeting,
    actor: Member,
    read: (snapshot: RollCallSnapshot) => { person: PersonRef; status: "present" | "absent"; items: readonly number[] },
  ): Promise<AttendanceRecord> {
    assertMay(actor, "mark-attendance", meeting);
    const { person, status, items } = read(await this.rollCalls.snapshot(meeting.id));
    return this.mark(meeting, actor, person, status, items, { fromChat: true });
  }

  /**
   * The tab's correction of one person's row (chair, secretary, coordinator; also after the roll call closed).
   * The permission is checked before the input is read.
   */
  async correct(meeting: Meeting, actor: Member, read: () => AttendanceInput & { personId: string; status: "present" | "absent"; items?: number[] }): Promise<AttendanceRecord> {
    assertMay(actor, "mark-attendance", meeting);
    const input = read();
    const person = this.personForApi(await this.rollCalls.snapshot(meeting.id), input.personId, input);
    return this.mark(meeting, actor, person, input.status, input.items ?? [], { fromChat: false });
  }

  /** Who a tab API write is about: a member, an expected substitute, a recorded person, or a new guest. */
  personForApi(snapshot: RollCallSnapshot, personId: string, input: AttendanceInput): PersonRef {
    const member = snapshot.members.find((m) => m.aadObjectId === personId);
    if (member) return personOfMember(member, snapshot.organisations);
    const known = candidatesOf(snapshot).find((c) => c.personId === personId);
    const organisation = this.organisationFor(snapshot, input);
    if (known) {
      return { ...known, ...(input.name ? { name: cleanName(input.name, NAME) } : {}), ...(organisation ?? {}) };
    }
    if (!organisation) {
      throw invalid("organisation_missing", "Ange organisationId eller organisationName för en ny person.", "Give organisationId or organisationName for a new person.");
    }
    return { personId, name: cleanName(input.name, NAME), guest: true, ...organisation };
  }

  private organisationFor(snapshot: RollCallSnapshot, input: AttendanceInput): Pick<PersonRef, "organisationId" | "organisationName"> | undefined {
    if (input.organisationId !== undefined) {
      const organisation = snapshot.organisations.find((o) => o.id === input.organisationId);
      if (!organisation) throw invalid("unknown_organisation", "Organisationen finns inte i nätverket.", "The organisation is not in the network.");
      return { organisationId: organisation.id, organisationName: organisation.name };
    }
    if (input.organisationName === undefined) return undefined;
    const text = cleanName(input.organisationName, { sv: "organisationens namn", en: "the organisation's name" });
    const organisation = snapshot.organisations.find((o) => compareSwedish(o.name, text) === 0);
    return { organisationId: organisation?.id, organisationName: organisation?.name ?? text };
  }

  private async memberPerson(member: Member): Promise<PersonRef> {
    const organisation = (await this.stores.organisations.get(member.networkId, member.organisationId))?.value;
    return personOfMember(member, organisation ? [organisation] : []);
  }
}

const NAME = { sv: "personens namn", en: "the person's name" };

function attendanceEntry(meeting: Meeting, actor: Member, before: AttendanceRecord | null, after: AttendanceRecord) {
  return {
    networkId: meeting.networkId, meetingId: meeting.id, actorId: actor.aadObjectId, actorName: actor.displayName,
    action: "attendance.mark" as const, target: after.personId, targetName: after.name,
    changes: changedFields<AttendanceRecord>(before ?? undefined, after, ["name", "organisationName", "status", "items"]),
  };
}
