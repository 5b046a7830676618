import assert from "node:assert/strict";
import { demoMember, demoMembers, demoOrganisations } from "../../../bot/src/demo/demo-network";
import type { AgendaItem } from "../../../bot/src/domain/agenda";
import { agendaChanged, replaceAgendaItems } from "../../../bot/src/domain/agenda-replace";
import { assertAnswersOpen, buildAnswer } from "../../../bot/src/domain/answering";
import { isAppError } from "../../../bot/src/domain/errors";
import { needsVersion, reminderWindow, remindersDue } from "../../../bot/src/domain/invitation";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { applyFacts, changedFacts, factsOf } from "../../../bot/src/domain/meeting-input";
import { summarizeAnswers } from "../../../bot/src/domain/answer-summary";

const meeting: Meeting = {
  id: "m1", networkId: "n", title: "Nätverksmöte", startUtc: "2027-03-31T07:00:00.000Z", endUtc: "2027-03-31T09:00:00.000Z",
  form: "digital", place: "Digitalt via Teams", status: "invited", rollCall: "not-started", sequence: 0, replyByUtc: "2027-03-29T21:59:00.000Z",
};
const code = (expected: string) => (e: unknown) => isAppError(e) && e.code === expected;

describe("meeting facts in Stockholm time", () => {
  it("converts date and times to UTC on both sides of the spring DST change", () => {
    const winter = applyFacts(meeting, { ...factsOf(meeting), date: "2027-03-26", startTime: "09:00", endTime: "11:00", replyBy: undefined });
    assert.equal(winter.startUtc, "2027-03-26T08:00:00.000Z");
    const summer = applyFacts(meeting, { ...factsOf(meeting), date: "2027-03-29", startTime: "09:00", endTime: "11:00", replyBy: undefined });
    assert.equal(summer.startUtc, "2027-03-29T07:00:00.000Z");
    assert.equal(summer.replyByUtc, undefined);
  });

  it("reads back the facts a meeting was made from, reply-by as the day", () => {
    assert.deepEqual({ ...factsOf(meeting), joinUrl: undefined }, {
      title: "Nätverksmöte", date: "2027-03-31", startTime: "09:00", endTime: "11:00", form: "digital", place: "Digitalt via Teams",
      joinUrl: undefined, chairId: undefined, secretaryId: undefined, replyBy: "2027-03-29",
    });
  });

  it("refuses an end before the start and a reply-by day on or after the meeting day", () => {
    assert.throws(() => applyFacts(meeting, { ...factsOf(meeting), endTime: "08:00" }), code("end_before_start"));
    assert.throws(() => applyFacts(meeting, { ...factsOf(meeting), replyBy: "2027-03-31" }), code("reply_by_after_start"));
  });

  it("names the facts users should hear about when they change", () => {
    const moved = applyFacts(meeting, { ...factsOf(meeting), startTime: "10:00", place: "Stadshuset" });
    assert.deepEqual(changedFacts(meeting, moved), ["time", "place"]);
    assert.deepEqual(changedFacts(meeting, meeting), []);
  });
});

describe("agenda replacement", () => {
  const item = (number: number, title: string, extra: Partial<AgendaItem> = {}): AgendaItem => ({ number, title, presenters: [], decisions: [], actions: [], ...extra });
  const existing = [item(1, "Aktuellt läge", { notes: "N1", decisions: ["B1"] }), item(2, "Omvärld", { notes: "N2" })];

  it("numbers items 1..n and keeps the minutes part of an item named by its previous number", () => {
    const items = replaceAgendaItems(existing, [{ title: "Ny punkt" }, { title: "Omvärldsbevakning", number: 2 }]);
    assert.deepEqual(items.map((i) => [i.number, i.title, i.notes ?? null]), [[1, "Ny punkt", null], [2, "Omvärldsbevakning", "N2"]]);
  });

  it("keeps an item at the same place with the same title, not one with another title", () => {
    const items = replaceAgendaItems(existing, [{ title: "aktuellt läge " }, { title: "Något annat" }]);
    assert.deepEqual(items[0]!.decisions, ["B1"]);
    assert.equal(items[1]!.notes, undefined);
  });

  it("sees a change in what people are shown, not in the minutes part", () => {
    assert.equal(agendaChanged(existing, existing.map((i) => ({ ...i, notes: "ändrad" }))), false);
    assert.equal(agendaChanged(existing, [existing[0]!]), true);
  });
});

describe("answers", () => {
  const member = demoMember("Elin Bergqvist");
  const now = new Date("2027-03-20T10:00:00Z");

  it("records a substitute for the member's own organisation and trims text", () => {
    const rsvp = buildAnswer(member, { answer: "substitute", substituteName: " Kim Ersättare ", comment: " hej " }, "card", now);
    assert.deepEqual(rsvp, { memberId: member.aadObjectId, answer: "substitute", substituteName: "Kim Ersättare", substituteOrganisationId: "ale", comment: "hej", answeredAt: now.toISOString(), channel: "card" });
  });

  it("refuses an unknown answer, a nameless substitute, too long text and a guest", () => {
    assert.throws(() => buildAnswer(member, { answer: "kanske" }, "card", now), code("invalid_answer"));
    assert.throws(() => buildAnswer(member, { answer: "substitute" }, "card", now), code("substitute_name_missing"));
    assert.throws(() => buildAnswer(member, { answer: "attending", comment: "x".repeat(1001) }, "card", now), code("text_too_long"));
    assert.throws(() => buildAnswer(demoMember("Amir Haddad"), { answer: "attending" }, "card", now), code("not_invited"));
  });

  it("closes answers when the meeting starts or is cancelled", () => {
    assert.doesNotThrow(() => assertAnswersOpen(meeting, now));
    assert.throws(() => assertAnswersOpen(meeting, new Date(meeting.startUtc)), code("meeting_started"));
    assert.throws(() => assertAnswersOpen({ ...meeting, status: "cancelled" }, now), code("meeting_cancelled"));
  });
});

describe("response summary", () => {
  it("counts answers, lists organisations nobody comes from, counts a substitute as coming, and leaves out guests", () => {
    const at = "2027-03-20T10:00:00Z";
    const summary = summarizeAnswers({
      members: demoMembers,
      organisations: demoOrganisations,
      answers: [
        { memberId: demoMember("Elin Bergqvist").aadObjectId, answer: "substitute", substituteName: "Kim", answeredAt: at, channel: "card" },
        { memberId: demoMember("Jonas Almgren").aadObjectId, answer: "declined", answeredAt: at, channel: "tab" },
        { memberId: demoMember("Ida Holm").aadObjectId, answer: "attending", answeredAt: at, channel: "card" },
      ],
    });
    const invitees = demoMembers.filter((m) => m.role !== "guest").length;
    assert.deepEqual(summary.totals, { attending: 1, declined: 1, substitute: 1, noAnswer: invitees - 3 });
    const nobody = summary.organisationsWithNobodyComing.map((o) => o.id);
    assert.ok(!nobody.includes("ale") && !nobody.includes("molndal"));
    assert.ok(nobody.includes("alingsas"));
    assert.equal(summary.responses[0]!.organisationName, "Ale", "round-table order");
    assert.ok(!summary.responses.some((r) => r.displayName === "Amir Haddad"));
  });
});

describe("invitation versions and reminders", () => {
  it("needs a delivery until the invitee has a card of the current version", () => {
    assert.equal(needsVersion(undefined, 0), true);
    assert.equal(needsVersion({ memberId: "a", calendarKey: "k", sequence: 0, activityId: "1" }, 0), false);
    assert.equal(needsVersion({ memberId: "a", calendarKey: "k", sequence: 0, activityId: "1" }, 1), true);
  });

  it("opens the reminder window at 09:00 Stockholm time N days before the reply-by day and closes it at the reply-by time", () => {
    assert.deepEqual(reminderWindow(meeting, 2), { from: "2027-03-27T08:00:00.000Z", until: "2027-03-29T21:59:00.000Z" });
    assert.equal(remindersDue(meeting, new Date("2027-03-27T07:59:00Z"), 2), false);
    assert.equal(remindersDue(meeting, new Date("2027-03-27T08:00:00Z"), 2), true);
    assert.equal(remindersDue(meeting, new Date("2027-03-30T08:00:00Z"), 2), false);
    assert.equal(remindersDue({ ...meeting, status: "draft" }, new Date("2027-03-28T08:00:00Z"), 2), false);
    assert.equal(reminderWindow({ ...meeting, replyByUtc: undefined }, 2), undefined);
  });
});
