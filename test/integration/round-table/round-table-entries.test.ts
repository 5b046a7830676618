import assert from "node:assert/strict";
import { Writable } from "node:stream";
import pino from "pino";
import { DEMO_NETWORK_ID, demoMember, demoOrganisations } from "../../../bot/src/demo/demo-network";
import { fixedClock } from "../../../bot/src/domain/clock";
import { seedDemoData } from "../../../bot/src/demo/seed-demo";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { RoundTableEntries } from "../../../bot/src/round-table/round-table-entries";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";
import { testMeeting } from "../../helpers/round-table-fixtures";

describe("round-table entries in Table Storage", () => {
  let storage: TestStorage;
  let logLines: Record<string, unknown>[];
  let entries: RoundTableEntries;
  const ale = demoOrganisations.find((o) => o.id === "ale")!;
  const write = (meeting: Meeting, editorName: string, text: string, ifMatch?: string) =>
    entries.write({ meeting, organisation: ale, editor: demoMember(editorName), text, ifMatch, now: new Date("2030-01-01T00:00:00Z"), language: "sv" });

  beforeEach(async () => {
    storage = await startTestStorage();
    await seedDemoData(storage.stores, fixedClock("2029-12-01T00:00:00Z"));
    logLines = [];
    const sink = new Writable({ write: (chunk, _enc, done) => { logLines.push(JSON.parse(String(chunk))); done(); } });
    entries = new RoundTableEntries(storage.stores, pino({ level: "info" }, sink));
  });
  afterEach(() => storage.stop());

  it("logs an edit made after the minutes were published, naming who", async () => {
    const meeting = testMeeting("rt-published", "2030-01-10T08:00:00Z", { status: "published" });
    await storage.stores.meetings.create(meeting);
    const first = await write(meeting, "Emma Strand", "Första.");
    await write(meeting, "Emma Strand", "Rättad.", first.etag);
    const logged = logLines.filter((l) => l.msg === "round-table entry edited after the minutes were published");
    assert.equal(logged.length, 2);
    assert.equal(logged[0]!.editorId, demoMember("Emma Strand").aadObjectId);
    assert.equal(logged[0]!.meetingId, "rt-published");
  });

  it("keeps no version and writes nothing when the text did not change", async () => {
    const meeting = testMeeting("rt-same", "2030-01-10T08:00:00Z");
    await storage.stores.meetings.create(meeting);
    const first = await write(meeting, "Elin Bergqvist", "Samma.");
    const again = await write(meeting, "Elin Bergqvist", "Samma.", first.etag);
    assert.equal(again.etag, first.etag);
    assert.deepEqual(await entries.versions("rt-same", "ale"), []);
  });

  it("lists history only from the organisation's own network, newest first", async () => {
    const mine = testMeeting("rt-h1", "2030-01-10T08:00:00Z");
    const foreign = testMeeting("rt-foreign", "2030-02-10T08:00:00Z", { networkId: "another-network" });
    await storage.stores.meetings.create(mine);
    await storage.stores.meetings.create(foreign);
    await write(mine, "Elin Bergqvist", "Januari.");
    await storage.stores.roundTable.create({ meetingId: "rt-foreign", organisationId: "ale", reporterId: "x", reporterName: "X", text: "Annat nätverk.", fields: {}, submitted: "before", updatedAt: "2030-02-01T00:00:00Z" });
    const history = await entries.history(DEMO_NETWORK_ID, "ale");
    assert.deepEqual(history.map((h) => h.meeting.id), ["rt-h1", "demo-2025-03-12"]);
  });
});
