import { odata, type TransactionAction } from "@azure/data-tables";
import type { AgendaItem } from "../domain/agenda";
import type { AttendanceRecord } from "../domain/attendance";
import type { InvitationRecord, ProcessedAction } from "../domain/invitation";
import type { MinutesState, MinutesVersion } from "../domain/minutes-workflow";
import type { RollCall } from "../domain/roll-call";
import type { RoundTableEntry } from "../domain/round-table";
import type { RoundTableWalkState } from "../domain/round-table-walk";
import type { Answer } from "../domain/answer";
import { storedOf } from "./entity-codec";
import type { EntityTable } from "./entity-table";
import { escapeKey } from "./keys";
import type { MeetingScoped, Stored } from "./repository";
import { AlreadyExistsError, ConcurrencyError, statusOf, unavailableOr } from "./storage-errors";
import type { TableService } from "./table-service";
import { currentReadScope, type RawEntity } from "./read-scope";
import { KeptRows } from "./kept-rows";

/** The kinds of rows kept in a meeting's partition that can be read together. */
export interface MeetingRowKinds {
  agenda: MeetingScoped<AgendaItem>;
  answers: MeetingScoped<Answer>;
  attendance: MeetingScoped<AttendanceRecord>;
  roundTable: MeetingScoped<RoundTableEntry>;
  roundTableWalks: MeetingScoped<RoundTableWalkState>;
  rollCalls: MeetingScoped<RollCall>;
  minutes: MeetingScoped<MinutesState>;
  minutesVersions: MinutesVersion;
  invitations: MeetingScoped<InvitationRecord>;
  processedActions: MeetingScoped<ProcessedAction>;
}

/** One write of a batch across kinds: a create (fails when the key is taken), an upsert, or a replace of the row unchanged since `etag`. */
export type MeetingWrite = {
  [K in keyof MeetingRowKinds]: { kind: K; op: "create" | "upsert"; value: MeetingRowKinds[K] } | { kind: K; op: "replace"; value: MeetingRowKinds[K]; etag: string };
}[keyof MeetingRowKinds];

/**
 * `only`: for some of the asked kinds, the one row (raw row key) to read instead of all of them. `recent`
 * (not with `only`): the rows may come from a read of the same kinds sent at most that many milliseconds ago
 * (or still under way), if every write this process made to the partition since has been applied to them;
 * otherwise they are read, and kept for such reads (0: always read, and keep).
 */
export type MeetingReadOptions<K extends keyof MeetingRowKinds> = { only?: Partial<Record<K, string>>; recent?: number };

/** The rows of the asked kinds, each kind in row-key order. */
export type MeetingRows<K extends keyof MeetingRowKinds> = { [P in K]: Stored<MeetingRowKinds[P]>[] };

/** Reads several kinds of a meeting's rows with one partition query instead of one request per kind. */
export interface MeetingPartition {
  read<K extends keyof MeetingRowKinds>(meetingId: string, kinds: readonly K[], options?: MeetingReadOptions<K>): Promise<MeetingRows<K>>;
  /**
   * Writes rows of several kinds of one meeting in one transaction: all or none. A create whose key is taken
   * fails the whole batch with AlreadyExistsError. Rows kept for `recent` reads get the written rows.
   */
  write(meetingId: string, writes: readonly MeetingWrite[]): Promise<void>;
  /**
   * The eTags of the meeting's rows of the asked kinds, sorted: one query of the partition that returns no
   * values. Any write of such a row, or its removal, changes them (a write gives a row an eTag no row had).
   */
  versions(meetingId: string, kinds: readonly (keyof MeetingRowKinds)[]): Promise<string[]>;
  /**
   * Inside a read scope (`inReadScope`), reads the asked kinds of the meeting with one query, so that the
   * scope's later reads of those kinds (through any repository) are answered from it. Nothing without a scope.
   */
  preload(meetingId: string, kinds: readonly (keyof MeetingRowKinds)[]): Promise<void>;
}

/** The meeting partition of the `meetingdata` table, over the repositories of its row kinds. */
export class TableMeetingPartition implements MeetingPartition {
  private readonly kept: KeptRows;

  constructor(
    private readonly service: TableService,
    private readonly table: string,
    private readonly kinds: { [K in keyof MeetingRowKinds]: EntityTable<MeetingRowKinds[K]> },
    // Elapsed time, not a date: how old a kept read is.
    elapsed: () => number = () => performance.now(),
  ) {
    this.kept = new KeptRows((pk) => service.writes.count(table, pk), elapsed);
  }

  /** One query of the partition, filtered to the row-key ranges of the asked kinds (none when a read scope holds them). */
  async read<K extends keyof MeetingRowKinds>(meetingId: string, kinds: readonly K[], options: MeetingReadOptions<K> = {}): Promise<MeetingRows<K>> {
    if (options.recent !== undefined && options.only === undefined) return this.recentRead(meetingId, kinds, options.recent);
    const prefixes = new Map(kinds.map((kind) => [this.kinds[kind].rowKeyFor(""), kind] as const));
    const out = Object.fromEntries(kinds.map((kind) => [kind, [] as Stored<unknown>[]])) as Record<K, Stored<unknown>[]>;
    if (kinds.length === 0) return out as MeetingRows<K>;
    const pk = escapeKey(meetingId);
    const scope = currentReadScope();
    const kept = scope ? [...prefixes.keys()].map((p) => scope.rows(this.table, pk, p)) : [];
    const onlyKeys = new Set(kinds.flatMap((kind) => (options.only?.[kind] === undefined ? [] : [this.kinds[kind].rowKeyFor(options.only[kind]!)])));
    const wanted = (rowKey: string, kind: K) => options.only?.[kind] === undefined || onlyKeys.has(rowKey);
    const entities = scope && kept.every((rows) => rows !== undefined)
      ? kept.flat() as RawEntity[]
      : await (scope ? scope.memo(`${this.table}\u0000partition\u0000${this.filter(meetingId, kinds, options)}`, () => this.query(meetingId, kinds, options)) : this.query(meetingId, kinds, options));
    for (const entity of entities) {
      const rowKey = String(entity.rowKey);
      const kind = prefixes.get(rowKey.slice(0, rowKey.indexOf("|") + 1));
      if (kind !== undefined && wanted(rowKey, kind)) out[kind].push(storedOf(entity));
    }
    return out as MeetingRows<K>;
  }

  // The asked kinds, in row-key order each, from kept rows or a read that is then kept.
  private async recentRead<K extends keyof MeetingRowKinds>(meetingId: string, kinds: readonly K[], maxAgeMs: number): Promise<MeetingRows<K>> {
    const prefixes = kinds.map((kind) => this.kinds[kind].rowKeyFor(""));
    const rows = await this.kept.read(escapeKey(meetingId), prefixes, maxAgeMs, () => this.query(meetingId, kinds));
    const out = Object.fromEntries(kinds.map((kind) => [kind, [] as Stored<unknown>[]])) as Record<K, Stored<unknown>[]>;
    for (const row of rows) out[kinds[prefixes.indexOf(row.prefix)]!].push(row.stored);
    return out as MeetingRows<K>;
  }

  async versions(meetingId: string, kinds: readonly (keyof MeetingRowKinds)[]): Promise<string[]> {
    const out: string[] = [];
    try {
      const client = await this.service.table(this.table);
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter: this.filter(meetingId, kinds), select: ["RowKey"] } })) out.push(String(entity.etag));
    } catch (error) {
      throw unavailableOr(error);
    }
    return out.sort();
  }

  /** Reads the asked kinds in full with one query and keeps them in the running read scope (nothing without one). */
  async preload(meetingId: string, kinds: readonly (keyof MeetingRowKinds)[]): Promise<void> {
    const scope = currentReadScope();
    if (!scope || kinds.length === 0) return;
    const entities = await this.query(meetingId, kinds);
    scope.remember(this.table, escapeKey(meetingId), kinds.map((kind) => this.kinds[kind].rowKeyFor("")), entities);
  }

  private filter(meetingId: string, kinds: readonly (keyof MeetingRowKinds)[], options: MeetingReadOptions<keyof MeetingRowKinds> = {}): string {
    const ranges = kinds.map((kind) => {
      const p = this.kinds[kind].rowKeyFor("");
      const only = options.only?.[kind];
      return only === undefined ? `(RowKey ge '${p}' and RowKey lt '${p.slice(0, -1)}}')` : odata`(RowKey eq ${this.kinds[kind].rowKeyFor(only)})`;
    }).join(" or ");
    return `${odata`PartitionKey eq ${escapeKey(meetingId)}`} and (${ranges})`;
  }

  private async query(meetingId: string, kinds: readonly (keyof MeetingRowKinds)[], options: MeetingReadOptions<keyof MeetingRowKinds> = {}): Promise<RawEntity[]> {
    const out: RawEntity[] = [];
    try {
      const client = await this.service.table(this.table);
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter: this.filter(meetingId, kinds, options) } })) out.push(entity);
    } catch (error) {
      throw unavailableOr(error);
    }
    return out;
  }

  async write(meetingId: string, writes: readonly MeetingWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const actions = writes.map((w): TransactionAction => {
      const entity = (this.kinds[w.kind] as EntityTable<unknown>).entityOf(w.value);
      if (w.op === "replace") return ["update", entity, "Replace", { etag: w.etag }];
      return w.op === "create" ? ["create", entity] : ["upsert", entity, "Replace"];
    });
    const pk = escapeKey(meetingId);
    try {
      // The written rows go into the kept rows in the same step as the write is counted: kept rows never look
      // up to date without it. The answers come in the order of the actions (see EntityTable.batch).
      await this.service.written(this.table, pk, () => this.service.transaction(this.table, actions), (response, count) => {
        this.kept.written(pk, count, actions.map(([, entity], i) => ({ rowKey: String(entity.rowKey), stored: { value: writes[i]!.value, etag: response.subResponses[i]?.etag ?? "" } })));
      });
    } catch (error) {
      const status = statusOf(error);
      if (status === 409) throw new AlreadyExistsError(this.table, meetingId);
      if (status === 412 || status === 404) throw new ConcurrencyError(this.table, meetingId);
      throw unavailableOr(error);
    }
  }
}
