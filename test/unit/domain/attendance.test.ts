import assert from "node:assert/strict";
import { applyCheckIn, buildAttendanceLists, type AttendanceRecord } from "../../../bot/src/domain/attendance";
import type { Member } from "../../../bot/src/domain/member";
import type { Organisation } from "../../../bot/src/domain/network";

const org = (id: string, name: string, order: number, kind: Organisation["kind"] = "kommun"): Organisation => ({ id, networkId: "n", name, kind, order });
const organisations = [org("molndal", "Mölndal", 30), org("ale", "Ale", 10), org("harryda", "Härryda", 20), org("af", "Arbetsförmedlingen", 40, "myndighet")];
const member = (id: string, name: string, organisationId: string, extra: Partial<Member> = {}): Member => ({
  aadObjectId: id, networkId: "n", displayName: name, email: `${id}@example.org`, organisationId, role: "member", active: true, ...extra,
});
const present = (personId: string, name: string, organisationId: string, extra: Partial<AttendanceRecord> = {}): AttendanceRecord => ({
  personId, name, organisationId, organisationName: organisations.find((o) => o.id === organisationId)?.name ?? organisationId,
  status: "present", items: [], source: "self", at: "2025-03-12T08:00:00Z", guest: false, ...extra,
});

describe("attendance lists (house format)", () => {
  const members = [
    member("m1", "Sara Wikström", "harryda"),
    member("m2", "Elin Bergqvist", "ale"),
    member("m3", "Ida Holm", "molndal"),
    member("m4", "Bo Ek", "molndal"),
    member("m5", "Inaktiv Person", "ale", { active: false }),
    member("g1", "Amir Haddad", "harryda", { role: "guest" }),
  ];

  it("orders NÄRVARANDE by round-table order, then name", () => {
    const lists = buildAttendanceLists({ organisations, members, attendance: [present("m3", "Ida Holm", "molndal"), present("m1", "Sara Wikström", "harryda"), present("m2", "Elin Bergqvist", "ale")] });
    assert.deepEqual(lists.present.map((l) => l.text), ["Elin Bergqvist, Ale", "Sara Wikström, Härryda", "Ida Holm, Mölndal"]);
  });

  it("lists a person present for one item as '(pkt 4)'", () => {
    const lists = buildAttendanceLists({ organisations, members, attendance: [present("g1", "Amir Haddad", "harryda", { items: [4], guest: true })] });
    assert.deepEqual(lists.present.map((l) => l.text), ["Amir Haddad, Härryda (pkt 4)"]);
  });

  it("lists several items sorted: '(pkt 2, 4)'", () => {
    const lists = buildAttendanceLists({ organisations, members, attendance: [present("m1", "Sara Wikström", "harryda", { items: [4, 2] })] });
    assert.equal(lists.present[0]!.text, "Sara Wikström, Härryda (pkt 2, 4)");
  });

  it("lists active members not present as EJ NÄRVARANDE, never inactive members or guests", () => {
    const lists = buildAttendanceLists({ organisations, members, attendance: [present("m1", "Sara Wikström", "harryda")] });
    assert.deepEqual(lists.absent.map((l) => l.text), ["Elin Bergqvist, Ale", "Bo Ek, Mölndal", "Ida Holm, Mölndal"]);
  });

  it("does not list a member replaced by a present substitute as absent; the substitute counts for the organisation", () => {
    const lists = buildAttendanceLists({
      organisations, members,
      attendance: [present("sub-1", "Vera Vikarie", "molndal", { substituteFor: "m3", source: "rsvp" })],
    });
    assert.ok(lists.present.some((l) => l.text === "Vera Vikarie, Mölndal"));
    assert.ok(!lists.absent.some((l) => l.personId === "m3"));
    assert.ok(lists.absent.some((l) => l.personId === "m4"));
    assert.ok(!lists.organisationsWithNobody.some((o) => o.id === "molndal"));
  });

  it("still lists a member as absent when the substitute they announced is recorded absent", () => {
    const lists = buildAttendanceLists({
      organisations, members,
      attendance: [present("sub-1", "Vera Vikarie", "molndal", { substituteFor: "m3", status: "absent" })],
    });
    assert.ok(lists.absent.some((l) => l.personId === "m3"));
    assert.ok(lists.organisationsWithNobody.some((o) => o.id === "molndal"));
  });

  it("lists organisations with nobody present in round-table order", () => {
    const lists = buildAttendanceLists({ organisations, members, attendance: [present("m1", "Sara Wikström", "harryda")] });
    assert.deepEqual(lists.organisationsWithNobody.map((o) => o.name), ["Ale", "Mölndal", "Arbetsförmedlingen"]);
  });

  it("never lists a guest recorded by name among the absent", () => {
    const lists = buildAttendanceLists({ organisations, members: [], attendance: [present("guest-x", "Gäst Gästsson", "", { guest: true, organisationName: "Röda Korset", organisationId: undefined, status: "absent" })] });
    assert.equal(lists.absent.length, 0);
  });
});

describe("check-in", () => {
  const record = present("m1", "Sara Wikström", "harryda");

  it("counts checking in twice as one check-in", () => {
    const first = applyCheckIn(undefined, record, "open");
    const second = applyCheckIn(first, { ...record, at: "2025-03-12T08:05:00Z" }, "open");
    assert.equal(second, first);
  });

  it("refuses a check-in after the roll call is closed, with a message", () => {
    assert.throws(() => applyCheckIn(undefined, record, "closed"), (e: Error & { code?: string }) => e.code === "roll_call_closed" && /avslutad/.test((e as never as { text: { sv: string } }).text.sv));
  });

  it("turns an absent row into present", () => {
    const absent = { ...record, status: "absent" as const };
    assert.equal(applyCheckIn(absent, record, "open").status, "present");
  });
});
