import assert from "node:assert/strict";
import type { AttendanceRecord } from "../../../bot/src/domain/attendance";
import type { Stores } from "../../../bot/src/storage/repository";
import { StorageCallLog } from "../../../bot/src/storage/storage-calls";
import { createTableStores } from "../../../bot/src/storage/table-stores";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

// Long enough never to run out within a test; the age limit itself is tested with `recent: 1` after a pause.
const A_MINUTE = 60_000;

describe("a meeting's rows read a moment ago (MeetingPartition.read with `recent`, real Azurite)", () => {
  let storage: TestStorage;
  const calls = new StorageCallLog();
  let stores: Stores;

  before(async () => {
    storage = await startTestStorage({ observe: calls.observe });
    stores = storage.stores;
  });
  after(() => storage.stop());

  const row = (meetingId: string, personId: string, extra: Partial<AttendanceRecord> = {}) => ({
    meetingId, personId, name: `Person ${personId}`, organisationId: "ale", organisationName: "Ale kommun", guest: false,
    status: "present" as const, items: [], source: "self" as const, at: "2025-03-12T08:01:00.000Z", ...extra,
  });
  const counted = async <T>(work: () => Promise<T>): Promise<{ value: T; calls: number }> => {
    const from = calls.count;
    const value = await work();
    return { value, calls: calls.count - from };
  };
  const recent = (meetingId: string, maxAgeMs = A_MINUTE) => stores.meetingPartition.read(meetingId, ["attendance", "rollCalls"], { recent: maxAgeMs });
  const people = (rows: { attendance: { value: { personId: string } }[] }) => rows.attendance.map((r) => r.value.personId);

  it("serves a recent read again without asking the store, with the rows a transaction wrote since and their stored eTags", async () => {
    await stores.attendance.create(row("kr1", "p1"));
    const first = await counted(() => recent("kr1"));
    assert.equal(first.calls, 1);
    assert.deepEqual(people(first.value), ["p1"]);
    await stores.meetingPartition.write("kr1", [{ kind: "attendance", op: "create", value: row("kr1", "p2") }]);
    const again = await counted(() => recent("kr1"));
    assert.equal(again.calls, 0, "the transaction's row was put into the kept rows");
    assert.deepEqual(people(again.value), ["p1", "p2"]);
    const stored = (await stores.attendance.get("kr1", "p2"))!;
    assert.equal(again.value.attendance[1]!.etag, stored.etag);
    assert.deepEqual(again.value.attendance[1]!.value, stored.value);
    // The kept eTag is the stored one: a replace checked against it goes through.
    await stores.meetingPartition.write("kr1", [{ kind: "attendance", op: "replace", value: row("kr1", "p2", { status: "absent" }), etag: again.value.attendance[1]!.etag }]);
    assert.equal((await recent("kr1")).attendance[1]!.value.status, "absent");
  });

  it("asks the store again after a write through a repository, which is not put into the kept rows", async () => {
    await recent("kr2");
    await stores.attendance.create(row("kr2", "p1"));
    const after = await counted(() => recent("kr2"));
    assert.equal(after.calls, 1);
    assert.deepEqual(people(after.value), ["p1"]);
    assert.equal((await counted(() => recent("kr2"))).calls, 0, "the new read is kept");
  });

  it("keeps a read sent while a transaction was under way, with the transaction's rows put in", async () => {
    await Promise.all([
      recent("kr3"),
      stores.meetingPartition.write("kr3", [{ kind: "attendance", op: "create", value: row("kr3", "p1") }]),
    ]);
    const again = await counted(() => recent("kr3"));
    assert.equal(again.calls, 0);
    assert.deepEqual(people(again.value), ["p1"]);
  });

  it("does not keep a read sent while a repository write was under way", async () => {
    await Promise.all([recent("kr4"), stores.attendance.create(row("kr4", "p1"))]);
    const again = await counted(() => recent("kr4"));
    assert.equal(again.calls, 1);
    assert.deepEqual(people(again.value), ["p1"]);
  });

  it("keeps using the rows after a write the store refused (a create of a taken key), which changed nothing", async () => {
    await stores.attendance.create(row("kr5", "p1"));
    await recent("kr5");
    await assert.rejects(stores.meetingPartition.write("kr5", [{ kind: "attendance", op: "create", value: row("kr5", "p1", { status: "absent" }) }]));
    await assert.rejects(stores.attendance.create(row("kr5", "p1", { status: "absent" })));
    const again = await counted(() => recent("kr5"));
    assert.equal(again.calls, 0);
    assert.equal(again.value.attendance[0]!.value.status, "present");
  });

  it("shares one request among simultaneous recent reads, and always asks with `recent: 0`", async () => {
    const shared = await counted(() => Promise.all([1, 2, 3].map(() => recent("kr6"))));
    assert.equal(shared.calls, 1);
    assert.equal((await counted(() => recent("kr6", 0))).calls, 1);
  });

  it("gives the rows' eTags without their values (versions): the same as the rows read, other after any write", async () => {
    await stores.attendance.create(row("kr8", "p1"));
    const etags = async () => (await recent("kr8")).attendance.map((r) => r.etag).sort();
    const versions = () => stores.meetingPartition.versions("kr8", ["attendance"]);
    assert.deepEqual(await versions(), await etags());
    await stores.meetingPartition.write("kr8", [{ kind: "attendance", op: "create", value: row("kr8", "p2") }]);
    assert.deepEqual(await versions(), await etags(), "the kept rows hold the transaction's eTags");
    const before = await versions();
    const other = createTableStores({ kind: "connection-string", connectionString: storage.connectionString });
    const p1 = (await other.attendance.get("kr8", "p1"))!;
    await other.attendance.replace(row("kr8", "p1"), p1.etag);
    assert.notDeepEqual(await versions(), before, "rewritten unchanged, the row still has a new eTag");
    await other.attendance.remove("kr8", "p2");
    assert.equal((await versions()).length, 1);
  });

  it("sees another server instance's write only once the rows are older than allowed", async () => {
    const other = createTableStores({ kind: "connection-string", connectionString: storage.connectionString });
    await recent("kr7");
    await other.meetingPartition.write("kr7", [{ kind: "attendance", op: "create", value: row("kr7", "p1") }]);
    assert.deepEqual(people(await recent("kr7")), [], "this process cannot know of it");
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(people(await recent("kr7", 1)), ["p1"]);
  });
});
