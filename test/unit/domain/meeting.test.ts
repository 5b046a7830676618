import assert from "node:assert/strict";
import { assertCanPublishMinutes, assertValidTimes, canTransition, hasStarted, transition, type Meeting } from "../../../bot/src/domain/meeting";

const meeting: Meeting = {
  id: "m", networkId: "n", title: "Möte", startUtc: "2025-03-12T08:00:00.000Z", endUtc: "2025-03-12T10:00:00.000Z",
  form: "digital", place: "Digitalt via Teams", status: "draft", rollCall: "not-started", sequence: 0,
};

describe("meeting", () => {
  it("follows draft → invited → in-progress → minutes-draft → published", () => {
    let m = meeting;
    for (const next of ["invited", "in-progress", "minutes-draft", "published"] as const) m = transition(m, next);
    assert.equal(m.status, "published");
  });

  it("refuses to skip steps or to revive a cancelled meeting", () => {
    assert.throws(() => transition(meeting, "published"), /draft/);
    assert.equal(canTransition("cancelled", "invited"), false);
    assert.equal(canTransition("invited", "cancelled"), true);
  });

  it("refuses an end before the start and a reply-by date after the start", () => {
    assert.throws(() => assertValidTimes({ startUtc: meeting.startUtc, endUtc: "2025-03-12T07:00:00Z" }), /after it starts/);
    assert.throws(() => assertValidTimes({ startUtc: meeting.startUtc, endUtc: meeting.endUtc, replyByUtc: "2025-03-13T00:00:00Z" }), /reply-by/);
    assert.doesNotThrow(() => assertValidTimes({ startUtc: meeting.startUtc, endUtc: meeting.endUtc, replyByUtc: "2025-03-10T00:00:00Z" }));
  });

  it("can't publish minutes while roll call is open", () => {
    assert.throws(() => assertCanPublishMinutes({ ...meeting, rollCall: "open" }), (e: { code?: string }) => e.code === "roll_call_open");
    assert.doesNotThrow(() => assertCanPublishMinutes({ ...meeting, rollCall: "closed" }));
  });

  it("knows when it has started", () => {
    assert.equal(hasStarted(meeting, new Date("2025-03-12T07:59:59Z")), false);
    assert.equal(hasStarted(meeting, new Date("2025-03-12T08:00:00Z")), true);
  });
});
