import { DEMO_NETWORK_ID, demoMember, demoOrganisations } from "../../bot/src/demo/demo-network";
import type { AttendanceRecord } from "../../bot/src/domain/attendance";
import type { Meeting } from "../../bot/src/domain/meeting";
import type { Stores } from "../../bot/src/storage/repository";

/** A meeting of the demo network starting at `startUtc` and lasting two hours. */
export function testMeeting(id: string, startUtc: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id, networkId: DEMO_NETWORK_ID, title: `Nätverksmöte ${id}`, startUtc, endUtc: new Date(Date.parse(startUtc) + 2 * 3600_000).toISOString(),
    form: "digital", place: "Digitalt via Teams", status: "invited", rollCall: "not-started", sequence: 0,
    chairId: demoMember("Lena Forsberg").aadObjectId, secretaryId: demoMember("Emma Strand").aadObjectId, ...extra,
  };
}

/** Records a demo member as present (optionally for some items only), as the roll call would. */
export async function markPresent(stores: Stores, meetingId: string, name: string, items: number[] = []): Promise<void> {
  const member = demoMember(name);
  const organisation = demoOrganisations.find((o) => o.id === member.organisationId)!;
  const record: AttendanceRecord = {
    personId: member.aadObjectId, name, organisationId: organisation.id, organisationName: organisation.name, status: "present",
    items, source: "self", at: new Date().toISOString(), guest: member.role === "guest",
  };
  await stores.attendance.upsert({ ...record, meetingId });
}

/** Sets a stored meeting's fields directly (e.g. its status), as another feature would. */
export async function updateMeeting(stores: Stores, meetingId: string, change: Partial<Meeting>): Promise<void> {
  const stored = (await stores.meetings.get(DEMO_NETWORK_ID, meetingId))!;
  await stores.meetings.replace({ ...stored.value, ...change }, stored.etag);
}
