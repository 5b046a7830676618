import assert from "node:assert/strict";
import { answerByReminderDue, checkAnswerBy } from "../../../bot/src/domain/answer-by";
import type { AppError } from "../../../bot/src/domain/errors";

const now = new Date("2031-03-03T08:00:00Z");
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();

describe("answer-by time (domain)", () => {
  it("accepts a future time, normalised to UTC, and nothing when none is given", () => {
    assert.equal(checkAnswerBy("2031-03-04T10:00:00+01:00", now), "2031-03-04T09:00:00.000Z");
    assert.equal(checkAnswerBy(undefined, now), undefined);
  });

  it("refuses a time not after now, or not before the meeting", () => {
    assert.throws(() => checkAnswerBy(at(0), now), (e: AppError) => e.code === "answer_by_in_past");
    assert.throws(() => checkAnswerBy(at(-1), now), (e: AppError) => e.code === "answer_by_in_past");
    assert.throws(() => checkAnswerBy(at(48), now, new Date(at(24))), (e: AppError) => e.code === "answer_by_after_meeting");
    assert.equal(checkAnswerBy(at(12), now, new Date(at(24))), at(12));
  });

  it("is due from daysBefore days before the answer-by time until it, for an open poll only", () => {
    const poll = { status: "open", answerByUtc: at(72) };
    assert.equal(answerByReminderDue(poll, new Date(at(23)), 2), false);
    assert.equal(answerByReminderDue(poll, new Date(at(24)), 2), true);
    assert.equal(answerByReminderDue(poll, new Date(at(71)), 2), true);
    assert.equal(answerByReminderDue(poll, new Date(at(72)), 2), false);
    assert.equal(answerByReminderDue({ ...poll, status: "closed" }, new Date(at(30)), 2), false);
    assert.equal(answerByReminderDue({ status: "open" }, new Date(at(30)), 2), false);
  });
});
