import type { Clock } from "../domain/clock";
import { emptyMinutesState, type MinutesState } from "../domain/minutes-workflow";
import type { Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";

/** The approval state row of a meeting's minutes, read and changed with eTag checks. */
export class MinutesStateStore {
  constructor(private readonly stores: Pick<Stores, "minutes">, private readonly clock: Clock) {}

  /** The current state (an empty one while nothing is stored). */
  async read(meetingId: string): Promise<MinutesState> {
    return (await this.stores.minutes.get(meetingId, "state"))?.value ?? emptyMinutesState(meetingId, this.clock.now().toISOString());
  }

  /** Applies a change to the stored state, again when another writer came first; returns the new state. */
  update(meetingId: string, change: (state: MinutesState) => MinutesState): Promise<MinutesState> {
    return withConflictRetry(async () => {
      const stored = await this.stores.minutes.get(meetingId, "state");
      const next = { ...change(stored?.value ?? emptyMinutesState(meetingId, this.clock.now().toISOString())), meetingId };
      if (stored) await this.stores.minutes.replace(next, stored.etag);
      else await this.stores.minutes.create(next);
      return next;
    });
  }
}
