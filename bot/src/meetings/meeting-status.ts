import { canTransition, transition, type MeetingStatus } from "../domain/meeting";
import type { Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";

/** Moves a meeting to a new status when the domain allows it (eTag-checked); returns whether it moved. */
export async function advanceMeetingStatus(stores: Stores, meetingId: string, to: MeetingStatus): Promise<boolean> {
  return withConflictRetry(async () => {
    const [row] = await stores.meetings.where("meetingId", meetingId);
    if (!row || !canTransition(row.value.status, to)) return false;
    await stores.meetings.replace(transition(row.value, to), row.etag);
    return true;
  });
}
