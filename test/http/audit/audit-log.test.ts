import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { minutesPath, NETWORK, PAST, people, putItem } from "../../helpers/minutes-api";
import { testClock } from "../../helpers/test-clock";
import { startTestServer, type TestServer } from "../../helpers/test-server";
import { UPCOMING_MEETING_ID } from "../../../bot/src/demo/demo-meetings";

type Entry = { action: string; actorId: string; actorName: string; at: string; meetingId?: string; target: string; changes: { field: string; before?: string; after?: string }[] };

describe("audit log: each audited change leaves one entry with actor and time", () => {
  let server: TestServer;
  // Any moment works: entries are read back by the clock's own time.
  const clock = testClock("2026-04-20T08:00:00Z");
  const coordinator = people.coordinator();
  const audit = async (query = "") => (await api(server.url, `/audit?from=2000-01-01${query}`, { user: coordinator })).body.entries as Entry[];
  const entriesAfter = async (count: number) => (await audit()).slice(count);

  before(async () => (server = await startTestServer({ clock })));
  after(() => server.stop());

  it("records a chair's attendance correction once, with before and after", async () => {
    const before = (await audit()).length;
    clock.advance(60_000);
    const res = await api(server.url, `/meetings/${PAST}/attendance/${users.molndalMember().aadObjectId}`, { user: users.chair().aadObjectId, method: "PUT", body: { status: "absent" } });
    assert.equal(res.status, 200);
    const added = await entriesAfter(before);
    assert.equal(added.length, 1);
    assert.equal(added[0]!.action, "attendance.mark");
    assert.equal(added[0]!.actorId, users.chair().aadObjectId);
    assert.equal(added[0]!.actorName, "Lena Forsberg");
    assert.equal(added[0]!.at, clock.now().toISOString());
    assert.equal(added[0]!.meetingId, PAST);
    assert.deepEqual(added[0]!.changes.find((c) => c.field === "status"), { field: "status", before: "present", after: "absent" });
  });

  it("records a minutes edit by its length only, never the text", async () => {
    const before = (await audit()).length;
    clock.advance(60_000);
    assert.equal((await putItem(server, 3, { notes: "Hemlig anteckning om grupperna" })).status, 200);
    const added = await entriesAfter(before);
    assert.equal(added.length, 1);
    assert.equal(added[0]!.action, "minutes.edit");
    assert.equal(added[0]!.actorId, people.secretary());
    assert.equal(added[0]!.target, "3");
    assert.ok(!JSON.stringify(added[0]).includes("Hemlig"));
    assert.match(added[0]!.changes[0]!.after!, /^30 tecken$/);
  });

  it("records approvers, an approval and the publishing, each once", async () => {
    const before = (await audit()).length;
    clock.advance(60_000);
    assert.equal((await api(server.url, `${minutesPath}/approvers`, { user: coordinator, method: "PUT", body: { approverIds: [users.chair().aadObjectId] } })).status, 200);
    assert.equal((await api(server.url, `${minutesPath}/approve`, { user: users.chair().aadObjectId, method: "POST" })).status, 200);
    const added = await entriesAfter(before);
    assert.deepEqual(added.map((e) => e.action), ["minutes.approvers", "minutes.approve", "minutes.publish"]);
    assert.deepEqual(added[0]!.changes, [{ field: "approvers", after: "Lena Forsberg" }]);
    assert.equal(added[2]!.actorId, users.chair().aadObjectId);
  });

  it("records a correction after publishing with its change note", async () => {
    const before = (await audit()).length;
    clock.advance(60_000);
    const res = await putItem(server, 3, { notes: "Rättad text", changeNote: "Stavfel" });
    assert.equal(res.status, 200);
    const added = await entriesAfter(before);
    assert.deepEqual(added.map((e) => e.action), ["minutes.correct", "minutes.publish"]);
    assert.ok(added[0]!.changes.some((c) => c.field === "changeNote" && c.after === "Stavfel"));
    assert.deepEqual(added[1]!.changes[0], { field: "version", before: "1", after: "2" });
  });

  it("records the agenda and the meeting's roles (chair, secretary) by name", async () => {
    const before = (await audit()).length;
    clock.advance(60_000);
    const agenda = await api(server.url, `/meetings/${UPCOMING_MEETING_ID}/agenda`, { user: coordinator, method: "PUT", body: { items: [{ title: "Inledning" }, { title: "Ny punkt" }] } });
    assert.equal(agenda.status, 200);
    const meeting = await api(server.url, `/meetings/${UPCOMING_MEETING_ID}`, { user: coordinator, method: "PUT", body: { chairId: users.aleMember().aadObjectId } });
    assert.equal(meeting.status, 200);
    const added = await entriesAfter(before);
    assert.deepEqual(added.map((e) => e.action), ["agenda.replace", "meeting.update"]);
    assert.ok(added[0]!.changes.some((c) => c.field === "punkt 2" && c.after === "Ny punkt"));
    assert.deepEqual(added[1]!.changes, [{ field: "chair", before: "Lena Forsberg", after: "Elin Bergqvist" }]);
  });

  it("records membership changes (role, active)", async () => {
    const before = (await audit()).length;
    const ida = users.molndalMember().aadObjectId;
    const current = (await server.stores.members.get(NETWORK, ida))!.value;
    const res = await api(server.url, `/members/${ida}`, { user: coordinator, method: "PUT", body: { displayName: current.displayName, email: current.email, organisationId: current.organisationId, role: "member", active: false } });
    assert.equal(res.status, 200);
    const added = await entriesAfter(before);
    assert.equal(added.length, 1);
    assert.equal(added[0]!.action, "member.update");
    assert.deepEqual(added[0]!.changes, [{ field: "active", before: "true", after: "false" }]);
  });

  it("records a meeting created and cancelled, a member added and an action point done", async () => {
    const before = (await audit()).length;
    const date = new Date(clock.now().getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
    const created = await api(server.url, "/meetings", { user: coordinator, method: "POST", body: { title: "Extramöte", date, startTime: "09:00", endTime: "10:00", form: "digital", place: "Digitalt via Teams", secretaryId: people.secretary(), agenda: [{ title: "Inledning" }] } });
    assert.equal(created.status, 201);
    assert.equal((await api(server.url, `/meetings/${created.body.id}/cancel`, { user: coordinator, method: "POST" })).status, 200);
    const ida = (await server.stores.members.get(NETWORK, users.molndalMember().aadObjectId))!.value;
    const added = await api(server.url, "/members", { user: coordinator, method: "POST", body: { aadObjectId: "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", displayName: "Sara Lindgren", email: "sara.lindgren@example.org", organisationId: ida.organisationId, role: "member" } });
    assert.equal(added.status, 201);
    assert.equal((await api(server.url, `${minutesPath}/actions/a1`, { user: people.secretary(), method: "PUT", body: { done: true } })).status, 200);
    const entries = await entriesAfter(before);
    assert.deepEqual(entries.map((e) => e.action), ["meeting.create", "meeting.cancel", "member.add", "minutes.action"]);
    assert.ok(entries[0]!.changes.some((c) => c.field === "secretary" && c.after === "Emma Strand"));
    assert.deepEqual(entries[1]!.changes, [{ field: "status", before: "draft", after: "cancelled" }]);
    assert.ok(entries[2]!.changes.some((c) => c.field === "displayName" && c.after === "Sara Lindgren"));
    assert.equal(entries[3]!.changes[0]!.after, "true");
  });

  it("records a member admitted from a join request, by the approving coordinator", async () => {
    const before = (await audit()).length;
    const applicant = "6c7d8e9f-0a1b-4c2d-8e3f-405162738495";
    assert.equal((await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { organisationId: "ale" } })).status, 201);
    assert.equal((await api(server.url, `/join-requests/${applicant}/approve`, { user: coordinator, method: "POST", body: {} })).status, 200);
    const entries = await entriesAfter(before);
    assert.deepEqual(entries.map((e) => [e.action, e.actorId, e.target]), [["member.add", coordinator, applicant]]);
  });

  it("leaves no entry for a refused or failed change", async () => {
    const before = (await audit()).length;
    assert.equal((await putItem(server, 2, { notes: "x" }, { etag: 'W/"datetime\'2020-01-01T00%3A00%3A00Z\'"' })).status, 409);
    assert.equal((await api(server.url, `/meetings/${PAST}/attendance/x`, { user: users.aleMember().aadObjectId, method: "PUT", body: { status: "absent" } })).status, 403);
    assert.equal((await audit()).length, before);
  });

  it("filters by meeting and period, and exports CSV and JSON downloads", async () => {
    const all = await audit();
    const past = await audit(`&meetingId=${PAST}`);
    assert.ok(past.length > 0 && past.length < all.length && past.every((e) => e.meetingId === PAST));
    const none = await api(server.url, "/audit?from=2000-01-01&to=2000-01-02", { user: coordinator });
    assert.deepEqual(none.body.entries, []);
    const csv = await fetch(`${server.url}/api/v1/audit?from=2000-01-01&format=csv`, { headers: { "X-Dev-User": coordinator } });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get("content-type")!, /^text\/csv/);
    assert.match(csv.headers.get("content-disposition")!, /attachment; filename="handelselogg-.*\.csv"/);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    assert.equal(lines[0], "tid (UTC);vem;vems id;händelse;möte;gäller;namn;ändringar");
    assert.equal(lines.length, all.length + 1);
    assert.ok(lines.some((l) => l.includes("Närvaro ändrad") && l.includes("status: present → absent")));
    const json = await fetch(`${server.url}/api/v1/audit?from=2000-01-01&format=json`, { headers: { "X-Dev-User": coordinator } });
    assert.match(json.headers.get("content-disposition")!, /handelselogg-.*\.json/);
    assert.equal(((await json.json()) as { entries: unknown[] }).entries.length, all.length);
  });

  it("refuses everyone but the coordinator, and bad dates, with clear errors", async () => {
    for (const user of [people.secretary(), users.chair().aadObjectId, users.aleMember().aadObjectId]) {
      const res = await api(server.url, "/audit", { user });
      assert.equal(res.status, 403);
      assert.equal(res.body.error.code, "coordinator_only");
    }
    assert.equal((await api(server.url, "/audit", { user: users.stranger().aadObjectId })).body.error.code, "not_a_member");
    const bad = await api(server.url, "/audit?from=igår", { user: coordinator });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, "invalid_date");
    assert.match(bad.body.error.message, /ÅÅÅÅ-MM-DD/);
    const english = await api(server.url, "/audit?to=2026-13-45", { user: coordinator, headers: { "Accept-Language": "en" } });
    assert.equal(english.body.error.code, "invalid_date");
    assert.match(english.body.error.message, /YYYY-MM-DD/);
    const reversed = await api(server.url, "/audit?from=2026-05-01&to=2026-04-01", { user: coordinator });
    assert.equal(reversed.body.error.code, "invalid_period");
    assert.equal((await api(server.url, "/audit?format=xml", { user: coordinator })).status, 400);
    const unknown = await api(server.url, "/audit?meetingId=finns-inte", { user: coordinator });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, "meeting_not_found");
  });
});
