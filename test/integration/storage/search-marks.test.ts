import assert from "node:assert/strict";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

describe("writes of searchable rows mark their meeting for the search index (real Azurite)", () => {
  let storage: TestStorage;
  const meeting = { id: "m-marks", networkId: "net-marks", title: "Möte", startUtc: "2025-03-12T08:00:00.000Z", endUtc: "2025-03-12T10:00:00.000Z", status: "invited", sequence: 0 } as unknown as Meeting;
  const mark = async () => (await storage.stores.searchIndex.get("net-marks", "mark|m-marks"))?.value;
  /** Runs the write and tells whether the meeting's mark changed. */
  const marks = async (write: () => Promise<unknown>): Promise<boolean> => {
    const before = JSON.stringify(await mark());
    await write();
    return JSON.stringify(await mark()) !== before;
  };

  before(async () => {
    storage = await startTestStorage();
    await storage.stores.meetings.create(meeting);
  });
  after(() => storage.stop());

  it("marks on every write of agenda, round table, minutes, published versions, their text and material", async () => {
    const { stores } = storage;
    const item = { meetingId: meeting.id, number: 1, title: "Inledning", presenters: [], decisions: [], actions: [] };
    assert.ok(await marks(() => stores.agenda.create(item)), "agenda create");
    const stored = (await stores.agenda.get(meeting.id, "0001"))!;
    assert.ok(await marks(() => stores.agenda.replace({ ...item, title: "Välkomna" }, stored.etag)), "agenda replace");
    assert.ok(await marks(() => stores.agenda.upsert({ ...item, title: "Välkomna alla" })), "agenda upsert");
    assert.ok(await marks(() => stores.agenda.batch(meeting.id, [{ kind: "create", value: { ...item, number: 2 } }])), "agenda batch");
    assert.ok(await marks(() => stores.agenda.remove(meeting.id, "0002")), "agenda remove");
    assert.ok(await marks(() => stores.roundTable.upsert({ meetingId: meeting.id, organisationId: "o1", text: "Läget", fields: {} } as never)), "round table");
    assert.ok(await marks(() => stores.minutes.upsert({ meetingId: meeting.id, approverIds: [], approvals: [], comments: [], updatedAt: "2025-03-12T10:00:00.000Z" } as never)), "minutes state");
    assert.ok(await marks(() => stores.minutesVersions.upsert({ meetingId: meeting.id, version: 1 } as never)), "published version");
    assert.ok(await marks(() => stores.minutesText.upsert({ meetingId: meeting.id, snapshotId: "s1", part: 0, text: "{}" })), "snapshot text");
    assert.ok(await marks(() => stores.materials.upsert({ meetingId: meeting.id, id: "mat1" } as never)), "material");
    assert.ok(await marks(() => stores.meetingPartition.write(meeting.id, [{ kind: "agenda", op: "upsert", value: { ...item, number: 3 } }])), "partition transaction with agenda");
  });

  it("does not mark on writes search does not read (the check-in's and the answer's rows)", async () => {
    const { stores } = storage;
    assert.equal(await marks(() => stores.attendance.upsert({ meetingId: meeting.id, personId: "p1", name: "Testperson", organisationId: "o1", organisationName: "Kommun", guest: false, status: "present", items: [], source: "chair", at: "2025-03-12T08:00:00.000Z" })), false);
    assert.equal(await marks(() => stores.meetingPartition.write(meeting.id, [{ kind: "answers", op: "upsert", value: { meetingId: meeting.id, memberId: "p1", answer: "attending", answeredAt: "2025-03-01T10:00:00.000Z", channel: "card" } as never }])), false);
  });

  it("marks nothing for rows of a meeting that does not exist", async () => {
    await storage.stores.agenda.create({ meetingId: "no-such-meeting", number: 1, title: "Punkt", presenters: [], decisions: [], actions: [] });
    assert.deepEqual((await storage.stores.searchIndex.list("net-marks")).filter((r) => r.value.meetingId === "no-such-meeting"), []);
  });
});
