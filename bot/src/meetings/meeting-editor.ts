import { randomUUID } from "node:crypto";
import type { AuditLog } from "../audit/audit-log";
import { agendaChanges, meetingChanges } from "../audit/meeting-changes";
import type { AuditAction, AuditChange } from "../domain/audit";
import type { AgendaItem } from "../domain/agenda";
import { agendaChanged, replaceAgendaItems, type AgendaItemInput } from "../domain/agenda-replace";
import { agendaDiff, type AgendaDiffEntry } from "../domain/agenda-diff";
import { conflict, invalid } from "../domain/errors";
import { hasStarted, transition, type Meeting } from "../domain/meeting";
import { applyFacts, assertInFuture, changedFacts, factsOf, type MeetingChange, type MeetingFacts } from "../domain/meeting-input";
import type { Member } from "../domain/member";
import { assertMay } from "../domain/roles";
import { encodeValue } from "../storage/entity-codec";
import type { BatchStep, MeetingScoped, Stored, Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import { ConcurrencyError } from "../storage/storage-errors";
import { TABLES } from "../storage/table-stores";
import type { Directory } from "../register/directory";
import type { Meetings } from "./meetings";

/** What a coordinator sends to create a meeting. */
export type MeetingInput = MeetingFacts & { agenda?: AgendaItemInput[] };

/** What a coordinator sends to change a meeting: only the given facts change; `null` clears an optional one. */
export type MeetingUpdate = { [K in keyof MeetingFacts]?: MeetingFacts[K] | null } & { agenda?: AgendaItemInput[] };

/** How invitees hear about a change: what changed in the agenda, and whether only their cards are updated (no message). */
export interface ChangeNotice {
  agendaChanges?: AgendaDiffEntry[];
  silent?: boolean;
}

/** Told after a meeting changed in a way invitees should hear about. */
export type MeetingChangeListener = (meeting: Meeting, agenda: AgendaItem[], change: MeetingChange[] | "cancelled", notice?: ChangeNotice) => Promise<void>;

/** A meeting as the API returns it. */
export interface EditedMeeting {
  meeting: Stored<Meeting>;
  agenda: AgendaItem[];
}

/** A replaced agenda: what changed, and whether invitees got a message about it. */
export interface ReplacedAgenda extends EditedMeeting {
  changes: AgendaDiffEntry[];
  notified: boolean;
}

const itemKey = (n: number) => String(n).padStart(4, "0");

const meetingCancelled = () => conflict("meeting_cancelled", "Mötet är inställt.", "The meeting is cancelled.");

/**
 * Creates, changes and cancels meetings and replaces agendas: everything is validated before the first
 * write, the meeting row is written with its eTag, and a change users should hear about raises the
 * meeting's `sequence` and is passed to the listener.
 */
export class MeetingEditor {
  constructor(
    private readonly stores: Stores,
    private readonly directory: Directory,
    private readonly meetings: Meetings,
    private readonly onChange: MeetingChangeListener,
    private readonly audit: AuditLog,
  ) {}

  /** Creates a draft meeting in the coordinator's network. */
  async create(caller: Member, read: () => MeetingInput, now: Date): Promise<EditedMeeting> {
    assertMay(caller, "manage-meeting");
    const input = read();
    const draft: Meeting = {
      id: randomUUID(), networkId: caller.networkId, title: "", startUtc: "", endUtc: "", form: "digital", place: "",
      status: "draft", rollCall: "not-started", sequence: 0,
    };
    const meeting = applyFacts(draft, input);
    assertInFuture(meeting, now);
    await this.assertPeople(meeting);
    const agenda = replaceAgendaItems([], input.agenda ?? []);
    this.assertFits(meeting.id, agenda);
    // The agenda goes first: until the meeting row exists nobody can see a half-written meeting.
    const changes = [...(await meetingChanges(this.stores, undefined, meeting)), ...agendaChanges([], agenda)];
    return this.audit.during(entry(caller, meeting, "meeting.create", changes), async () => {
      const written = await this.writeAgenda(meeting.id, input.agenda ?? []);
      return { meeting: await this.stores.meetings.create(meeting), agenda: written.agenda };
    });
  }

  /** Changes the given facts (and agenda) of a meeting; with `ifMatch` only if nobody changed it since. */
  async update(callerId: string, meetingId: string, read: () => MeetingUpdate, ifMatch: string | undefined, now: Date): Promise<EditedMeeting> {
    await this.managed(callerId, meetingId);
    const input = read();
    const step = async (): Promise<EditedMeeting & { changes: MeetingChange[]; agendaEdits: AgendaDiffEntry[] }> => {
      const { meeting: current, member: caller } = await this.managedBy(callerId, meetingId);
      const facts = mergeFacts(factsOf(current.value), input);
      const next = applyFacts(current.value, facts);
      const changes = changedFacts(current.value, next);
      if (changes.includes("time")) assertInFuture(next, now);
      await this.assertPeople(next);
      const before = await this.meetings.agenda(meetingId);
      const agenda = input.agenda ? replaceAgendaItems(before, input.agenda) : before;
      if (agendaChanged(before, agenda)) changes.push("agenda");
      this.assertFits(meetingId, agenda);
      const audited = [...(await meetingChanges(this.stores, current.value, next)), ...agendaChanges(before, agenda)];
      const agendaEdits = input.agenda ? agendaDiff(before, agenda, input.agenda.map((i) => i.number)) : [];
      const write = async () => {
        const meeting = await this.stores.meetings.replace({ ...next, sequence: next.sequence + (changes.length > 0 ? 1 : 0) }, ifMatch ?? current.etag);
        const written = input.agenda ? await this.writeAgenda(meetingId, input.agenda) : undefined;
        return { meeting, agenda: written?.agenda ?? agenda, changes, agendaEdits };
      };
      return audited.length > 0 ? this.audit.during(entry(caller, next, "meeting.update", audited), write) : write();
    };
    const result = ifMatch ? await step() : await withConflictRetry(step);
    if (result.changes.length > 0) await this.tell(result.meeting.value, result.agenda, result.changes, now, { agendaChanges: result.agendaEdits });
    return { meeting: result.meeting, agenda: result.agenda };
  }

  /** Cancels a draft or invited meeting (one in progress or later can't be); invitees are told. */
  async cancel(callerId: string, meetingId: string): Promise<EditedMeeting> {
    const meeting = await withConflictRetry(async () => {
      const { meeting: current, member: caller } = await this.managedBy(callerId, meetingId);
      const cancelled = transition(current.value, "cancelled");
      const changes = [{ field: "status", before: current.value.status, after: cancelled.status }];
      return this.audit.during(entry(caller, cancelled, "meeting.cancel", changes), () => this.stores.meetings.replace({ ...cancelled, sequence: cancelled.sequence + 1 }, current.etag));
    });
    const agenda = await this.meetings.agenda(meetingId);
    await this.onChange(meeting.value, agenda, "cancelled");
    return { meeting, agenda };
  }

  /**
   * Replaces the agenda (coordinator or the meeting's secretary), keeping the minutes part of kept items.
   * Invitees' cards follow the new agenda; with `notify` they also get a message listing what changed.
   */
  async replaceAgenda(callerId: string, meetingId: string, read: () => { items: AgendaItemInput[]; notify?: boolean }, now: Date): Promise<ReplacedAgenda> {
    const { meeting: current, member: caller } = await this.meetings.getFor(callerId, meetingId);
    assertMay(caller, "edit-agenda", current.value);
    const { items: inputs, notify = true } = read();
    if (current.value.status === "cancelled") throw meetingCancelled();
    return this.writeAudited(caller, current, inputs, now, notify);
  }

  /**
   * Puts one item into the agenda where `position` says (0-based, from the current agenda) on behalf of `actor`,
   * whom the calling feature has authorised (a member accepting their organisation's "i fokus" turn); audited
   * and announced as any agenda change, kept items keep their minutes part. Gives the new item's number.
   */
  async insertItem(actor: Member, meetingId: string, item: AgendaItemInput, position: (agenda: readonly AgendaItem[]) => number, now: Date): Promise<EditedMeeting & { number: number }> {
    const current = await this.meetings.get(meetingId);
    if (current.value.status === "cancelled") throw meetingCancelled();
    const shown = await this.meetings.agenda(meetingId);
    const at = Math.max(0, Math.min(position(shown), shown.length));
    const kept = (i: AgendaItem): AgendaItemInput => ({
      title: i.title, presenters: i.presenters, number: i.number,
      ...(i.plannedMinutes !== undefined ? { plannedMinutes: i.plannedMinutes } : {}),
      ...(i.description !== undefined ? { description: i.description } : {}),
      ...(i.attachments ? { attachments: i.attachments } : {}),
    });
    const written = await this.writeAudited(actor, current, [...shown.slice(0, at).map(kept), item, ...shown.slice(at).map(kept)], now);
    return { ...written, number: at + 1 };
  }

  private async writeAudited(caller: Member, current: Stored<Meeting>, inputs: AgendaItemInput[], now: Date, notify = true): Promise<ReplacedAgenda> {
    const meetingId = current.value.id;
    const shown = await this.meetings.agenda(meetingId);
    const changes = agendaChanges(shown, replaceAgendaItems(shown, inputs));
    const { before, agenda } = changes.length > 0
      ? await this.audit.during(entry(caller, current.value, "agenda.replace", changes), () => this.writeAgenda(meetingId, inputs))
      : await this.writeAgenda(meetingId, inputs);
    let meeting = current;
    const diff = agendaDiff(before, agenda, inputs.map((i) => i.number));
    let notified = false;
    if (agendaChanged(before, agenda) && this.announced(current.value, now)) {
      meeting = await withConflictRetry(async () => {
        const latest = await this.meetings.get(meetingId);
        return this.stores.meetings.replace({ ...latest.value, sequence: latest.value.sequence + 1 }, latest.etag);
      });
      await this.tell(meeting.value, agenda, ["agenda"], now, { agendaChanges: diff, silent: !notify });
      notified = notify && meeting.value.status === "invited";
    }
    return { meeting, agenda, changes: diff, notified };
  }

  /** The meeting, if the caller is a coordinator of its network and it is not cancelled. */
  private async managed(callerId: string, meetingId: string): Promise<Stored<Meeting>> {
    return (await this.managedBy(callerId, meetingId)).meeting;
  }

  /** The meeting and the caller's membership, if the caller is a coordinator of its network and it is not cancelled. */
  private async managedBy(callerId: string, meetingId: string): Promise<{ meeting: Stored<Meeting>; member: Member }> {
    const { meeting, member } = await this.meetings.getFor(callerId, meetingId);
    assertMay(member, "manage-meeting");
    if (meeting.value.status === "cancelled") throw meetingCancelled();
    return { meeting, member };
  }

  /** Invitees hear about changes before the meeting, not about edits made during or after it. */
  private announced(meeting: Meeting, now: Date): boolean {
    return (meeting.status === "draft" || meeting.status === "invited") && !hasStarted(meeting, now);
  }

  private async tell(meeting: Meeting, agenda: AgendaItem[], changes: MeetingChange[], now: Date, notice: ChangeNotice): Promise<void> {
    if (this.announced(meeting, now)) await this.onChange(meeting, agenda, changes, notice);
  }

  private async assertPeople(meeting: Meeting): Promise<void> {
    for (const [field, id] of [["chairId", meeting.chairId], ["secretaryId", meeting.secretaryId]] as const) {
      if (id === undefined) continue;
      const member = await this.stores.members.get(meeting.networkId, id);
      if (!member?.value.active) {
        throw invalid("unknown_member", `${field === "chairId" ? "Ordföranden" : "Sekreteraren"} är inte medlem i nätverket.`, `The ${field === "chairId" ? "chair" : "secretary"} is not a member of the network.`, { field });
      }
    }
  }

  /** Throws the storage's too-large error before anything is written when an item can't be stored. */
  private assertFits(meetingId: string, agenda: readonly AgendaItem[]): void {
    for (const item of agenda) encodeValue(TABLES.meetingData, { ...item, meetingId });
  }

  /**
   * Writes the agenda built from `inputs` over a fresh read, and again from a new read when anyone changed a row
   * meanwhile (e.g. a saved minutes item): kept and moved rows are replaced with their eTags, new rows created
   * and rows past the new end claimed, all in one atomic batch; the claimed rows are then deleted.
   */
  private async writeAgenda(meetingId: string, inputs: readonly AgendaItemInput[]): Promise<{ before: AgendaItem[]; agenda: AgendaItem[] }> {
    const written = await withConflictRetry(async () => {
      const rows = await this.stores.agenda.list(meetingId);
      const etags = new Map(rows.map((row) => [row.value.number, row.etag]));
      const before = rows.map(({ value: { meetingId: _m, ...item } }) => item).sort((a, b) => a.number - b.number);
      const agenda = replaceAgendaItems(before, inputs);
      this.assertFits(meetingId, agenda);
      const gone = before.filter((item) => item.number > agenda.length);
      const steps: BatchStep<MeetingScoped<AgendaItem>>[] = [
        ...agenda.map((item): BatchStep<MeetingScoped<AgendaItem>> => {
          const etag = etags.get(item.number);
          return etag ? { kind: "replace", value: { ...item, meetingId }, etag } : { kind: "create", value: { ...item, meetingId } };
        }),
        ...gone.map((item): BatchStep<MeetingScoped<AgendaItem>> => ({ kind: "touch", rowKey: itemKey(item.number), etag: etags.get(item.number)! })),
      ];
      const newEtags = await this.stores.agenda.batch(meetingId, steps);
      return { before, agenda, claimed: gone.map((item, index) => ({ rowKey: itemKey(item.number), etag: newEtags[agenda.length + index]! })) };
    }, 20);
    await Promise.all(written.claimed.map(async ({ rowKey, etag }) => {
      try {
        await this.stores.agenda.remove(meetingId, rowKey, etag);
      } catch (error) {
        // Written after the batch had already taken the row off the agenda: it goes all the same.
        if (!(error instanceof ConcurrencyError)) throw error;
        await this.stores.agenda.remove(meetingId, rowKey);
      }
    }));
    return { before: written.before, agenda: written.agenda };
  }
}

function mergeFacts(current: MeetingFacts, input: MeetingUpdate): MeetingFacts {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(input)) {
    if (key === "agenda" || value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged as unknown as MeetingFacts;
}

function entry(caller: Member, meeting: Meeting, action: AuditAction, changes: AuditChange[]) {
  return { networkId: meeting.networkId, meetingId: meeting.id, actorId: caller.aadObjectId, actorName: caller.displayName, action, target: meeting.id, targetName: meeting.title, changes };
}
