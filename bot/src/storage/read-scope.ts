import { AsyncLocalStorage } from "node:async_hooks";

/** A stored entity as the service returned it (keys escaped, value still encoded). */
export type RawEntity = Record<string, unknown> & { rowKey?: unknown; etag?: unknown };

/**
 * The reads of one read-only request: the same read asked twice is sent once, and the rows of a partition
 * read up front (`remember`) answer later reads of those kinds without asking the store. A write through the
 * storage layer while the scope is open forgets everything, so nothing stale is served after it.
 */
export class ReadScope {
  private readonly reads = new Map<string, Promise<unknown>>();
  private readonly partitions = new Map<string, { prefixes: Set<string>; entities: RawEntity[] }>();
  private open = true;

  /** The read's result, sent once per scope (a failed read is not kept). */
  memo<R>(key: string, load: () => Promise<R>): Promise<R> {
    if (!this.open) return load();
    let read = this.reads.get(key) as Promise<R> | undefined;
    if (read === undefined) {
      read = load();
      this.reads.set(key, read);
      read.catch(() => this.reads.delete(key));
    }
    return read;
  }

  /** Keeps a partition's rows of the kinds (row-key prefixes such as `agenda|`) that one query read in full. */
  remember(table: string, partitionKey: string, prefixes: readonly string[], entities: readonly RawEntity[]): void {
    if (!this.open) return;
    const key = `${table}\u0000${partitionKey}`;
    const known = this.partitions.get(key) ?? { prefixes: new Set<string>(), entities: [] };
    const fresh = entities.filter((e) => prefixes.some((p) => String(e.rowKey).startsWith(p)));
    known.entities = [...known.entities.filter((e) => !prefixes.some((p) => String(e.rowKey).startsWith(p))), ...fresh].sort((a, b) => (String(a.rowKey) < String(b.rowKey) ? -1 : 1));
    for (const p of prefixes) known.prefixes.add(p);
    this.partitions.set(key, known);
  }

  /** The remembered rows of one kind of a partition, in row-key order, or undefined when that kind was not read in full. */
  rows(table: string, partitionKey: string, prefix: string): RawEntity[] | undefined {
    if (!this.open) return undefined;
    const known = this.partitions.get(`${table}\u0000${partitionKey}`);
    if (!known?.prefixes.has(prefix)) return undefined;
    return known.entities.filter((e) => String(e.rowKey).startsWith(prefix));
  }

  /** Drops every kept read (after a write). */
  forget(): void {
    this.reads.clear();
    this.partitions.clear();
  }

  /** Ends the scope: later reads go to the store as usual. */
  close(): void {
    this.open = false;
    this.forget();
  }
}

const current = new AsyncLocalStorage<ReadScope>();

/** The read scope of the running request, if it opened one. */
export function currentReadScope(): ReadScope | undefined {
  return current.getStore();
}

/**
 * Runs a read-only piece of work in its own read scope (see ReadScope), closed when it ends.
 * @example const page = await inReadScope(async () => { await stores.meetingPartition.preload(id, kinds); return build(); });
 */
export async function inReadScope<T>(work: () => Promise<T>): Promise<T> {
  const scope = new ReadScope();
  try {
    return await current.run(scope, work);
  } finally {
    scope.close();
  }
}
