import assert from "node:assert/strict";
import { inReadScope } from "../../../bot/src/storage/read-scope";
import { StorageCallLog } from "../../../bot/src/storage/storage-calls";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

describe("a read scope: one partition query for a request's reads, nothing stale after a write (real Azurite)", () => {
  let storage: TestStorage;
  const calls = new StorageCallLog();
  const item = (number: number, title = `Punkt ${number}`) => ({ meetingId: "rs1", number, title, presenters: [], decisions: [], actions: [] });

  before(async () => {
    storage = await startTestStorage({ observe: calls.observe });
    await storage.stores.agenda.create(item(1));
    await storage.stores.agenda.create(item(2));
    await storage.stores.attendance.create({ meetingId: "rs1", personId: "p1", name: "Testperson", organisationId: "o1", organisationName: "Kommun", guest: false, status: "present", items: [], source: "chair", at: "2025-03-12T08:00:00.000Z" });
  });
  after(() => storage.stop());

  it("answers list, get, between and partition reads of preloaded kinds from the one query, as the store would", async () => {
    const { stores } = storage;
    const fresh = { list: await stores.agenda.list("rs1"), get: await stores.agenda.get("rs1", "0002"), missing: await stores.agenda.get("rs1", "0009"), between: await stores.agenda.between("rs1", "0001", "0002"), rows: await stores.meetingPartition.read("rs1", ["agenda", "attendance"], { only: { agenda: "0001" } }) };
    const from = calls.count;
    const scoped = await inReadScope(async () => {
      await stores.meetingPartition.preload("rs1", ["agenda", "attendance", "minutes"]);
      return { list: await stores.agenda.list("rs1"), get: await stores.agenda.get("rs1", "0002"), missing: await stores.agenda.get("rs1", "0009"), between: await stores.agenda.between("rs1", "0001", "0002"), rows: await stores.meetingPartition.read("rs1", ["agenda", "attendance"], { only: { agenda: "0001" } }) };
    });
    assert.deepEqual(scoped, fresh);
    assert.equal(calls.count - from, 1);
  });

  it("sends a repeated read once, and a kind that was not preloaded to the store", async () => {
    await storage.stores.members.list("n1"); // the table is created on first use: not counted below
    const from = calls.count;
    await inReadScope(async () => {
      await Promise.all([storage.stores.members.list("n1"), storage.stores.members.list("n1"), storage.stores.answers.list("rs1")]);
    });
    assert.equal(calls.count - from, 2);
  });

  it("forgets what it kept when something is written in it, and reads fresh afterwards", async () => {
    const { stores } = storage;
    const titles = await inReadScope(async () => {
      await stores.meetingPartition.preload("rs1", ["agenda"]);
      const before = (await stores.agenda.get("rs1", "0001"))!;
      await stores.agenda.replace(item(1, "Ny rubrik"), before.etag);
      return [before.value.title, (await stores.agenda.get("rs1", "0001"))!.value.title, (await stores.agenda.list("rs1"))[0]!.value.title];
    });
    assert.deepEqual(titles, ["Punkt 1", "Ny rubrik", "Ny rubrik"]);
  });

  it("keeps nothing outside a scope: the same read twice is sent twice", async () => {
    const from = calls.count;
    await storage.stores.agenda.list("rs1");
    await storage.stores.agenda.list("rs1");
    assert.equal(calls.count - from, 2);
  });
});
