import assert from "node:assert/strict";
import { isBeforeMeeting, meetingPhase, type PhaseFacts } from "../../../bot/src/domain/meeting-phase";

const start = new Date("2030-03-12T08:00:00.000Z");
const facts = (over: Partial<PhaseFacts> = {}): PhaseFacts => ({
  status: "invited", rollCall: "not-started", startUtc: start.toISOString(), endUtc: new Date(start.getTime() + 2 * 3_600_000).toISOString(), ...over,
});
const before = new Date(start.getTime() - 86_400_000);
const during = new Date(start.getTime() + 3_600_000);
const after = new Date(start.getTime() + 3 * 3_600_000);

describe("meeting phase: the status people see", () => {
  it("keeps the stored status while nothing has happened yet", () => {
    assert.equal(meetingPhase(facts({ status: "draft" }), before), "draft");
    assert.equal(meetingPhase(facts(), before), "invited");
  });

  it("is in progress once the start has passed or the roll call is open, though no meeting event came", () => {
    assert.equal(meetingPhase(facts(), during), "in-progress");
    assert.equal(meetingPhase(facts({ rollCall: "open" }), before), "in-progress");
  });

  it("has minutes being written once the roll call is closed or the end has passed", () => {
    assert.equal(meetingPhase(facts({ rollCall: "closed" }), during), "minutes-draft");
    assert.equal(meetingPhase(facts({ rollCall: "closed" }), before), "minutes-draft");
    assert.equal(meetingPhase(facts(), after), "minutes-draft");
  });

  it("is published when a version of the minutes is published, whatever the stored status says", () => {
    assert.equal(meetingPhase(facts({ rollCall: "closed", minutesPublished: true }), after), "published");
    assert.equal(meetingPhase(facts({ status: "published" }), after), "published");
  });

  it("never goes back behind the stored status", () => {
    assert.equal(meetingPhase(facts({ status: "in-progress" }), before), "in-progress");
    assert.equal(meetingPhase(facts({ status: "published", minutesPublished: false }), during), "published");
  });

  it("keeps a cancelled meeting cancelled", () => {
    assert.equal(meetingPhase(facts({ status: "cancelled", rollCall: "closed" }), after), "cancelled");
  });

  it("allows sending and cancelling only before anything has happened", () => {
    assert.deepEqual((["draft", "invited", "in-progress", "minutes-draft", "published", "cancelled"] as const).map(isBeforeMeeting), [true, true, false, false, false, false]);
    assert.equal(isBeforeMeeting(meetingPhase(facts({ rollCall: "closed" }), before)), false);
  });
});
