import assert from "node:assert/strict";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { RECENT_MEETING_MS, RecentReads } from "../../../bot/src/storage/recent-reads";
import { StorageCallLog } from "../../../bot/src/storage/storage-calls";
import { createTableStores } from "../../../bot/src/storage/table-stores";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

describe("reads served again for a few seconds (RecentReads, real Azurite)", () => {
  let storage: TestStorage;
  const calls = new StorageCallLog();
  let elapsed = 0;
  let meetings: RecentReads<Meeting>;
  const meeting = (id: string, networkId: string, extra: Partial<Meeting> = {}): Meeting => ({
    id, networkId, title: `Möte ${id}`, startUtc: "2025-03-12T08:00:00.000Z", endUtc: "2025-03-12T10:00:00.000Z", form: "digital", place: "Teams",
    status: "invited", rollCall: "not-started", sequence: 0, ...extra,
  });

  before(async () => {
    storage = await startTestStorage({ observe: calls.observe });
    // Over the store's meetings repository, with an elapsed-time clock the tests move.
    meetings = new RecentReads(storage.stores.meetings, (m) => m.networkId, (m) => m.id, RECENT_MEETING_MS, () => elapsed);
    await storage.stores.meetings.create(meeting("rr1", "n1", { chatConversationId: "19:chat-rr1" }));
    await storage.stores.meetings.create(meeting("rr2", "n2"));
  });
  after(() => storage.stop());

  const counted = async <T>(work: () => Promise<T>): Promise<{ value: T; calls: number }> => {
    const from = calls.count;
    const value = await work();
    return { value, calls: calls.count - from };
  };

  it("answers a repeated recentWhere without asking the store, the same as where; a plain where always asks", async () => {
    elapsed = 0;
    const first = await counted(() => meetings.recentWhere("chatConversationId", "19:chat-rr1"));
    assert.equal(first.calls, 1);
    assert.deepEqual(first.value, await storage.stores.meetings.where("chatConversationId", "19:chat-rr1"));
    elapsed = RECENT_MEETING_MS - 1;
    const again = await counted(() => meetings.recentWhere("chatConversationId", "19:chat-rr1"));
    assert.equal(again.calls, 0);
    assert.deepEqual(again.value, first.value);
    assert.equal((await counted(() => meetings.where("chatConversationId", "19:chat-rr1"))).calls, 1);
  });

  it("shares one request among simultaneous recentWhere reads of the same value", async () => {
    elapsed = 10 * RECENT_MEETING_MS;
    const { value, calls: made } = await counted(() => Promise.all([1, 2, 3].map(() => meetings.recentWhere("meetingId", "rr2"))));
    assert.equal(made, 1);
    assert.deepEqual(value.map((rows) => rows.map((r) => r.value.id)), [["rr2"], ["rr2"], ["rr2"]]);
  });

  it("asks the store again once the read is older than its time to live", async () => {
    elapsed = 20 * RECENT_MEETING_MS;
    await meetings.recentWhere("meetingId", "rr1");
    elapsed += RECENT_MEETING_MS;
    assert.equal((await counted(() => meetings.recentWhere("meetingId", "rr1"))).calls, 1);
  });

  it("forgets every recentWhere read when any meeting is written through it, in any partition", async () => {
    elapsed = 30 * RECENT_MEETING_MS;
    await meetings.recentWhere("chatConversationId", "19:chat-rr1");
    const other = (await storage.stores.meetings.get("n2", "rr2"))!;
    await meetings.replace({ ...other.value, title: "Ändrad titel" }, other.etag);
    const after = await counted(() => meetings.recentWhere("chatConversationId", "19:chat-rr1"));
    assert.equal(after.calls, 1);
    const linked = (await storage.stores.meetings.get("n1", "rr1"))!;
    await meetings.replace({ ...linked.value, chatConversationId: "19:chat-other" }, linked.etag);
    assert.deepEqual(await meetings.recentWhere("chatConversationId", "19:chat-rr1"), []);
    assert.deepEqual((await meetings.recentWhere("chatConversationId", "19:chat-other")).map((r) => r.value.id), ["rr1"]);
  });

  it("does not keep a read that was under way while a write went through it", async () => {
    elapsed = 40 * RECENT_MEETING_MS;
    const current = (await storage.stores.meetings.get("n2", "rr2"))!;
    const reading = meetings.recentWhere("meetingId", "rr2");
    await meetings.replace({ ...current.value, title: "Under läsningen" }, current.etag);
    await reading;
    const next = await counted(() => meetings.recentWhere("meetingId", "rr2"));
    assert.equal(next.calls, 1);
    assert.equal(next.value[0]!.value.title, "Under läsningen");
  });

  it("sees a change made by another server instance once its time to live has passed, not before", async () => {
    const otherInstance = createTableStores({ kind: "connection-string", connectionString: storage.connectionString });
    elapsed = 50 * RECENT_MEETING_MS;
    assert.equal((await meetings.recentWhere("meetingId", "rr2"))[0]!.value.status, "invited");
    const current = (await otherInstance.meetings.get("n2", "rr2"))!;
    await otherInstance.meetings.replace({ ...current.value, status: "cancelled" }, current.etag);
    elapsed += RECENT_MEETING_MS - 1;
    assert.equal((await meetings.recentWhere("meetingId", "rr2"))[0]!.value.status, "invited");
    elapsed += 1;
    assert.equal((await meetings.recentWhere("meetingId", "rr2"))[0]!.value.status, "cancelled");
  });
});
