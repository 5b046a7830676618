import { createIfAbsent } from "../storage/create-if-absent";
import { ConcurrencyError } from "../storage/storage-errors";
import { systemClock, type Clock } from "../domain/clock";
import type { Repository, Stores } from "../storage/repository";
import { PAST_MEETING_ID, UPCOMING_MEETING_ID, pastAgenda, pastAttendance, pastMeeting, pastRoundTable, upcomingAgenda, upcomingMeeting } from "./demo-meetings";
import { demoMembers, demoNetwork, demoOrganisations } from "./demo-network";

/**
 * Creates the rows that are not there yet: one transaction per partition (up to 100 rows), or, when some rows of
 * it exist already (an earlier run), each missing row on its own.
 */
async function createIfMissing<T>(repository: Repository<T>, values: readonly T[], partitionOf: (value: T) => string): Promise<number> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(partitionOf(value), [...(groups.get(partitionOf(value)) ?? []), value]);
  const chunks = [...groups].flatMap(([partition, rows]) => Array.from({ length: Math.ceil(rows.length / 100) }, (_, i) => [partition, rows.slice(i * 100, i * 100 + 100)] as const));
  const created = await Promise.all(chunks.map(async ([partition, rows]) => {
    try {
      await repository.batch(partition, rows.map((value) => ({ kind: "create", value })));
      return rows.length;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      return (await Promise.all(rows.map((value) => createIfAbsent(repository, value)))).filter(Boolean).length;
    }
  }));
  return created.reduce((a, b) => a + b, 0);
}

/**
 * Seeds the demo network: organisations, fictional members, one past meeting with agenda, attendance and
 * round table, and one upcoming meeting with an agenda. Running it again creates nothing twice.
 * The upcoming meeting is placed from `clock`'s day. Returns how many rows it created.
 */
export async function seedDemoData(stores: Stores, clock: Clock = systemClock): Promise<number> {
  const now = clock.now();
  const inMeeting = <T>(meetingId: string, rows: readonly T[]) => rows.map((r) => ({ ...r, meetingId }));
  const byNetwork = (row: { networkId: string }) => row.networkId;
  const byMeeting = (row: { meetingId: string }) => row.meetingId;
  const counts = await Promise.all([
    createIfMissing(stores.networks, [demoNetwork], () => "network"),
    createIfMissing(stores.organisations, demoOrganisations, byNetwork),
    createIfMissing(stores.members, demoMembers, byNetwork),
    createIfMissing(stores.meetings, [pastMeeting, upcomingMeeting(now)], byNetwork),
  ]);
  // After the meetings: their rows mark them for the search index, which looks the meeting up.
  counts.push(...(await Promise.all([
    createIfMissing(stores.agenda, [...inMeeting(PAST_MEETING_ID, pastAgenda), ...inMeeting(UPCOMING_MEETING_ID, upcomingAgenda)], byMeeting),
    createIfMissing(stores.attendance, inMeeting(PAST_MEETING_ID, pastAttendance), byMeeting),
    createIfMissing(stores.roundTable, inMeeting(PAST_MEETING_ID, pastRoundTable), byMeeting),
  ])));
  return counts.reduce((a, b) => a + b, 0);
}
