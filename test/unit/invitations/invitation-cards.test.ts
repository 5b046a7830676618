import assert from "node:assert/strict";
import type { AgendaItem } from "../../../bot/src/domain/agenda";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { summarizeAnswers } from "../../../bot/src/domain/answer-summary";
import { cardMessage } from "../../../bot/src/shared/card-parts";
import { invitationCard, type InvitationCardInput } from "../../../bot/src/invitations/invitation-card";
import { answerSummaryCard } from "../../../bot/src/invitations/answer-summary-card";
import { cardText } from "../../helpers/bot-client";

const TEAMS_LIMIT = 28_000;
const meeting: Meeting = {
  id: "m1", networkId: "n", title: "Nätverksmöte", startUtc: "2027-11-01T08:00:00.000Z", endUtc: "2027-11-01T10:30:00.000Z",
  form: "hybrid", place: "Stadshuset, Göteborg", joinUrl: "https://teams.microsoft.com/l/meetup-join/x", status: "invited", rollCall: "not-started", sequence: 0,
};
const input = (extra: Partial<InvitationCardInput> = {}): InvitationCardInput => ({
  meeting, agenda: [], networkName: "Nätverket", memberId: "member-1", language: "sv", calendarUrl: "https://example.org/cal.ics", now: new Date("2027-10-01T10:00:00Z"), ...extra,
});
const bytes = (card: Record<string, unknown>) => Buffer.byteLength(JSON.stringify(cardMessage(card as never)));
const verbs = (card: unknown) => [...JSON.stringify(card).matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]);

describe("invitation card", () => {
  it("stays below Teams' 28 KB message limit with the largest agenda the API accepts", () => {
    const agenda: AgendaItem[] = Array.from({ length: 40 }, (_, i) => ({
      number: i + 1, title: "Å".repeat(200), presenters: Array.from({ length: 10 }, () => "Ö".repeat(100)), plannedMinutes: 600,
      description: "Ä".repeat(10_000), decisions: [], actions: [],
    }));
    const card = invitationCard(input({ agenda, rsvp: { memberId: "member-1", answer: "substitute", substituteName: "Å".repeat(200), comment: "Ö".repeat(1000), answeredAt: "x", channel: "card" }, mode: "edit" }));
    assert.ok(bytes(card) < TEAMS_LIMIT, `${bytes(card)} bytes`);
    assert.match(cardText(card), /och \d+ punkter till/);
  });

  it("shows Stockholm time in autumn after the DST change, the form and the place", () => {
    const text = cardText(invitationCard(input()));
    assert.match(text, /måndag 1 november 2027 kl\. 09:00–11:30/);
    assert.match(text, /På plats och i Teams/);
    assert.match(text, /Stadshuset, Göteborg/);
  });

  it("has Kommer / Kommer inte / Skickar ersättare as Universal Actions with Submit fallbacks until answered", () => {
    const card = invitationCard(input());
    assert.equal(card.version, "1.5");
    assert.deepEqual(verbs(card).filter((v) => v === "rsvp.answer").length, 6, "three actions, each with its fallback");
    assert.match(JSON.stringify(card), /"isRequired":true/);
  });

  it("after an answer shows it with 'Ändra svar', and in English for an English client", () => {
    const rsvp = { memberId: "member-1", answer: "declined" as const, answeredAt: "x", channel: "card" as const };
    assert.deepEqual([...new Set(verbs(invitationCard(input({ rsvp }))))], ["rsvp.change"]);
    assert.match(cardText(invitationCard(input({ rsvp, language: "en" }))), /Your answer: Not attending[\s\S]*Change answer/);
  });

  it("shows a tentative acceptance from Outlook as tentative, in Swedish and English", () => {
    const rsvp = { memberId: "member-1", answer: "attending" as const, answeredAt: "x", channel: "calendar" as const, tentative: true };
    assert.match(cardText(invitationCard(input({ rsvp }))), /Ditt svar: Kommer \(preliminärt\)/);
    assert.match(cardText(invitationCard(input({ rsvp, language: "en" }))), /Your answer: Attending \(tentative\)/);
    assert.doesNotMatch(cardText(invitationCard(input({ rsvp: { ...rsvp, tentative: undefined } }))), /preliminärt/);
  });

  it("refuses answers on the card once the meeting has started or is cancelled", () => {
    const started = invitationCard(input({ now: new Date(meeting.startUtc) }));
    assert.deepEqual(verbs(started), []);
    assert.match(cardText(started), /Mötet har börjat/);
    const cancelled = invitationCard(input({ meeting: { ...meeting, status: "cancelled" } }));
    assert.deepEqual(verbs(cancelled), []);
    assert.match(cardText(cancelled), /INSTÄLLT: Nätverksmöte[\s\S]*Mötet är inställt/);
    assert.doesNotMatch(JSON.stringify(cancelled), /meetup-join/);
  });
});

describe("coordinator summary card", () => {
  it("stays below the limit for a network of 300 members with comments", () => {
    const members = Array.from({ length: 300 }, (_, i) => ({ aadObjectId: `m${i}`, networkId: "n", displayName: `Person Personsson ${i}`, email: "", organisationId: `o${i % 30}`, role: "member" as const, active: true }));
    const organisations = Array.from({ length: 30 }, (_, i) => ({ id: `o${i}`, networkId: "n", name: `Organisation ${i}`, kind: "kommun" as const, order: i }));
    const answers = members.slice(0, 150).map((m) => ({ memberId: m.aadObjectId, answer: "declined" as const, comment: "x".repeat(1000), answeredAt: "x", channel: "card" as const }));
    const card = answerSummaryCard(meeting, summarizeAnswers({ members, organisations, answers }), "sv", new Date());
    assert.ok(bytes(card) < TEAMS_LIMIT, `${bytes(card)} bytes`);
    assert.match(cardText(card), /Kommer inte\n150/);
  });

  it("counts and names tentative acceptances from Outlook, and leaves them out when there are none", () => {
    const members = ["Elin Bergqvist", "Ida Holm"].map((displayName, i) => ({ aadObjectId: `m${i}`, networkId: "n", displayName, email: "", organisationId: "o", role: "member" as const, active: true }));
    const organisations = [{ id: "o", networkId: "n", name: "Ale kommun", kind: "kommun" as const, order: 0 }];
    const answers = [
      { memberId: "m0", answer: "attending" as const, answeredAt: "x", channel: "card" as const },
      { memberId: "m1", answer: "attending" as const, answeredAt: "x", channel: "calendar" as const, tentative: true },
    ];
    const summary = summarizeAnswers({ members, organisations, answers });
    const sv = cardText(answerSummaryCard(meeting, summary, "sv", new Date()));
    assert.match(sv, /Kommer\n2\n– varav preliminärt\n1/);
    assert.match(sv, /Ida Holm \(Ale kommun\): Kommer \(preliminärt\)/);
    assert.doesNotMatch(sv, /Elin Bergqvist \(Ale kommun\): Kommer/);
    assert.match(cardText(answerSummaryCard(meeting, summary, "en", new Date())), /of which tentative\n1[\s\S]*Ida Holm \(Ale kommun\): Attending \(tentative\)/);
    const none = summarizeAnswers({ members, organisations, answers: answers.slice(0, 1) });
    assert.doesNotMatch(cardText(answerSummaryCard(meeting, none, "sv", new Date())), /preliminärt/);
  });
});
