import assert from "node:assert/strict";
import type { AgendaItem } from "../../../bot/src/domain/agenda";
import { itemsAttended, proposeAttendance, reportGuestId } from "../../../bot/src/domain/attendance-report";
import type { Member } from "../../../bot/src/domain/member";

const start = "2031-03-12T08:00:00.000Z";
const item = (number: number, plannedMinutes?: number): AgendaItem => ({ number, title: `Punkt ${number}`, presenters: [], decisions: [], actions: [], ...(plannedMinutes ? { plannedMinutes } : {}) });
const agenda = [item(1, 30), item(2, 30), item(3, 60)];
const at = (minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();
const stay = (from: number, to: number) => ({ joinUtc: at(from), leaveUtc: at(to) });

describe("the attendance report's proposal (pure)", () => {
  it("lists someone present for the whole meeting with no items", () => {
    assert.deepEqual(itemsAttended(start, agenda, [stay(0, 120)]), []);
  });

  it("lists a person present for one item as that item ('(pkt 2)')", () => {
    assert.deepEqual(itemsAttended(start, agenda, [stay(29, 61)]), [2]);
  });

  it("counts half an item's planned time as attending it, over several intervals", () => {
    assert.deepEqual(itemsAttended(start, agenda, [stay(60, 80), stay(90, 100)]), [3]);
    assert.deepEqual(itemsAttended(start, agenda, [stay(60, 80)]), [3], "a short stay still names the item it touched");
  });

  it("cannot place items when the agenda has no planned minutes: the whole meeting", () => {
    assert.deepEqual(itemsAttended(start, [item(1), item(2, 30)], [stay(0, 10)]), []);
  });

  it("proposes members by object id or e-mail, skips those recorded present and the organizer, and names guests", () => {
    const members: Member[] = [
      { aadObjectId: "m1", networkId: "n", displayName: "Elin Bergqvist", email: "elin@example.org", organisationId: "ale", role: "member", active: true },
      { aadObjectId: "m2", networkId: "n", displayName: "Ida Holm", email: "ida@example.org", organisationId: "molndal", role: "member", active: true },
      { aadObjectId: "m3", networkId: "n", displayName: "Lena Forsberg", email: "lena@example.org", organisationId: "lerum", role: "member", active: true },
    ];
    const rows = proposeAttendance({
      startUtc: start, agenda, members, organisations: [{ id: "ale", networkId: "n", name: "Ale", kind: "kommun", order: 1 }],
      attendance: [{ personId: "m3", name: "Lena Forsberg", organisationName: "Lerum", status: "present", items: [], source: "self", at: start, guest: false }],
      participants: [
        { id: "m1", displayName: "Elin B", intervals: [stay(0, 120)] },
        { email: "IDA@example.org", displayName: "Ida", intervals: [stay(29, 61)] },
        { id: "m3", displayName: "Lena", intervals: [stay(0, 120)] },
        { email: "org@example.org", displayName: "Organizer", intervals: [stay(0, 120)] },
        { displayName: "Kim Gäst", intervals: [stay(60, 120)] },
      ],
      organizer: "ORG@example.org",
    });
    assert.deepEqual(rows.map((r) => [r.personId, r.name, r.organisationName, r.items, r.reason]), [
      ["m1", "Elin Bergqvist", "Ale", [], "not-recorded"],
      ["m2", "Ida Holm", "", [2], "part-of-meeting"],
      [reportGuestId({ displayName: "Kim Gäst" }), "Kim Gäst", "Gäst", [3], "guest"],
    ]);
    assert.equal(reportGuestId({ displayName: "Kim Gäst" }), "teams-name-kim-gast");
    assert.equal(reportGuestId({ id: "abc", displayName: "x" }), "teams-abc");
  });
});
