import assert from "node:assert/strict";
import type { AttendanceRecord } from "../../../bot/src/domain/attendance";
import {
  assertRollCallOpen, assertUndoable, closeRollCall, markAttendance, MAX_UNDO, openRollCall, rollCallStateOf, takeUndo, withUndo, type PersonRef, type RollCall,
} from "../../../bot/src/domain/roll-call";

const at = "2025-03-12T08:00:00Z";
const person: PersonRef = { personId: "m1", name: "Sara Wikström", organisationId: "harryda", organisationName: "Härryda", guest: false };
const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;

describe("roll call state", () => {
  const open = openRollCall(undefined, "not-started", "chair", "19:chat", at);

  it("opens with an empty undo log, and keeps an open roll call when opened again (the card is posted anew)", () => {
    assert.deepEqual(open, { state: "open", conversationId: "19:chat", openedBy: "chair", openedAt: at, undo: [] });
    const again = openRollCall({ ...open, cardActivityId: "1:a" }, "open", "coordinator", "19:chat", "later");
    assert.equal(again.openedBy, "chair");
    assert.equal(again.cardActivityId, "1:a");
  });

  it("never reopens a closed roll call, also when only the meeting says closed", () => {
    assert.throws(() => openRollCall(undefined, "closed", "chair", "19:chat", at), code("roll_call_closed"));
  });

  it("closes an open roll call, naming who and when", () => {
    const closed = closeRollCall(open, "open", "chair", "end");
    assert.equal(closed.state, "closed");
    assert.equal(closed.closedBy, "chair");
    assert.equal(closed.closedAt, "end");
  });

  it("refuses closing twice with a clear message, and closing what never started", () => {
    const closed = closeRollCall(open, "open", "chair", "end");
    assert.throws(() => closeRollCall(closed, "closed", "chair", "again"), (e: Error & { code?: string; text?: { sv: string } }) => e.code === "roll_call_already_closed" && /redan avslutad/.test(e.text!.sv));
    assert.throws(() => closeRollCall(undefined, "not-started", "chair", at), code("roll_call_not_started"));
  });

  it("takes the roll call's own row over the meeting's copy of the state", () => {
    assert.equal(rollCallStateOf(undefined, { rollCall: "closed" }), "closed");
    assert.equal(rollCallStateOf({ state: "open" }, { rollCall: "not-started" }), "open");
  });

  it("allows chat changes only while the roll call is open", () => {
    assert.doesNotThrow(() => assertRollCallOpen("open"));
    assert.throws(() => assertRollCallOpen("closed"), code("roll_call_closed"));
    assert.throws(() => assertRollCallOpen("not-started"), code("roll_call_not_started"));
  });
});

describe("marking attendance", () => {
  it("records items sorted and once, and keeps a substitute's member", () => {
    const record = markAttendance({ ...person, substituteFor: "m9" }, "present", [4, 2, 4], "chair", at);
    assert.deepEqual(record.items, [2, 4]);
    assert.equal(record.substituteFor, "m9");
    assert.equal(record.source, "chair");
  });

  it("refuses items for someone absent", () => {
    assert.throws(() => markAttendance(person, "absent", [4], "chair", at), code("items_only_when_present"));
  });
});

describe("undo", () => {
  const rollCall: RollCall = openRollCall(undefined, "not-started", "chair", "19:chat", at);
  const after: AttendanceRecord = markAttendance(person, "present", [], "chair", at);
  const entry = (actorId: string, personId = "m1") => ({ actorId, personId, before: null, after: { ...after, personId }, at });

  it("undoes the actor's own newest change, not someone else's", () => {
    const log = withUndo(withUndo(withUndo(rollCall, entry("chair", "a")), entry("secretary", "b")), entry("chair", "c"));
    const { entry: taken, rollCall: rest } = takeUndo(log, "chair");
    assert.equal(taken.personId, "c");
    assert.deepEqual(rest.undo.map((e) => e.personId), ["a", "b"]);
    assert.equal(takeUndo(rest, "secretary").entry.personId, "b");
  });

  it("says there is nothing to undo", () => {
    assert.throws(() => takeUndo(rollCall, "chair"), code("nothing_to_undo"));
  });

  it("keeps only the newest changes", () => {
    let log = rollCall;
    for (let i = 0; i < MAX_UNDO + 5; i += 1) log = withUndo(log, entry("chair", `p${i}`));
    assert.equal(log.undo.length, MAX_UNDO);
    assert.equal(log.undo.at(-1)!.personId, `p${MAX_UNDO + 4}`);
  });

  it("refuses to undo over a later change of the same person", () => {
    assert.doesNotThrow(() => assertUndoable(entry("chair"), { ...after, at: "later", source: "self" }));
    assert.throws(() => assertUndoable(entry("chair"), { ...after, status: "absent" }), code("changed_since"));
    assert.throws(() => assertUndoable(entry("chair"), undefined), code("changed_since"));
  });
});
