import assert from "node:assert/strict";
import type { AttendanceRecord } from "../../../bot/src/domain/attendance";
import { expectedPeople, rollCallBoard } from "../../../bot/src/domain/expected-people";
import type { Member } from "../../../bot/src/domain/member";
import type { Organisation } from "../../../bot/src/domain/network";
import type { Answer } from "../../../bot/src/domain/answer";

const org = (id: string, name: string, order: number): Organisation => ({ id, networkId: "n", name, kind: "kommun", order });
const organisations = [org("molndal", "Mölndal", 30), org("ale", "Ale", 10), org("harryda", "Härryda", 20), org("lerum", "Lerum", 40)];
const member = (id: string, name: string, organisationId: string, extra: Partial<Member> = {}): Member => ({
  aadObjectId: id, networkId: "n", displayName: name, email: `${id}@example.org`, organisationId, role: "member", active: true, ...extra,
});
const members = [member("m1", "Elin Bergqvist", "ale"), member("m2", "Ida Holm", "molndal"), member("m3", "Sara Wikström", "harryda"), member("m4", "Bo Ek", "ale", { active: false })];
const rsvp = (memberId: string, answer: Answer["answer"], extra: Partial<Answer> = {}): Answer => ({ memberId, answer, answeredAt: "2025-03-01T00:00:00Z", channel: "card", ...extra });
const record = (personId: string, name: string, organisationId: string | undefined, organisationName: string, extra: Partial<AttendanceRecord> = {}): AttendanceRecord => ({
  personId, name, organisationId, organisationName, status: "present", items: [], source: "self", at: "2025-03-12T08:00:00Z", guest: false, ...extra,
});

describe("expected people from the RSVPs", () => {
  it("expects attending members and announced substitutes (under the member's organisation), not declines or inactive members", () => {
    const expected = expectedPeople({
      organisations, members,
      answers: [rsvp("m1", "attending"), rsvp("m2", "substitute", { substituteName: " Vera Vikarie " }), rsvp("m3", "declined"), rsvp("m4", "attending")],
    });
    assert.deepEqual(expected.map((p) => [p.personId, p.name, p.organisationName, p.substituteFor]), [
      ["m1", "Elin Bergqvist", "Ale", undefined],
      ["substitute:m2", "Vera Vikarie", "Mölndal", "m2"],
    ]);
  });
});

describe("the roll-call board", () => {
  const answers = [rsvp("m1", "attending"), rsvp("m2", "substitute", { substituteName: "Vera Vikarie" })];

  it("groups people by organisation in round-table order and shows who is expected", () => {
    const board = rollCallBoard({ organisations, members, answers, attendance: [record("m3", "Sara Wikström", "harryda", "Härryda", { items: [4] })] });
    assert.deepEqual(board.groups.map((g) => g.organisationName), ["Ale", "Härryda", "Mölndal"]);
    assert.deepEqual(board.groups.map((g) => g.lines.map((l) => `${l.person.name}:${l.state}`)), [["Elin Bergqvist:expected"], ["Sara Wikström:present"], ["Vera Vikarie:expected"]]);
    assert.equal(board.groups[2]!.lines[0]!.substituteForName, "Ida Holm");
    assert.deepEqual(board.quietOrganisations.map((o) => o.name), ["Lerum"]);
    assert.equal(board.presentCount, 1);
    assert.equal(board.waitingCount, 2);
  });

  it("shows a checked-in person once, in place of their expectation", () => {
    const board = rollCallBoard({ organisations, members, answers, attendance: [record("m1", "Elin Bergqvist", "ale", "Ale"), record("x", "Vera Vikarie", "molndal", "Mölndal", { substituteFor: "m2" })] });
    const lines = board.groups.flatMap((g) => g.lines);
    assert.equal(lines.length, 2);
    assert.ok(lines.every((l) => l.state === "present"));
    assert.equal(board.waitingCount, 0);
  });

  it("lists guests with a free-text organisation after the network's organisations", () => {
    const board = rollCallBoard({ organisations, members, answers: [], attendance: [record("guest:kim", "Kim Ek", undefined, "Röda Korset", { guest: true }), record("m1", "Elin Bergqvist", "ale", "Ale")] });
    assert.deepEqual(board.groups.map((g) => g.organisationName), ["Ale", "Röda Korset"]);
  });
});
