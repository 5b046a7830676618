import assert from "node:assert/strict";
import { TableClient } from "@azure/data-tables";
import { EntityTable } from "../../../bot/src/storage/entity-table";
import { withConflictRetry } from "../../../bot/src/storage/retry";
import { AlreadyExistsError, ConcurrencyError, EntityTooLargeError } from "../../../bot/src/storage/storage-errors";
import { TableService } from "../../../bot/src/storage/table-service";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

interface Note {
  group: string;
  id: string;
  text: string;
  count: number;
}

describe("EntityTable against real Azurite", () => {
  let storage: TestStorage;
  let service: TableService;
  let notes: EntityTable<Note>;

  before(async () => {
    storage = await startTestStorage();
    // 1,100 concurrent writes below queue up for longer than a production request may wait.
    service = new TableService({ kind: "connection-string", connectionString: storage.connectionString }, 60_000);
    notes = new EntityTable<Note>(service, { table: "notes", prefix: "note", partitionKey: (n) => n.group, rowKey: (n) => n.id, index: (n) => ({ noteId: n.id }) });
  });
  after(() => storage.stop());

  it("creates its table on first use", async () => {
    const raw = TableClient.fromConnectionString(storage.connectionString, "lazytable", { allowInsecureConnection: true });
    const lazy = new EntityTable<Note>(service, { table: "lazytable", partitionKey: (n) => n.group, rowKey: (n) => n.id });
    await assert.rejects(() => raw.getEntity("g", "x"), (e: { statusCode?: number }) => e.statusCode === 404);
    await lazy.create({ group: "g", id: "x", text: "t", count: 0 });
    assert.equal((await raw.getEntity("g", "x")).partitionKey, "g");
  });

  it("stores keys with every forbidden character and reads them back", async () => {
    const nasty = ["a/b", "a\\b", "a#b", "a?b", "tab\there", "nul\u0000", "del\u007F", "c1\u0085", "~7E", "x".repeat(1500)];
    for (const [i, id] of nasty.entries()) {
      await notes.create({ group: `grupp/${i}#?`, id, text: id, count: i });
      const back = await notes.get(`grupp/${i}#?`, id);
      assert.equal(back?.value.text, id);
    }
  });

  it("lists only its own kind in a shared partition, across pages", async () => {
    const others = new EntityTable<Note>(service, { table: "notes", prefix: "other", partitionKey: (n) => n.group, rowKey: (n) => n.id });
    await Promise.all(Array.from({ length: 1100 }, (_, i) => notes.create({ group: "many", id: String(i).padStart(5, "0"), text: "", count: i })));
    await others.create({ group: "many", id: "zzz", text: "", count: 0 });
    const listed = await notes.list("many");
    assert.equal(listed.length, 1100);
    assert.equal((await others.list("many")).length, 1);
  });

  it("refuses a second create with AlreadyExistsError", async () => {
    await notes.create({ group: "g", id: "dup", text: "first", count: 1 });
    await assert.rejects(() => notes.create({ group: "g", id: "dup", text: "second", count: 2 }), AlreadyExistsError);
    assert.equal((await notes.get("g", "dup"))?.value.text, "first");
  });

  it("refuses a replace with a stale eTag and keeps the newer value", async () => {
    const created = await notes.create({ group: "g", id: "etag", text: "v1", count: 1 });
    await notes.replace({ ...created.value, text: "v2" }, created.etag);
    await assert.rejects(() => notes.replace({ ...created.value, text: "stale" }, created.etag), ConcurrencyError);
    assert.equal((await notes.get("g", "etag"))?.value.text, "v2");
  });

  it("loses no increment when 30 writers race, thanks to the retry helper", async () => {
    await notes.create({ group: "g", id: "counter", text: "", count: 0 });
    await Promise.all(Array.from({ length: 30 }, () =>
      withConflictRetry(async () => {
        const current = (await notes.get("g", "counter"))!;
        await notes.replace({ ...current.value, count: current.value.count + 1 }, current.etag);
      }, 100)));
    assert.equal((await notes.get("g", "counter"))?.value.count, 30);
  });

  it("stores text over the 64 KiB property limit by splitting it", async () => {
    const text = "Kommunen har tagit emot två familjer och ökat stödet. ".repeat(3000);
    await notes.create({ group: "g", id: "long", text, count: 0 });
    const back = (await notes.get("g", "long"))?.value.text ?? "";
    assert.equal(back.length, text.length);
    assert.ok(back === text, "text changed on the way");
  });

  it("refuses a value over the entity limit with a clear typed error and writes nothing", async () => {
    await assert.rejects(() => notes.create({ group: "g", id: "huge", text: "x".repeat(600_000), count: 0 }), EntityTooLargeError);
    assert.equal(await notes.get("g", "huge"), undefined);
  });

  it("finds values by an indexed property across partitions", async () => {
    await notes.create({ group: "p1", id: "findme", text: "", count: 0 });
    const found = await notes.where("noteId", "findme");
    assert.deepEqual(found.map((f) => f.value.group), ["p1"]);
  });

  it("deletes, and deleting twice is fine", async () => {
    await notes.create({ group: "g", id: "gone", text: "", count: 0 });
    await notes.remove("g", "gone");
    await notes.remove("g", "gone");
    assert.equal(await notes.get("g", "gone"), undefined);
  });

  it("answers a batch with each row's stored eTag, also for the rows it replaced or touched", async () => {
    const kept = await notes.create({ group: "batch", id: "kept", text: "a", count: 0 });
    const touched = await notes.create({ group: "batch", id: "touched", text: "b", count: 0 });
    const etags = await notes.batch("batch", [
      { kind: "create", value: { group: "batch", id: "new", text: "c", count: 0 } },
      { kind: "replace", value: { group: "batch", id: "kept", text: "a2", count: 1 }, etag: kept.etag },
      { kind: "touch", rowKey: "touched", etag: touched.etag },
    ]);
    const stored = await Promise.all(["new", "kept", "touched"].map(async (id) => (await notes.get("batch", id))!.etag));
    assert.deepEqual(etags, stored);
    // The touched row's new eTag is what a checked delete needs.
    await notes.remove("batch", "touched", etags[2]);
    assert.equal(await notes.get("batch", "touched"), undefined);
  });
});
