import assert from "node:assert/strict";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { invitationCard, type InvitationCardInput } from "../../../bot/src/invitations/invitation-card";
import { cardText } from "../../helpers/bot-client";

const meeting: Meeting = {
  id: "m1", networkId: "n", title: "Nätverksmöte", startUtc: "2027-11-01T08:00:00.000Z", endUtc: "2027-11-01T10:30:00.000Z",
  form: "digital", place: "Digitalt via Teams", status: "invited", rollCall: "not-started", sequence: 0,
};
const answered = (now: string, language: "sv" | "en" = "sv", error?: string): InvitationCardInput => ({
  meeting, agenda: [], networkName: "Nätverket", memberId: "member-1", language, calendarUrl: "https://example.org/cal.ics", now: new Date(now), error,
  rsvp: { memberId: "member-1", answer: "attending", answeredAt: "2027-10-01T10:00:00.000Z", channel: "card" },
});

describe("invitation card once the meeting has started", () => {
  it("says the answer can be changed only while the meeting has not started", () => {
    assert.match(cardText(invitationCard(answered("2027-10-01T10:00:00Z"))), /Du kan ändra svaret fram till mötets start/);
  });

  it("no longer offers changing the answer after the start, also when Ändra svar was refused", () => {
    for (const language of ["sv", "en"] as const) {
      const text = cardText(invitationCard(answered("2027-11-01T08:05:00Z", language, "refused")));
      assert.doesNotMatch(text, /Du kan ändra svaret|You can change your answer/);
      assert.doesNotMatch(text, /Ändra svar|Change answer/);
      assert.match(text, /Mötet har börjat|The meeting has started/);
    }
  });
});
