import pino from "pino";
import { systemClock } from "../../../bot/src/domain/clock";
import { Meetings } from "../../../bot/src/meetings/meetings";
import { Directory } from "../../../bot/src/register/directory";
import assert from "node:assert/strict";
import { seedDemoData } from "../../../bot/src/demo/seed-demo";
import { demoMember, DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { TableAuditLog } from "../../../bot/src/audit/audit-log";
import { AttendanceWrites } from "../../../bot/src/roll-call/attendance-writes";
import { candidatesOf, RollCallService } from "../../../bot/src/roll-call/roll-call-service";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";
import { createFictionalMembers, createMeetingNow } from "../../helpers/roll-call";

describe("roll-call services against Azurite", () => {
  let storage: TestStorage;
  let rollCalls: RollCallService;
  let writes: AttendanceWrites;
  const chair = demoMember("Lena Forsberg");
  const coordinator = demoMember("Johan Berg");

  beforeEach(async () => {
    storage = await startTestStorage();
    await seedDemoData(storage.stores);
    const directory = new Directory(storage.stores);
    const audit = new TableAuditLog(storage.stores, systemClock, pino({ level: "silent" }));
    rollCalls = new RollCallService(storage.stores, directory, new Meetings(storage.stores, directory), () => new Date(), audit);
    writes = new AttendanceWrites(storage.stores, rollCalls, () => new Date(), audit);
  });
  afterEach(() => storage.stop());

  const meetingRollCall = async (id: string) => (await storage.stores.meetings.get(DEMO_NETWORK_ID, id))!.value.rollCall;

  it("keeps every one of 20 simultaneous chair changes and its undo entry (eTag retry on the shared roll-call row)", async () => {
    const meeting = await createMeetingNow(storage.stores, "svc-many");
    await rollCalls.open(meeting, chair, "19:chat");
    const people = await createFictionalMembers(storage.stores, 20);
    const snapshot = await rollCalls.snapshot(meeting.id);
    const candidates = candidatesOf(snapshot);
    await Promise.all(people.map((p, i) => writes.mark(meeting, i % 2 ? chair : coordinator, candidates.find((c) => c.personId === p.aadObjectId)!, "present", [], { fromChat: true })));
    assert.equal((await storage.stores.attendance.list(meeting.id)).length, 20);
    assert.equal((await storage.stores.rollCalls.get(meeting.id, "state"))!.value.undo.length, 20);
  });

  it("mirrors open and closed on Meeting.rollCall, and a second close changes nothing", async () => {
    const meeting = await createMeetingNow(storage.stores, "svc-mirror");
    await rollCalls.open(meeting, chair, "19:chat");
    assert.equal(await meetingRollCall(meeting.id), "open");
    await rollCalls.close(meeting, chair);
    assert.equal(await meetingRollCall(meeting.id), "closed");
    const row = await storage.stores.rollCalls.get(meeting.id, "state");
    await assert.rejects(rollCalls.close(meeting, coordinator), (e: { code?: string }) => e.code === "roll_call_already_closed");
    assert.equal((await storage.stores.rollCalls.get(meeting.id, "state"))!.etag, row!.etag);
  });

  it("completes the meeting's copy when a close stored its own row but not the meeting's", async () => {
    const meeting = await createMeetingNow(storage.stores, "svc-repair");
    await rollCalls.open(meeting, chair, "19:chat");
    const row = (await storage.stores.rollCalls.get(meeting.id, "state"))!;
    await storage.stores.rollCalls.replace({ ...row.value, state: "closed" }, row.etag);
    await assert.rejects(rollCalls.close(meeting, chair));
    assert.equal(await meetingRollCall(meeting.id), "closed");
  });

  it("never opens a meeting whose roll call was closed before this feature's row existed", async () => {
    const [past] = await storage.stores.meetings.where("meetingId", "demo-2025-03-12");
    await assert.rejects(rollCalls.open(past!.value, coordinator, "19:chat"), (e: { code?: string }) => e.code === "roll_call_closed");
  });

  it("refuses opening a cancelled meeting", async () => {
    const meeting = await createMeetingNow(storage.stores, "svc-cancelled", { status: "cancelled" });
    await assert.rejects(rollCalls.open(meeting, chair, "19:chat"), (e: { code?: string }) => e.code === "meeting_cancelled");
  });

  it("refuses a check-in before the roll call has started", async () => {
    const meeting = await createMeetingNow(storage.stores, "svc-early");
    await assert.rejects(writes.checkIn(meeting, demoMember("Ida Holm")), (e: { code?: string }) => e.code === "roll_call_not_started");
  });
});
