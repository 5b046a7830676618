import assert from "node:assert/strict";
import { demoMember } from "../../../bot/src/demo/demo-network";
import { TENANT_ID } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { graphWorld } from "../../helpers/graph-world";
import { createMeeting } from "../../helpers/invitations";

const coordinator = users.coordinator();
const chair = users.chair();

describe("Graph: Teams' attendance report becomes a proposal the chair confirms", function () {
  this.timeout(60_000);
  const world = graphWorld({ people: [coordinator, chair] });
  let meetingId: string;
  const at = (start: string, minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();
  const interval = (start: string, from: number, to: number) => ({ joinDateTime: at(start, from), leaveDateTime: at(start, to), durationInSeconds: (to - from) * 60 });

  before(async () => {
    meetingId = await createMeeting(world.server.url, coordinator.aadObjectId, { joinUrl: undefined, chairId: chair.aadObjectId });
    await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    const [meeting] = await world.server.stores.meetings.where("meetingId", meetingId);
    const start = meeting!.value.startUtc;
    const member = (name: string) => ({ id: demoMember(name).aadObjectId, displayName: name, tenantId: TENANT_ID });
    // The agenda plans 45 + 20 minutes: item 1 is [0, 45), item 2 is [45, 65).
    world.stub.setAttendance(meeting!.value.joinUrl!, {
      start, end: at(start, 65),
      records: [
        { emailAddress: demoMember("Elin Bergqvist").email!, totalAttendanceInSeconds: 3900, role: "Attendee", identity: member("Elin Bergqvist"), attendanceIntervals: [interval(start, 0, 65)] },
        { emailAddress: demoMember("Ida Holm").email!, totalAttendanceInSeconds: 1200, role: "Attendee", identity: member("Ida Holm"), attendanceIntervals: [interval(start, 44, 65)] },
        { emailAddress: null, totalAttendanceInSeconds: 600, role: "Attendee", identity: { id: null, displayName: "Gästföreläsare Kim", tenantId: null }, attendanceIntervals: [interval(start, 46, 60)] },
        { emailAddress: "natverksmoten@example.org", totalAttendanceInSeconds: 3900, role: "Organizer", identity: { id: "00000000-0000-4000-8000-0000000000f0", displayName: "Nätverksmöten", tenantId: TENANT_ID }, attendanceIntervals: [interval(start, 0, 65)] },
        { emailAddress: demoMember("Lena Forsberg").email!, totalAttendanceInSeconds: 3900, role: "Presenter", identity: member("Lena Forsberg"), attendanceIntervals: [interval(start, 0, 65)] },
      ],
    });
    // The chair checked in herself: already recorded, so not proposed.
    const put = await api(world.server.url, `/meetings/${meetingId}/attendance/${chair.aadObjectId}`, { user: chair.aadObjectId, method: "PUT", body: { status: "present" } });
    assert.equal(put.status, 200, JSON.stringify(put.body));
  });

  it("proposes members who joined but were not recorded, '(pkt N)' from the intervals, and guests by Teams' name", async () => {
    const res = await api(world.server.url, `/meetings/${meetingId}/attendance/proposal`, { user: chair.aadObjectId });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const rows = res.body.rows as { personId: string; name: string; items: number[]; guest: boolean; reason: string }[];
    const byName = new Map(rows.map((r) => [r.name, r]));
    assert.deepEqual([...byName.keys()].sort(), ["Elin Bergqvist", "Gästföreläsare Kim", "Ida Holm"]);
    assert.deepEqual(byName.get("Elin Bergqvist")!.items, []);
    assert.equal(byName.get("Elin Bergqvist")!.reason, "not-recorded");
    assert.deepEqual(byName.get("Ida Holm")!.items, [2]);
    assert.equal(byName.get("Ida Holm")!.reason, "part-of-meeting");
    assert.equal(byName.get("Gästföreläsare Kim")!.guest, true);
    assert.deepEqual(byName.get("Gästföreläsare Kim")!.items, [2]);
    assert.ok(world.stub.requests.some((r) => r.path.includes("/onlineMeetings?$filter=") && decodeURIComponent(r.path).includes("JoinWebUrl eq 'https://teams.microsoft.com/l/meetup-join/")));
    assert.ok(world.stub.requests.some((r) => r.path.includes("/attendanceReports/") && r.path.includes("$expand=attendanceRecords")));
    const attendance = await api(world.server.url, `/meetings/${meetingId}/attendance`, { user: chair.aadObjectId });
    assert.equal(attendance.body.records.length, 1, "nothing changes before the chair confirms");
  });

  it("refuses members who are not chair, secretary or coordinator", async () => {
    for (const who of [users.aleMember(), users.guest()]) {
      const res = await api(world.server.url, `/meetings/${meetingId}/attendance/proposal`, { user: who.aadObjectId });
      assert.equal(res.status, 403, who.name);
      const confirm = await api(world.server.url, `/meetings/${meetingId}/attendance/proposal/confirm`, { user: who.aadObjectId, method: "POST", body: { personIds: [who.aadObjectId] } });
      assert.equal(confirm.status, 403, who.name);
    }
  });

  it("refuses a confirmation naming someone not in the proposal, or a bad body, and writes nothing", async () => {
    const unknown = await api(world.server.url, `/meetings/${meetingId}/attendance/proposal/confirm`, { user: chair.aadObjectId, method: "POST", body: { personIds: [demoMember("Ida Holm").aadObjectId, "nobody"] }, headers: { "Accept-Language": "en" } });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, "not_in_proposal");
    assert.match(unknown.body.error.message, /not \(or no longer\) in the proposal/);
    for (const body of [{}, { personIds: [] }, { personIds: "x" }, { personIds: ["a"], extra: 1 }]) {
      const res = await api(world.server.url, `/meetings/${meetingId}/attendance/proposal/confirm`, { user: chair.aadObjectId, method: "POST", body });
      assert.equal(res.status, 400, JSON.stringify(body));
    }
    const attendance = await api(world.server.url, `/meetings/${meetingId}/attendance`, { user: chair.aadObjectId });
    assert.equal(attendance.body.records.length, 1);
  });

  it("writes the confirmed rows with source attendance-report, '(pkt 2)' in the list", async () => {
    const proposal = await api(world.server.url, `/meetings/${meetingId}/attendance/proposal`, { user: chair.aadObjectId });
    const ids = (proposal.body.rows as { personId: string; name: string }[]).filter((r) => r.name !== "Elin Bergqvist").map((r) => r.personId);
    const res = await api(world.server.url, `/meetings/${meetingId}/attendance/proposal/confirm`, { user: chair.aadObjectId, method: "POST", body: { personIds: ids } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok((res.body.records as { source: string }[]).every((r) => r.source === "attendance-report"));
    const attendance = await api(world.server.url, `/meetings/${meetingId}/attendance`, { user: chair.aadObjectId });
    const present = (attendance.body.lists.present as { text: string }[]).map((l) => l.text);
    assert.ok(present.some((t) => /^Ida Holm, Mölndal.* \(pkt 2\)$/.test(t)), present.join(" | "));
    assert.ok(present.includes("Gästföreläsare Kim, Gäst (pkt 2)"), present.join(" | "));
    const again = await api(world.server.url, `/meetings/${meetingId}/attendance/proposal`, { user: chair.aadObjectId });
    assert.deepEqual((again.body.rows as { name: string }[]).map((r) => r.name), ["Elin Bergqvist"], "confirmed rows leave the proposal");
  });

  it("says clearly when Graph refuses the report (no Teams access policy)", async () => {
    world.token.value = "wrong";
    const res = await api(world.server.url, `/meetings/${meetingId}/attendance/proposal`, { user: chair.aadObjectId });
    world.token.value = world.stub.token;
    assert.equal(res.status, 503);
    assert.equal(res.body.error.code, "graph_failed");
    assert.match(res.body.error.message, /Närvarorapporten kunde inte läsas/);
  });
});
