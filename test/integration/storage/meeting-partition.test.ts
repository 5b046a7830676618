import assert from "node:assert/strict";
import { StorageCallLog } from "../../../bot/src/storage/storage-calls";
import { AlreadyExistsError } from "../../../bot/src/storage/storage-errors";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

describe("a meeting's partition read and written across row kinds (real Azurite)", () => {
  let storage: TestStorage;
  const calls = new StorageCallLog();
  const item = (meetingId: string, number: number) => ({ meetingId, number, title: `Punkt ${number}`, presenters: [], decisions: [], actions: [] });

  before(async () => {
    storage = await startTestStorage({ observe: calls.observe });
    const { stores } = storage;
    await stores.agenda.create(item("m1", 2));
    await stores.agenda.create(item("m1", 1));
    await stores.agenda.create(item("m2", 1));
    await stores.minutes.create({ meetingId: "m1", approverIds: [], approvals: [], comments: [], updatedAt: "2025-03-12T10:00:00.000Z" } as never);
    await stores.minutesVersions.create({ meetingId: "m1", version: 1 } as never);
    await stores.answers.create({ meetingId: "m1", memberId: "p1", answer: "attending", answeredAt: "2025-03-01T10:00:00.000Z", channel: "card" } as never);
  });
  after(() => storage.stop());

  it("reads only the asked kinds of only that meeting, each kind apart, in one request", async () => {
    const from = calls.count;
    const rows = await storage.stores.meetingPartition.read("m1", ["agenda", "minutes", "minutesVersions"]);
    assert.equal(calls.count - from, 1);
    assert.deepEqual(rows.agenda.map((r) => r.value.number), [1, 2]);
    assert.equal(rows.minutes.length, 1);
    assert.equal(rows.minutesVersions.length, 1);
    assert.equal("answers" in rows, false);
    assert.ok(rows.agenda.every((r) => r.etag.startsWith("W/")));
  });

  it("writes a claim and an answer together, and neither when the claim is taken", async () => {
    const claim = { meetingId: "m2", activityId: "a1", memberId: "p2", verb: "rsvp.answer", at: "2025-03-01T10:00:00.000Z" };
    const answer = (choice: string) => ({ meetingId: "m2", memberId: "p2", answer: choice, answeredAt: "2025-03-01T10:00:00.000Z", channel: "card" }) as never;
    await storage.stores.meetingPartition.write("m2", [{ kind: "processedActions", op: "create", value: claim }, { kind: "answers", op: "upsert", value: answer("attending") }]);
    await assert.rejects(
      storage.stores.meetingPartition.write("m2", [{ kind: "processedActions", op: "create", value: claim }, { kind: "answers", op: "upsert", value: answer("declined") }]),
      AlreadyExistsError,
    );
    const stored = await storage.stores.answers.get("m2", "p2");
    assert.equal((stored?.value as { answer?: string } | undefined)?.answer, "attending");
  });
});
