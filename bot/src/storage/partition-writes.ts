/**
 * Counts the writes this process made to each partition of each table: rows kept from a read can then tell
 * whether anything was written to their partition since (by this process; another server instance's writes
 * are not seen here). A write the store refused (it answered 4xx) changed nothing and is not counted; one
 * whose outcome is unknown (no answer, 5xx) is.
 * @example const before = writes.count("meetingdata", pk); … writes.count("meetingdata", pk) === before
 */
export class PartitionWrites {
  private readonly counts = new Map<string, number>();

  /** How many writes of the partition this process made so far. */
  count(table: string, partitionKey: string): number {
    return this.counts.get(key(table, partitionKey)) ?? 0;
  }

  /** Counts one write of the partition; returns the count with it. */
  note(table: string, partitionKey: string): number {
    const k = key(table, partitionKey);
    const next = (this.counts.get(k) ?? 0) + 1;
    this.counts.set(k, next);
    return next;
  }
}

function key(table: string, partitionKey: string): string {
  return `${table}\u0000${partitionKey}`;
}
