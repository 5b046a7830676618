/**
 * Runs work per key so that runs for one key never overlap, and callers arriving while a run is still
 * waiting to start share that run (it will see their changes). Only an optimisation within one process:
 * correctness across server instances must not depend on it.
 * @example await coalescer.run(meetingId, () => updateCard(meetingId));
 */
export class KeyedCoalescer<T> {
  private readonly waitingRuns = new Map<string, Promise<T>>();
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Starts (or joins the not yet started) run for the key; resolves with that run's result. */
  run(key: string, work: () => Promise<T>): Promise<T> {
    const pending = this.waitingRuns.get(key);
    if (pending) return pending;
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(() => {
      this.waitingRuns.delete(key);
      return work();
    });
    this.waitingRuns.set(key, next);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Whether a run for the key is waiting to start (a change made now will be in what it does). */
  waiting(key: string): boolean {
    return this.waitingRuns.has(key);
  }
}
