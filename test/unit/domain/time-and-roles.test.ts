import assert from "node:assert/strict";
import type { Member } from "../../../bot/src/domain/member";
import { may, rolesOf } from "../../../bot/src/domain/roles";
import { assertValidAnswer, countsAsAttending } from "../../../bot/src/domain/answer";
import { formatDateTime, stockholmParts, stockholmToUtc } from "../../../bot/src/domain/time";

describe("Stockholm time", () => {
  it("converts winter and summer wall-clock times to UTC", () => {
    assert.equal(stockholmToUtc("2025-03-12", "09:00"), "2025-03-12T08:00:00.000Z");
    assert.equal(stockholmToUtc("2025-06-12", "09:00"), "2025-06-12T07:00:00.000Z");
  });

  it("handles the days of the DST changes", () => {
    assert.equal(stockholmToUtc("2025-03-30", "09:00"), "2025-03-30T07:00:00.000Z");
    assert.equal(stockholmToUtc("2025-10-26", "09:00"), "2025-10-26T08:00:00.000Z");
    assert.throws(() => stockholmToUtc("2025-03-30", "02:30"), /does not exist/);
  });

  it("refuses malformed input", () => {
    assert.throws(() => stockholmToUtc("12/3/2025", "9"), /YYYY-MM-DD/);
  });

  it("shows UTC moments in Stockholm time", () => {
    assert.deepEqual(stockholmParts(new Date("2025-03-12T08:00:00Z")), { date: "2025-03-12", time: "09:00" });
    assert.equal(formatDateTime("2025-03-12T08:00:00Z", "sv"), "onsdag 12 mars 2025 kl. 09:00");
    assert.equal(formatDateTime("2025-03-12T08:00:00Z", "en"), "Wednesday, 12 March 2025, 09:00");
  });
});

describe("roles", () => {
  const member = (role: Member["role"], extra: Partial<Member> = {}): Member => ({ aadObjectId: `id-${role}`, networkId: "n", displayName: role, email: "x@example.org", organisationId: "o", role, active: true, ...extra });
  const meeting = { chairId: "id-chair-member", secretaryId: "id-secretary-member" };

  it("gives the chair and secretary their rights only in their meeting", () => {
    const chair = member("member", { aadObjectId: "id-chair-member" });
    assert.deepEqual(rolesOf(chair, meeting), ["member", "chair"]);
    assert.equal(may(chair, "run-roll-call", meeting), true);
    assert.equal(may(chair, "run-roll-call", {}), false);
    const secretary = member("member", { aadObjectId: "id-secretary-member" });
    assert.equal(may(secretary, "edit-minutes", meeting), true);
    assert.equal(may(secretary, "publish-minutes", meeting), false);
  });

  it("refuses members the coordinator's rights", () => {
    assert.equal(may(member("member"), "manage-network"), false);
    assert.equal(may(member("member"), "send-invitations"), false);
    assert.equal(may(member("coordinator"), "send-invitations"), true);
  });

  it("refuses everything to an inactive member", () => {
    assert.equal(may(member("coordinator", { active: false }), "read-meeting"), false);
  });

  it("lets a guest check in but not answer invitations", () => {
    assert.equal(may(member("guest"), "check-in"), true);
    assert.equal(may(member("guest"), "answer-invitation"), false);
  });
});

describe("RSVP", () => {
  it("requires a substitute's name", () => {
    assert.throws(() => assertValidAnswer({ answer: "substitute", substituteName: " " }), /substitute/);
    assert.doesNotThrow(() => assertValidAnswer({ answer: "substitute", substituteName: "Vera Vikarie" }));
  });

  it("counts a substitute as attending for the organisation", () => {
    assert.equal(countsAsAttending({ answer: "substitute" }), true);
    assert.equal(countsAsAttending({ answer: "declined" }), false);
  });
});
