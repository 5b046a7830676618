import assert from "node:assert/strict";
import { demoMember, demoOrganisations } from "../../../bot/src/demo/demo-network";
import type { AttendanceRecord } from "../../../bot/src/domain/attendance";
import { api } from "../../helpers/api-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { testMeeting } from "../../helpers/round-table-fixtures";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("statistics over time: per organisation and term, own organisation for members, CSV", () => {
  let server: TestServer;
  const coordinator = users.coordinator().aadObjectId;
  const elin = users.aleMember().aadObjectId;
  const present = (meetingId: string, name: string): AttendanceRecord & { meetingId: string } => {
    const member = demoMember(name);
    const organisation = demoOrganisations.find((o) => o.id === member.organisationId)!;
    return { meetingId, personId: member.aadObjectId, name, organisationId: organisation.id, organisationName: organisation.name, status: "present", items: [], source: "self", at: "2025-09-10T07:00:00.000Z", guest: false };
  };
  const csv = async (user: string, query = "") => {
    const response = await fetch(`${server.url}/api/v1/statistics.csv${query}`, { headers: { "X-Dev-User": user } });
    return { status: response.status, type: response.headers.get("content-type"), bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  before(async () => {
    server = await startTestServer();
    // Autumn 2025: two held meetings where Ale comes once (the second time it sends a substitute who does not show up).
    await server.stores.meetings.create(testMeeting("ht-1", "2025-09-10T07:00:00.000Z", { status: "published", replyByUtc: "2025-09-05T15:00:00.000Z" }));
    await server.stores.meetings.create(testMeeting("ht-2", "2025-11-12T08:00:00.000Z", { status: "minutes-draft", replyByUtc: "2025-11-07T16:00:00.000Z" }));
    await server.stores.meetings.create(testMeeting("ht-cancelled", "2025-10-08T07:00:00.000Z", { status: "cancelled" }));
    await server.stores.attendance.upsert(present("ht-1", "Elin Bergqvist"));
    await server.stores.attendance.upsert(present("ht-1", "Ida Holm"));
    await server.stores.attendance.upsert(present("ht-2", "Ida Holm"));
    await server.stores.answers.upsert({ meetingId: "ht-1", memberId: elin, answer: "attending", answeredAt: "2025-09-01T10:00:00.000Z", channel: "card" });
    await server.stores.answers.upsert({ meetingId: "ht-2", memberId: elin, answer: "substitute", substituteName: "Eva Ersättare", answeredAt: "2025-11-10T10:00:00.000Z", channel: "tab" });
    await server.stores.roundTable.upsert({ meetingId: "ht-1", organisationId: "ale", reporterId: elin, reporterName: "Elin Bergqvist", text: "Läget i Ale", fields: {}, submitted: "before", updatedAt: "2025-09-08T10:00:00.000Z" });
  });
  after(() => server.stop());

  it("gives the coordinator every organisation per term, the network totals and who is slipping away", async () => {
    const res = await api(server.url, "/statistics", { user: coordinator });
    assert.equal(res.status, 200);
    assert.equal(res.body.scope, "network");
    assert.deepEqual(res.body.terms.map((t: { label: string }) => t.label), ["vt 2025", "ht 2025"]);
    const row = (org: string, term: string) => res.body.organisations.find((r: { organisationId: string; term: { key: string } }) => r.organisationId === org && r.term.key === term);
    const ale = row("ale", "2025-ht");
    assert.deepEqual([ale.meetings, ale.represented, ale.attendanceRate, ale.answersOnTime, ale.substitutes, ale.roundTableEntries], [2, 1, 0.5, 1, 1, 1]);
    assert.equal(row("ale", "2025-vt").represented, 1, "the demo meeting of March 2025 counts in the spring term");
    assert.equal(row("molndal", "2025-ht").attendanceRate, 1);
    const ht = res.body.totals.find((t: { term: { key: string } }) => t.term.key === "2025-ht");
    assert.equal(ht.meetings, 2);
    const missing = res.body.missing.map((m: { organisationName: string }) => m.organisationName);
    assert.ok(missing.includes("Kungsbacka"), "absent in March and both autumn meetings");
    assert.ok(!missing.includes("Mölndal"));
  });

  it("gives a member only their own organisation's figures, without totals", async () => {
    const res = await api(server.url, "/statistics", { user: elin });
    assert.equal(res.status, 200);
    assert.equal(res.body.scope, "organisation");
    assert.deepEqual([...new Set(res.body.organisations.map((r: { organisationId: string }) => r.organisationId))], ["ale"]);
    assert.deepEqual(res.body.totals, []);
    assert.ok(!JSON.stringify(res.body).includes("Mölndal"));
    assert.equal((await api(server.url, "/statistics?organisationId=ale", { user: elin })).status, 200);
  });

  it("refuses a member another organisation's figures, in Swedish or English, and a bad organisation id", async () => {
    const sv = await api(server.url, "/statistics?organisationId=molndal", { user: elin });
    assert.equal(sv.status, 403);
    assert.equal(sv.body.error.code, "own_organisation_only");
    assert.equal(sv.body.error.message, "Du kan bara se statistiken för din egen organisation.");
    const en = await api(server.url, "/statistics?organisationId=molndal", { user: elin, headers: { "Accept-Language": "en" } });
    assert.equal(en.body.error.message, "You can only see the statistics of your own organisation.");
    assert.equal((await csv(elin, "?organisationId=molndal")).status, 403);
    assert.equal((await api(server.url, "/statistics?organisationId=%27%20or%201", { user: coordinator })).body.error.code, "invalid_organisation_id");
    assert.equal((await api(server.url, "/statistics", { user: users.stranger().aadObjectId })).status, 403);
  });

  it("lets the coordinator narrow to one organisation", async () => {
    const res = await api(server.url, "/statistics?organisationId=molndal", { user: coordinator });
    assert.deepEqual([...new Set(res.body.organisations.map((r: { organisationId: string }) => r.organisationId))], ["molndal"]);
  });

  it("exports CSV with a BOM, semicolons and Swedish headers; a member's file holds only their organisation", async () => {
    const all = await csv(coordinator);
    assert.equal(all.status, 200);
    assert.match(all.type ?? "", /text\/csv; charset=utf-8/);
    assert.deepEqual([...all.bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(all.bytes);
    assert.ok(text.includes("Termin;Organisation;Möten;Representerad;Närvarograd (%);Svar i tid;Ersättare;Inlägg aktuellt läge;I fokus\r\n"));
    assert.ok(text.includes("ht 2025;Ale;2;1;50;1;1;1;0\r\n"));
    assert.ok(text.includes("Hela nätverket"));
    const own = new TextDecoder().decode((await csv(teamsUser("Ida Holm").aadObjectId)).bytes);
    assert.ok(own.includes("ht 2025;Mölndal;2;2;100;0;0;0;0"));
    assert.ok(!own.includes("Ale") && !own.includes("Hela nätverket"));
  });
});
