/**
 * Shares one read per key among the callers that ask while it is under way; a caller arriving after it
 * settled starts a new one. The answer is therefore never older than the request it joined, which started
 * before the caller asked: only for reads whose result is checked again by the write that follows (eTags).
 * @example const rows = await reads.run(meetingId, () => readRows(meetingId));
 */
export class InFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  /** Joins the read of the key under way, or starts it with `read`. */
  run(key: string, read: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current;
    const started = read();
    this.running.set(key, started);
    const done = () => {
      if (this.running.get(key) === started) this.running.delete(key);
    };
    started.then(done, done);
    return started;
  }
}
