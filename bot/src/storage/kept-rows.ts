import { storedOf } from "./entity-codec";
import type { RawEntity } from "./read-scope";
import type { Stored } from "./repository";
import { madeOnce } from "../shared/made-once";

/** A row as kept: its kind's row-key prefix (such as `attendance|`), its stored row key, and the row. */
export interface KeptRow {
  prefix: string;
  rowKey: string;
  stored: Stored<unknown>;
}

/** A row a write stored: its row key and the row with its new eTag. */
export interface WrittenRow {
  rowKey: string;
  stored: Stored<unknown>;
}

interface Entry {
  /** The kinds kept (row-key prefixes). */
  prefixes: readonly string[];
  /** When its read was sent (elapsed ms). */
  sentAt: number;
  /** How many of this process's writes of the partition the rows reflect. */
  seen: number;
  /** In row-key order; never changed once handed out (a write makes a new array). */
  rows: readonly KeptRow[];
}

interface Pending {
  sentAt: number;
  /** The partition's write count when the read was sent: every write counted by then is in its answer. */
  base: number;
  /** What the writes counted since the read was sent stored, in the order they were counted. */
  patches: WrittenRow[][];
  result: Promise<readonly KeptRow[]>;
}

// Rows not asked for this long are dropped when another read is kept.
const KEEP_MS = 60_000;

/**
 * Rows of some kinds of a partition, kept from a read to answer reads that may be a moment old: kept rows are
 * served only while young enough and while every write this process made to the partition since their read
 * (counted by `writesOf`) was applied to them with `written`; any other write (a single-row write through a
 * repository, a failed write of unknown outcome) makes them unusable until read again. Another server
 * instance's writes are not seen here: the caller bounds how old the rows may be.
 */
export class KeptRows {
  private readonly entries = new Map<string, Map<string, Entry>>();
  private readonly pending = new Map<string, Map<string, Pending>>();

  constructor(private readonly writesOf: (partitionKey: string) => number, private readonly elapsed: () => number) {}

  /**
   * The partition's rows with the given row-key prefixes, in row-key order: kept rows or a read under way,
   * sent at most `maxAgeMs` ago (never when 0), else `query`'s answer, which is then kept.
   */
  read(partitionKey: string, prefixes: readonly string[], maxAgeMs: number, query: () => Promise<RawEntity[]>): Promise<readonly KeptRow[]> {
    const kinds = [...prefixes].sort().join("\u0000");
    const now = this.elapsed();
    if (maxAgeMs > 0) {
      const entry = this.entries.get(partitionKey)?.get(kinds);
      if (entry && now - entry.sentAt <= maxAgeMs && entry.seen === this.writesOf(partitionKey)) return Promise.resolve(entry.rows);
      const pending = this.pending.get(partitionKey)?.get(kinds);
      if (pending && now - pending.sentAt <= maxAgeMs) return pending.result;
    }
    const pending: Pending = { sentAt: now, base: this.writesOf(partitionKey), patches: [], result: Promise.resolve([]) };
    pending.result = query().then(
      (entities) => this.settle(partitionKey, kinds, prefixes, pending, entities),
      (error: unknown) => {
        this.unlist(partitionKey, kinds, pending);
        throw error;
      },
    );
    madeOnce(this.pending, partitionKey, () => new Map<string, Pending>()).set(kinds, pending);
    return pending.result;
  }

  /**
   * Applies what a write of the partition stored to its kept rows and to the reads under way. Call it in the
   * same step as counting the write (`count`: the partition's write count with it).
   */
  written(partitionKey: string, count: number, rows: readonly WrittenRow[]): void {
    for (const entry of this.entries.get(partitionKey)?.values() ?? []) {
      // Rows that missed an earlier write stay unusable: applying this one would not make them whole.
      if (entry.seen !== count - 1) continue;
      entry.rows = applied(entry.rows, rows, entry.prefixes);
      entry.seen = count;
    }
    for (const pending of this.pending.get(partitionKey)?.values() ?? []) pending.patches.push([...rows]);
  }

  private settle(partitionKey: string, kinds: string, prefixes: readonly string[], pending: Pending, entities: readonly RawEntity[]): readonly KeptRow[] {
    this.unlist(partitionKey, kinds, pending);
    let rows: readonly KeptRow[] = entities
      .map((entity) => {
        const rowKey = String(entity.rowKey);
        return { prefix: rowKey.slice(0, rowKey.indexOf("|") + 1), rowKey, stored: storedOf<unknown>(entity) };
      })
      .filter((row) => prefixes.includes(row.prefix))
      .sort((a, b) => compare(a.rowKey, b.rowKey));
    // A write counted after the read was sent may be missing from its answer: applied again, in order.
    for (const patch of pending.patches) rows = applied(rows, patch, prefixes);
    const seen = pending.base + pending.patches.length;
    const current = this.entries.get(partitionKey)?.get(kinds);
    if (seen === this.writesOf(partitionKey) && (!current || current.sentAt <= pending.sentAt)) {
      this.sweep(pending.sentAt);
      madeOnce(this.entries, partitionKey, () => new Map<string, Entry>()).set(kinds, { prefixes: [...prefixes], sentAt: pending.sentAt, seen, rows });
    }
    return rows;
  }

  private unlist(partitionKey: string, kinds: string, pending: Pending): void {
    const list = this.pending.get(partitionKey);
    if (list?.get(kinds) !== pending) return;
    list.delete(kinds);
    if (list.size === 0) this.pending.delete(partitionKey);
  }

  private sweep(now: number): void {
    for (const [partitionKey, list] of this.entries) {
      for (const [kinds, entry] of list) if (now - entry.sentAt > KEEP_MS) list.delete(kinds);
      if (list.size === 0) this.entries.delete(partitionKey);
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// A new array with the written rows of the kept kinds put in (replacing a row of the same key) in row-key order.
function applied(rows: readonly KeptRow[], written: readonly WrittenRow[], prefixes: readonly string[]): readonly KeptRow[] {
  let out: KeptRow[] | undefined;
  for (const { rowKey, stored } of written) {
    const prefix = rowKey.slice(0, rowKey.indexOf("|") + 1);
    if (!prefixes.includes(prefix)) continue;
    out ??= [...rows];
    let low = 0;
    let high = out.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(out[mid]!.rowKey, rowKey) < 0) low = mid + 1;
      else high = mid;
    }
    const row = { prefix, rowKey, stored };
    if (out[low]?.rowKey === rowKey) out[low] = row;
    else out.splice(low, 0, row);
  }
  return out ?? rows;
}
