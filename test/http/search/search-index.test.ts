import assert from "node:assert/strict";
import pino from "pino";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { PAST_MEETING_ID, UPCOMING_MEETING_ID } from "../../../bot/src/demo/demo-meetings";
import { SearchIndex } from "../../../bot/src/search/search-index";
import { StorageCallLog } from "../../../bot/src/storage/storage-calls";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { testClock } from "../../helpers/test-clock";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("search's index: one partition query per search, entries rebuilt where rows changed", () => {
  const calls = new StorageCallLog();
  const clock = testClock("2026-03-02T09:00:00Z");
  let server: TestServer;
  const coordinator = () => users.coordinator().aadObjectId;
  const member = () => users.aleMember().aadObjectId;
  const search = async (user: string, q: string): Promise<{ meetingId: string; kind: string; itemNumber?: number; organisationName?: string; snippet: string }[]> => {
    const res = await api(server.url, `/search?q=${encodeURIComponent(q)}`, { user });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.results;
  };
  const index = () => new SearchIndex(server.stores.searchIndex, clock, pino({ level: "silent" }));
  const roundTableEntry = async (organisationId: string) => (await server.stores.roundTable.get(PAST_MEETING_ID, organisationId))!;

  before(async () => {
    server = await startTestServer({ clock, observeStorage: calls.observe });
  });
  after(() => server.stop());

  it("answers a repeated search from the index: one query of it and no read of any meeting's rows", async () => {
    await search(member(), "kvällsgr");
    const from = calls.count;
    const results = await search(member(), "kvällsgr");
    assert.deepEqual(results.map((r) => [r.meetingId, r.kind, r.organisationName]), [[PAST_MEETING_ID, "round-table", "Alingsås"]]);
    const sent = calls.since(from);
    assert.deepEqual(sent.filter((c) => c.table === "meetingdata"), [], "no meeting partition was read");
    assert.equal(sent.filter((c) => c.table === "searchindex").length, 1, JSON.stringify(sent));
  });

  it("finds a round-table entry changed through the storage layer at once, and no longer its old text", async () => {
    await search(member(), "kvällsgr");
    const entry = await roundTableEntry("alingsas");
    await server.stores.roundTable.replace({ ...entry.value, text: "Alingsås startar en sommarskola för nyanlända." }, entry.etag);
    assert.deepEqual((await search(member(), "sommarskola")).map((r) => [r.meetingId, r.organisationName]), [[PAST_MEETING_ID, "Alingsås"]]);
    assert.deepEqual(await search(member(), "kvällsgr"), []);
  });

  it("finds an agenda title changed through the API", async () => {
    assert.equal((await search(coordinator(), "ljudböck")).length, 0);
    const res = await api(server.url, `/meetings/${UPCOMING_MEETING_ID}/agenda`, { user: coordinator(), method: "PUT", body: { items: [{ title: "Inledning" }, { title: "Ljudböcker i SFI" }] } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const found = (await search(coordinator(), "ljudböck")).filter((r) => r.kind === "agenda");
    assert.deepEqual(found.map((r) => [r.meetingId, r.itemNumber]), [[UPCOMING_MEETING_ID, 2]]);
  });

  it("does not keep an entry built from rows read before a change written meanwhile", async () => {
    await search(member(), "alingsås");
    const read = await index().read(DEMO_NETWORK_ID);
    const before = (await roundTableEntry("alingsas")).value.text;
    // The change lands after the index was read and before the (stale) entry is saved.
    const entry = await roundTableEntry("alingsas");
    await server.stores.roundTable.replace({ ...entry.value, text: "Alingsås har öppnat ett språkcafé." }, entry.etag);
    await index().save(DEMO_NETWORK_ID, PAST_MEETING_ID, read.gen(PAST_MEETING_ID), {
      published: false, approverIds: [], units: [{ kind: "round-table", organisationId: "alingsas", text: before }],
    });
    assert.deepEqual((await search(member(), "språkcafé")).map((r) => r.organisationName), ["Alingsås"]);
  });

  it("uses a current entry as it is, and rebuilds it once it is a day old even without a change", async () => {
    await search(member(), "alingsås");
    const read = await index().read(DEMO_NETWORK_ID);
    await index().save(DEMO_NETWORK_ID, PAST_MEETING_ID, read.gen(PAST_MEETING_ID), {
      published: false, approverIds: [], units: [{ kind: "agenda", itemNumber: 9, text: "Planterat ord zygomorf" }],
    });
    assert.deepEqual((await search(member(), "zygomorf")).map((r) => [r.meetingId, r.itemNumber]), [[PAST_MEETING_ID, 9]], "the index entry is what search reads");
    clock.advance(25 * 3600_000);
    assert.deepEqual(await search(member(), "zygomorf"), []);
    assert.equal((await search(member(), "språkcafé")).length, 1);
  });

  it("reads a draft from the meeting for those who may read it, after a member's search built the entry", async () => {
    const draftText = "Mottagandet av kvotflyktingar diskuterades.";
    const minutes = await server.stores.agenda.get(PAST_MEETING_ID, "0002");
    await server.stores.agenda.replace({ ...minutes!.value, notes: draftText }, minutes!.etag);
    assert.ok((await search(member(), "kvotflyktingar")).every((r) => r.kind !== "minutes"), "a member does not see the draft");
    const forSecretary = await search(users.secretary().aadObjectId, "kvotflyktingar");
    assert.ok(forSecretary.some((r) => r.kind === "minutes" && r.itemNumber === 2), JSON.stringify(forSecretary));
  });

  it("shows the draft to a member once named approver (the entry built before is not used for it)", async () => {
    assert.ok((await search(member(), "kvotflyktingar")).every((r) => r.kind !== "minutes"));
    const named = await api(server.url, `/meetings/${PAST_MEETING_ID}/minutes/approvers`, { user: coordinator(), method: "PUT", body: { approverIds: [member()] } });
    assert.equal(named.status, 200, JSON.stringify(named.body));
    assert.ok((await search(member(), "kvotflyktingar")).some((r) => r.kind === "minutes" && r.itemNumber === 2));
    assert.ok((await search(users.molndalMember().aadObjectId, "kvotflyktingar")).every((r) => r.kind !== "minutes"), "another member still does not");
  });

  it("clears the index rows of a meeting that no longer exists", async () => {
    const meeting = (await server.stores.meetings.get(DEMO_NETWORK_ID, UPCOMING_MEETING_ID))!;
    await search(coordinator(), "inledning");
    assert.ok((await server.stores.searchIndex.list(DEMO_NETWORK_ID)).some((r) => r.value.meetingId === UPCOMING_MEETING_ID));
    await server.stores.meetings.remove(DEMO_NETWORK_ID, UPCOMING_MEETING_ID);
    assert.ok((await search(coordinator(), "inledning")).every((r) => r.meetingId !== UPCOMING_MEETING_ID));
    assert.deepEqual((await server.stores.searchIndex.list(DEMO_NETWORK_ID)).filter((r) => r.value.meetingId === UPCOMING_MEETING_ID), []);
    await server.stores.meetings.create(meeting.value);
  });
});
