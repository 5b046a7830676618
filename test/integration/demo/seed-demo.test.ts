import assert from "node:assert/strict";
import { fixedClock } from "../../../bot/src/domain/clock";
import { seedDemoData } from "../../../bot/src/demo/seed-demo";
import { DEMO_NETWORK_ID, demoMembers } from "../../../bot/src/demo/demo-network";
import { PAST_MEETING_ID, UPCOMING_MEETING_ID, pastAgenda } from "../../../bot/src/demo/demo-meetings";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

describe("demo seed", () => {
  let storage: TestStorage;
  before(async () => (storage = await startTestStorage()));
  after(() => storage.stop());

  it("seeds the example organisations, ~25 fictional members, a past and an upcoming meeting", async () => {
    const created = await seedDemoData(storage.stores, fixedClock("2026-11-23T12:00:00Z"));
    assert.ok(created > 50);
    const { stores } = storage;
    const organisations = await stores.organisations.list(DEMO_NETWORK_ID);
    assert.equal(organisations.length, 19);
    assert.equal(organisations.filter((o) => o.value.kind === "kommun").length, 13);
    const members = await stores.members.list(DEMO_NETWORK_ID);
    assert.ok(members.length >= 20 && members.length <= 30);
    assert.equal(members.filter((m) => m.value.role === "coordinator").length, 1);
    const meetings = (await stores.meetings.list(DEMO_NETWORK_ID)).map((m) => m.value);
    assert.deepEqual(meetings.map((m) => m.id).sort(), [PAST_MEETING_ID, UPCOMING_MEETING_ID]);
    const upcoming = meetings.find((m) => m.id === UPCOMING_MEETING_ID)!;
    assert.ok(Date.parse(upcoming.startUtc) > Date.parse("2026-12-07T00:00:00Z"));
    assert.ok((await stores.attendance.list(PAST_MEETING_ID)).length > 10);
    assert.ok((await stores.roundTable.list(PAST_MEETING_ID)).length > 5);
    assert.equal((await stores.agenda.list(UPCOMING_MEETING_ID)).length, 4);
  });

  it("creates nothing the second time", async () => {
    assert.equal(await seedDemoData(storage.stores, fixedClock("2027-01-01T00:00:00Z")), 0);
    assert.equal((await storage.stores.meetings.list(DEMO_NETWORK_ID)).length, 2);
  });

  it("creates only what is missing when some rows of a partition are there", async () => {
    const member = demoMembers[3]!;
    await storage.stores.members.remove(DEMO_NETWORK_ID, member.aadObjectId);
    await storage.stores.agenda.remove(PAST_MEETING_ID, "0002");
    assert.equal(await seedDemoData(storage.stores, fixedClock("2027-01-01T00:00:00Z")), 2);
    assert.ok(await storage.stores.members.get(DEMO_NETWORK_ID, member.aadObjectId));
    assert.equal((await storage.stores.agenda.list(PAST_MEETING_ID)).length, pastAgenda.length);
  });
});
