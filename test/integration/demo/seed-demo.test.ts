import assert from "node:assert/strict";
import { PAST_MEETING_ID, pastAgenda, pastAttendance, pastRoundTable, upcomingAgenda } from "../../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID, demoMembers, demoOrganisations } from "../../../bot/src/demo/demo-network";
import { seedDemoData } from "../../../bot/src/demo/seed-demo";
import { fixedClock } from "../../../bot/src/domain/clock";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

describe("seeding the demo network (real Azurite)", () => {
  let storage: TestStorage;
  const clock = fixedClock("2026-03-02T09:00:00Z");
  const all = 1 + demoOrganisations.length + demoMembers.length + 2 + pastAgenda.length + upcomingAgenda.length + pastAttendance.length + pastRoundTable.length;

  before(async () => {
    storage = await startTestStorage();
  });
  after(() => storage.stop());

  it("creates every row of an empty store", async () => {
    assert.equal(await seedDemoData(storage.stores, clock), all);
    assert.equal((await storage.stores.members.list(DEMO_NETWORK_ID)).length, demoMembers.length);
    assert.equal((await storage.stores.agenda.list(PAST_MEETING_ID)).length, pastAgenda.length);
  });

  it("creates nothing twice when run again", async () => {
    assert.equal(await seedDemoData(storage.stores, clock), 0);
  });

  it("creates only what is missing when some rows of a partition are there", async () => {
    const member = demoMembers[3]!;
    await storage.stores.members.remove(DEMO_NETWORK_ID, member.aadObjectId);
    await storage.stores.agenda.remove(PAST_MEETING_ID, "0002");
    assert.equal(await seedDemoData(storage.stores, clock), 2);
    assert.ok(await storage.stores.members.get(DEMO_NETWORK_ID, member.aadObjectId));
    assert.equal((await storage.stores.agenda.list(PAST_MEETING_ID)).length, pastAgenda.length);
  });
});
