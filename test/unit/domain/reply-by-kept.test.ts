import assert from "node:assert/strict";
import { upcomingMeeting } from "../../../bot/src/demo/demo-meetings";
import { applyFacts, changedFacts, factsOf } from "../../../bot/src/domain/meeting-input";
import { stockholmParts } from "../../../bot/src/domain/time";

describe("reply-by time when a meeting changes", () => {
  // The demo meeting stores "Svara senast" at 17:00 Stockholm time, five days before.
  const meeting = upcomingMeeting(new Date("2027-02-01T12:00:00Z"));

  it("keeps 17:00 and announces only the join link when only the join link changes", () => {
    const next = applyFacts(meeting, { ...factsOf(meeting), joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_new%40thread.v2/0" });
    assert.equal(next.replyByUtc, meeting.replyByUtc);
    assert.equal(stockholmParts(new Date(next.replyByUtc!)).time, "17:00");
    assert.deepEqual(changedFacts(meeting, next), ["joinUrl"]);
  });

  it("keeps every time as entered when nothing changes", () => {
    const next = applyFacts(meeting, factsOf(meeting));
    assert.deepEqual(changedFacts(meeting, next), []);
    assert.deepEqual([next.startUtc, next.endUtc, next.replyByUtc], [meeting.startUtc, meeting.endUtc, meeting.replyByUtc]);
  });

  it("gives a new reply-by day the end of that day, and announces it", () => {
    const day = stockholmParts(new Date(meeting.replyByUtc!)).date;
    const earlier = `${day.slice(0, 8)}${String(Number(day.slice(8)) - 1).padStart(2, "0")}`;
    const next = applyFacts(meeting, { ...factsOf(meeting), replyBy: earlier });
    assert.equal(stockholmParts(new Date(next.replyByUtc!)).time, "23:59");
    assert.deepEqual(changedFacts(meeting, next), ["replyBy"]);
  });
});
