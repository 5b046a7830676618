import type { Repository, Stored } from "./repository";
import { WrappedWrites } from "./wrapped-writes";

/** How long a value read for a card action may be served again without asking the store. */
export const RECENT_READ_MS = 30_000;

/**
 * How long a meeting row read for a card press may be served again: shorter than the directory's, since a
 * meeting's status and chat link change more often (a change through this process is seen at once).
 */
export const RECENT_MEETING_MS = 5_000;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

/** A repository that can also answer from what it read a moment ago. */
export interface RecentRepository<T> extends Repository<T> {
  /** `get`, served from a read of the last `RECENT_READ_MS` when there is one and nothing was written since. */
  recentGet(partitionKey: string, rowKey: string): Promise<Stored<T> | undefined>;
  /** `list`, served the same way. */
  recentList(partitionKey: string): Promise<Stored<T>[]>;
  /** `where` (across partitions), served the same way; a write of any row forgets every such read. */
  recentWhere(property: string, value: string): Promise<Stored<T>[]>;
}

// The pseudo partition that keeps `where` reads: they span partitions, so any write forgets them.
const ACROSS = "\u0000where";

/**
 * Wraps a repository so that the card actions' hot paths can skip reads of rows that seldom change (the
 * directory, meetings, conversation references). Its plain reads stay fresh. A write through it forgets the
 * partition at once (and every `where` read), so within one process a change is seen by the next read; a
 * change made by another server instance is seen within the wrapper's time to live (`RECENT_READ_MS` unless
 * given). Concurrent recent reads of one key share one request.
 */
export class RecentReads<T> extends WrappedWrites<T> implements RecentRepository<T> {
  private readonly partitions = new Map<string, Map<string, Entry>>();
  // Bumped by writes (of a partition, a row, any row of a partition): a read that started before is not kept.
  private readonly generations = new Map<string, number>();

  constructor(
    inner: Repository<T>,
    partitionOf: (value: T) => string,
    /** The row key of a value; a write then forgets only that row's read (and the partition's list). */
    rowOf?: (value: T) => string,
    private readonly ttlMs = RECENT_READ_MS,
    // Elapsed time, not a date: how old a read is.
    private readonly elapsed: () => number = () => performance.now(),
  ) {
    super(inner, partitionOf, rowOf);
  }

  recentGet(partitionKey: string, rowKey: string): Promise<Stored<T> | undefined> {
    return this.remember(partitionKey, `get|${rowKey}`, () => this.inner.get(partitionKey, rowKey));
  }

  recentList(partitionKey: string): Promise<Stored<T>[]> {
    return this.remember(partitionKey, "list", () => this.inner.list(partitionKey));
  }

  recentWhere(property: string, value: string): Promise<Stored<T>[]> {
    return this.remember(ACROSS, `where|${property}\u0000${value}`, () => this.inner.where(property, value));
  }

  protected async aroundWrite<R>(partitionKey: string, rowKey: string | undefined, write: () => Promise<R>): Promise<R> {
    this.forget(partitionKey, rowKey);
    try {
      return await write();
    } finally {
      // Also after: a recent read started while the write was under way may hold the old row.
      this.forget(partitionKey, rowKey);
    }
  }

  // The whole partition, or (rowKey given) only that row's read and the partition's list.
  private forget(partitionKey: string, rowKey?: string): void {
    const entries = this.partitions.get(partitionKey);
    if (rowKey === undefined || !entries) this.partitions.delete(partitionKey);
    else {
      entries.delete(`get|${rowKey}`);
      entries.delete("list");
    }
    this.bump(rowKey === undefined ? partitionKey : `${partitionKey}\u0000${rowKey}`);
    this.bump(`${partitionKey}\u0000list`);
    this.partitions.delete(ACROSS);
    this.bump(ACROSS);
  }

  private bump(key: string): void {
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
  }

  // What a read of `key` depends on: a write of the partition, or of its row (a get) or any row (a list);
  // a `where` read, on any write.
  private stamp(partitionKey: string, key: string): string {
    if (partitionKey === ACROSS) return String(this.generations.get(ACROSS) ?? 0);
    const part = key === "list" ? "list" : key.slice("get|".length);
    return `${this.generations.get(partitionKey) ?? 0}/${this.generations.get(`${partitionKey}\u0000${part}`) ?? 0}`;
  }

  private remember<R>(partitionKey: string, key: string, load: () => Promise<R>): Promise<R> {
    const now = this.elapsed();
    let entries = this.partitions.get(partitionKey);
    const entry = entries?.get(key);
    if (entry && now - entry.at < this.ttlMs) return entry.value as Promise<R>;
    const stamp = this.stamp(partitionKey, key);
    const value = load();
    if (!entries) {
      entries = new Map();
      this.partitions.set(partitionKey, entries);
    }
    const kept: Entry = { at: now, value };
    entries.set(key, kept);
    value.then(
      () => {
        if (this.stamp(partitionKey, key) !== stamp) this.drop(partitionKey, key, kept);
      },
      () => this.drop(partitionKey, key, kept),
    );
    return value;
  }

  private drop(partitionKey: string, key: string, entry: Entry): void {
    const entries = this.partitions.get(partitionKey);
    if (entries?.get(key) === entry) entries.delete(key);
  }
}
