import assert from "node:assert/strict";
import { answerFromCalendar, calendarAnswerWins } from "../../../bot/src/domain/calendar-answer";
import type { Member } from "../../../bot/src/domain/member";
import { retryDelayMs } from "../../../bot/src/graph/graph-client";

const member: Member = { aadObjectId: "m1", networkId: "n", displayName: "Elin", email: "elin@example.org", organisationId: "ale", role: "member", active: true };
const attendee = (response: string, time = "2031-03-01T10:00:00Z") => ({ emailAddress: { address: "elin@example.org" }, status: { response, time } });

describe("answers from the calendar (pure)", () => {
  it("maps Outlook's responses, tentative shown as such", () => {
    assert.deepEqual(answerFromCalendar(member, attendee("accepted")), { memberId: "m1", answeredAt: "2031-03-01T10:00:00.000Z", channel: "calendar", answer: "attending" });
    assert.equal(answerFromCalendar(member, attendee("tentativelyAccepted"))!.tentative, true);
    assert.equal(answerFromCalendar(member, attendee("declined"))!.answer, "declined");
    for (const none of ["none", "notResponded", "organizer"]) assert.equal(answerFromCalendar(member, attendee(none)), undefined, none);
    assert.equal(answerFromCalendar(member, attendee("accepted", "0001-01-01T00:00:00Z")), undefined, "Graph's 'never'");
  });

  it("lets the latest answer win and a repeated calendar answer change nothing", () => {
    const calendar = answerFromCalendar(member, attendee("accepted"))!;
    assert.equal(calendarAnswerWins(undefined, calendar), true);
    assert.equal(calendarAnswerWins({ ...calendar, answer: "declined", channel: "card", answeredAt: "2031-03-01T11:00:00.000Z" }, calendar), false);
    assert.equal(calendarAnswerWins({ ...calendar, answer: "declined", channel: "tab", answeredAt: "2031-03-01T09:00:00.000Z" }, calendar), true);
    assert.equal(calendarAnswerWins(calendar, calendar), false);
  });
});

describe("the Graph client's wait before a retry", () => {
  it("honours Retry-After in seconds or as a date, capped at a minute, else backs off", () => {
    assert.equal(retryDelayMs("3", 0, 0), 3000);
    assert.equal(retryDelayMs("600", 0, 0), 60_000);
    assert.equal(retryDelayMs("Wed, 12 Mar 2031 08:00:05 GMT", 0, Date.parse("2031-03-12T08:00:00Z")), 5000);
    assert.equal(retryDelayMs(null, 2, 0), 4000);
  });
});
