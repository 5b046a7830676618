import { createIfAbsent } from "../storage/create-if-absent";
import { systemClock, type Clock } from "../domain/clock";
import type { Repository, Stores } from "../storage/repository";
import { PAST_MEETING_ID, UPCOMING_MEETING_ID, pastAgenda, pastAttendance, pastMeeting, pastRoundTable, upcomingAgenda, upcomingMeeting } from "./demo-meetings";
import { demoMembers, demoNetwork, demoOrganisations } from "./demo-network";

async function createIfMissing<T>(repository: Repository<T>, values: readonly T[]): Promise<number> {
  let created = 0;
  for (const value of values) {
    if (await createIfAbsent(repository, value)) created += 1;
  }
  return created;
}

/**
 * Seeds the demo network: organisations, fictional members, one past meeting with agenda, attendance and
 * round table, and one upcoming meeting with an agenda. Running it again creates nothing twice.
 * The upcoming meeting is placed from `clock`'s day. Returns how many rows it created.
 */
export async function seedDemoData(stores: Stores, clock: Clock = systemClock): Promise<number> {
  const now = clock.now();
  const inMeeting = <T>(meetingId: string, rows: readonly T[]) => rows.map((r) => ({ ...r, meetingId }));
  const counts = await Promise.all([
    createIfMissing(stores.networks, [demoNetwork]),
    createIfMissing(stores.organisations, demoOrganisations),
    createIfMissing(stores.members, demoMembers),
  ]);
  counts.push(
    await createIfMissing(stores.meetings, [pastMeeting, upcomingMeeting(now)]),
    await createIfMissing(stores.agenda, [...inMeeting(PAST_MEETING_ID, pastAgenda), ...inMeeting(UPCOMING_MEETING_ID, upcomingAgenda)]),
    await createIfMissing(stores.attendance, inMeeting(PAST_MEETING_ID, pastAttendance)),
    await createIfMissing(stores.roundTable, inMeeting(PAST_MEETING_ID, pastRoundTable)),
  );
  return counts.reduce((a, b) => a + b, 0);
}
