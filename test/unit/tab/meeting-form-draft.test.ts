import assert from "node:assert/strict";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { stockholmToUtc } from "../../../bot/src/domain/time";
import { draftOfMeeting, emptyMeetingDraft, meetingDraftProblems, meetingInputOf } from "../../../tab/src/pages/meeting-form-draft";
import { hrefOf, parseRoute } from "../../../tab/src/router";

describe("tab meeting form", () => {
  const filled = { ...emptyMeetingDraft(), title: "Nätverksmöte", date: "2026-03-12", place: "Digitalt" };

  it("routes #/meetings/new to the new-meeting page and back", () => {
    assert.deepEqual(parseRoute("#/meetings/new"), { page: "new-meeting" });
    assert.equal(hrefOf({ page: "new-meeting" }), "#/meetings/new");
  });

  it("asks for the required fields, an end after the start, an http(s) link and a reply-by day before the meeting", () => {
    assert.deepEqual(Object.keys(meetingDraftProblems(emptyMeetingDraft())).sort(), ["date", "place", "title"]);
    assert.deepEqual(meetingDraftProblems(filled), {});
    assert.deepEqual(meetingDraftProblems({ ...filled, endTime: "08:00", joinUrl: "teams", replyBy: "2026-03-13" }), { endTime: "endBeforeStart", joinUrl: "link", replyBy: "replyAfterMeeting" });
  });

  it("leaves empty optional fields out of a new meeting and clears them on a change", () => {
    assert.deepEqual(meetingInputOf(filled, false), { title: "Nätverksmöte", date: "2026-03-12", startTime: "09:00", endTime: "11:00", form: "digital", place: "Digitalt" });
    const change = meetingInputOf({ ...filled, chairId: "c1" }, true);
    assert.equal(change.chairId, "c1");
    assert.equal(change.joinUrl, null);
    assert.equal(change.replyBy, null);
  });

  it("fills the form from a meeting in Stockholm time", () => {
    const meeting: Meeting = {
      id: "m", networkId: "n", title: "Möte", startUtc: stockholmToUtc("2026-07-01", "13:00"), endUtc: stockholmToUtc("2026-07-01", "15:30"), form: "onsite",
      place: "Stadshuset", replyByUtc: stockholmToUtc("2026-06-20", "23:59"), status: "draft", rollCall: "not-started", sequence: 0,
    };
    const draft = draftOfMeeting(meeting);
    assert.deepEqual([draft.date, draft.startTime, draft.endTime, draft.replyBy, draft.joinUrl], ["2026-07-01", "13:00", "15:30", "2026-06-20", ""]);
  });
});
