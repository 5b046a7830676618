import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { testMeeting, updateMeeting } from "../../helpers/round-table-fixtures";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("round-table API", () => {
  let server: TestServer;
  const meetingId = "rt-api";
  const ale = users.aleMember().aadObjectId;
  const fatima = teamsUser("Fatima Nordin").aadObjectId;
  const oskar = teamsUser("Oskar Lindqvist").aadObjectId;
  const secretary = users.secretary().aadObjectId;
  const coordinator = users.coordinator().aadObjectId;
  const put = (user: string, orgId: string, body: unknown, etag?: string, id = meetingId) =>
    api(server.url, `/meetings/${id}/round-table/${orgId}`, { user, method: "PUT", body, headers: etag ? { "If-Match": etag } : {} });

  before(async () => {
    server = await startTestServer();
    await server.stores.meetings.create(testMeeting(meetingId, new Date(Date.now() + 3 * 86_400_000).toISOString()));
  });
  after(() => server.stop());

  it("lists the past meeting's entries in round-table order with eTags, and the walk", async () => {
    const res = await api(server.url, "/meetings/demo-2025-03-12/round-table", { user: ale });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.entries.slice(0, 3).map((e: { organisationName: string }) => e.organisationName), ["Ale", "Alingsås", "Göteborgs Stad"]);
    assert.ok(res.body.entries.every((e: { etag: string }) => e.etag.length > 0));
    assert.equal(res.body.walk.length, 13);
    assert.equal(res.body.walk[0].round, "kommuner");
  });

  it("skips nobody while no one's presence is recorded yet", async () => {
    const res = await api(server.url, `/meetings/${meetingId}/round-table`, { user: ale });
    assert.equal(res.body.status, "not-started");
    assert.ok(res.body.walk.every((s: { status: string }) => s.status === "left"));
  });

  it("lets a member write their organisation's first entry without If-Match, submitted before the meeting", async () => {
    const res = await put(ale, "ale", { text: "Två nya familjer anvisade." });
    assert.equal(res.status, 200);
    assert.equal(res.body.entry.text, "Två nya familjer anvisade.");
    assert.equal(res.body.entry.submitted, "before");
    assert.equal(res.body.entry.reporterName, "Elin Bergqvist");
    assert.ok(res.body.etag);
  });

  it("answers a stale If-Match with 409 and the current text, and changes nothing", async () => {
    const current = (await api(server.url, `/meetings/${meetingId}/round-table`, { user: ale })).body.entries.find((e: { organisationId: string }) => e.organisationId === "ale");
    const res = await put(ale, "ale", { text: "Skriver över" }, 'W/"datetime\'2000-01-01T00%3A00%3A00Z\'"');
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "concurrent_update");
    assert.equal(res.body.error.current.text, "Två nya familjer anvisade.");
    assert.equal(res.body.error.current.etag, current.etag);
    const missing = await put(ale, "ale", { text: "Utan eTag" });
    assert.equal(missing.status, 409);
    assert.equal((await server.stores.roundTable.get(meetingId, "ale"))!.value.text, "Två nya familjer anvisade.");
  });

  it("two members of the same municipality editing at once: one gets the conflict, nothing lost", async () => {
    const first = await put(fatima, "goteborg", { text: "Utgångsläge." });
    const [a, b] = await Promise.all([
      put(fatima, "goteborg", { text: "Fatimas version." }, first.body.etag),
      put(oskar, "goteborg", { text: "Oskars version." }, first.body.etag),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    assert.equal(loser.body.error.current.text, winner.body.entry.text);
    assert.equal((await server.stores.roundTable.get(meetingId, "goteborg"))!.value.text, winner.body.entry.text);
    const versions = await api(server.url, `/meetings/${meetingId}/round-table/goteborg/versions`, { user: oskar });
    assert.deepEqual(versions.body.versions.map((v: { text: string }) => v.text), ["Utgångsläge."]);
  });

  it("two first entries at once: one is created, the other gets 409 with it", async () => {
    const erik = teamsUser("Erik Nyström").aadObjectId;
    const henrik = teamsUser("Henrik Sundberg").aadObjectId;
    const results = await Promise.all([put(erik, "kungsbacka", { text: "Eriks text." }), put(henrik, "kungsbacka", { text: "Henriks text." })]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    assert.equal(loser.body.error.current.text, (await server.stores.roundTable.get(meetingId, "kungsbacka"))!.value.text);
  });

  it("refuses a member of Ale editing Mölndal's entry with 403 and writes nothing", async () => {
    const res = await put(ale, "molndal", { text: "Ale skriver för Mölndal." });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, "not_your_organisation");
    assert.match(res.body.error.message, /Mölndal/);
    assert.equal(await server.stores.roundTable.get(meetingId, "molndal"), undefined);
  });

  it("lets the meeting's secretary edit any entry and keeps the previous version with who and when", async () => {
    const current = await api(server.url, `/meetings/${meetingId}/round-table`, { user: secretary });
    const etag = current.body.entries.find((e: { organisationId: string }) => e.organisationId === "ale").etag;
    const res = await put(secretary, "ale", { text: "Två nya familjer anvisade under våren." }, etag);
    assert.equal(res.status, 200);
    assert.equal(res.body.entry.reporterName, "Emma Strand");
    const versions = await api(server.url, `/meetings/${meetingId}/round-table/ale/versions`, { user: ale });
    assert.equal(versions.body.versions[0].text, "Två nya familjer anvisade.");
    assert.equal(versions.body.versions[0].reporterName, "Elin Bergqvist");
    assert.equal(versions.body.versions[0].replacedByName, "Emma Strand");
    assert.ok(versions.body.versions[0].replacedAt);
  });

  it("treats empty text as 'inget att rapportera' and strips control characters", async () => {
    const lerum = users.chair().aadObjectId;
    assert.equal((await put(lerum, "lerum", { text: "   " })).body.entry.text, "Inget att rapportera.");
    const tjorn = teamsUser("Anders Björk").aadObjectId;
    assert.equal((await put(tjorn, "tjorn", { text: "Rad ett\u0007\nRad två\u0000" })).body.entry.text, "Rad ett\nRad två");
  });

  it("refuses text over 8,000 characters naming the limit, and stores nothing", async () => {
    const partille = teamsUser("Maria Falk").aadObjectId;
    const res = await put(partille, "partille", { text: "x".repeat(8001) });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, "text_too_long");
    assert.match(res.body.error.message, /8000/);
    assert.equal(await server.stores.roundTable.get(meetingId, "partille"), undefined);
  });

  it("answers 404 for an unknown organisation or meeting, 400 for a malformed body, 403 for a stranger", async () => {
    assert.equal((await put(coordinator, "no-such-org", { text: "x" })).status, 404);
    assert.equal((await put(ale, "ale", { text: "x" }, undefined, "no-such-meeting")).status, 404);
    assert.equal((await api(server.url, "/meetings/no-such-meeting/round-table", { user: ale })).status, 404);
    assert.equal((await api(server.url, "/organisations/no-such-org/round-table", { user: ale })).status, 404);
    assert.equal((await put(ale, "ale", { words: "x" })).status, 400);
    assert.equal((await put(users.stranger().aadObjectId, "ale", { text: "x" })).status, 403);
  });

  it("lists an organisation's history across two meetings, newest first", async () => {
    const res = await api(server.url, "/organisations/ale/round-table", { user: users.molndalMember().aadObjectId });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.entries.map((e: { meetingId: string }) => e.meetingId), [meetingId, "demo-2025-03-12"]);
    assert.equal(res.body.entries[0].text, "Två nya familjer anvisade under våren.");
    assert.equal(res.body.entries[1].text, "Två nya familjer anvisade under våren, boendefrågan är löst med korttidskontrakt.");
    assert.ok(res.body.entries[1].meetingTitle && res.body.entries[1].startUtc);
  });

  it("lets the coordinator configure the structured questions, which entries then answer", async () => {
    assert.deepEqual((await api(server.url, "/round-table/questions", { user: ale })).body.questions, []);
    const refused = await api(server.url, "/round-table/questions", { user: ale, method: "PUT", body: { questions: ["x"] } });
    assert.equal(refused.status, 403);
    const saved = await api(server.url, "/round-table/questions", { user: coordinator, method: "PUT", body: { questions: ["Anvisade hittills i år", "Aktuella projekt", "Behov av stöd"] } });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.questions.length, 3);
    const harryda = teamsUser("Sara Wikström").aadObjectId;
    const res = await put(harryda, "harryda", { text: "Läget är lugnt.", fields: { "Anvisade hittills i år": "12", "Behov av stöd": "" } });
    assert.deepEqual(res.body.entry.fields, { "Anvisade hittills i år": "12" });
    const kept = await put(harryda, "harryda", { text: "Läget är fortsatt lugnt." }, res.body.etag);
    assert.deepEqual(kept.body.entry.fields, { "Anvisade hittills i år": "12" });
    const unknown = await put(harryda, "harryda", { text: "x", fields: { Okänd: "1" } }, kept.body.etag);
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, "unknown_field");
  });

  it("lets only the coordinator include agencies (Omvärldsbevakning) for a meeting", async () => {
    const path = `/meetings/${meetingId}/round-table/settings`;
    assert.equal((await api(server.url, path, { user: users.chair().aadObjectId, method: "PUT", body: { includeAgencies: true } })).status, 403);
    assert.equal((await api(server.url, path, { user: coordinator, method: "PUT", body: { includeAgencies: "yes" } })).status, 400);
    const res = await api(server.url, path, { user: coordinator, method: "PUT", body: { includeAgencies: true } });
    assert.deepEqual(res.body, { meetingId, includeAgencies: true });
    const walk = (await api(server.url, `/meetings/${meetingId}/round-table`, { user: ale })).body.walk;
    assert.deepEqual(walk.filter((s: { round: string }) => s.round === "omvarldsbevakning").map((s: { organisationName: string }) => s.organisationName), ["Arbetsförmedlingen", "Länsstyrelsen", "Migrationsverket", "VGR"]);
  });

  it("after the minutes are published, only the secretary may edit, and a member is refused", async () => {
    await updateMeeting(server.stores, meetingId, { status: "published" });
    const etag = (await server.stores.roundTable.get(meetingId, "ale"))!.etag;
    const refused = await put(ale, "ale", { text: "Sen ändring." }, etag);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, "minutes_published");
    const allowed = await put(secretary, "ale", { text: "Rättelse efter publicering." }, etag);
    assert.equal(allowed.status, 200);
    assert.equal(allowed.body.entry.submitted, "after");
  });
});
