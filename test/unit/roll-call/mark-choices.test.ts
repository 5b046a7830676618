import assert from "node:assert/strict";
import type { AttendanceRecord } from "../../../bot/src/domain/attendance";
import type { Member } from "../../../bot/src/domain/member";
import type { Organisation } from "../../../bot/src/domain/network";
import { markChoices } from "../../../bot/src/roll-call/roll-call-choices";
import type { RollCallSnapshot } from "../../../bot/src/roll-call/roll-call-service";

describe("the chair's person list on the roll-call card (reused across redraws)", () => {
  const organisations = [{ id: "ale", networkId: "n", name: "Ale kommun" }, { id: "molndal", networkId: "n", name: "Mölndals stad" }] as Organisation[];
  const member = (id: string, name: string, organisationId: string): Member => ({ aadObjectId: id, networkId: "n", organisationId, displayName: name, role: "member", active: true } as Member);
  const members = [member("m1", "Örjan Berg", "ale"), member("m2", "Anna Lind", "molndal"), member("m3", "Åsa Ek", "ale")];
  const present = (personId: string, name: string, extra: Partial<AttendanceRecord> = {}): AttendanceRecord => ({
    personId, name, organisationId: "ale", organisationName: "Ale kommun", status: "present", items: [], source: "self", at: "2025-03-12T08:01:00.000Z", ...extra,
  } as AttendanceRecord);
  // A new snapshot over the same directory read, as each card update makes.
  const snapshot = (extra: Partial<RollCallSnapshot> = {}): RollCallSnapshot => ({
    meeting: { value: { id: "m" }, etag: "" }, network: { language: "sv" }, organisations, members, answers: [], attendance: [], agenda: [], state: "open", ...extra,
  } as unknown as RollCallSnapshot);
  const titles = (s: RollCallSnapshot) => markChoices(s).map((c) => c.title);

  it("lists the members by Swedish name order, the same for a new snapshot with only members checked in", () => {
    assert.deepEqual(titles(snapshot()), ["Anna Lind, Mölndals stad", "Åsa Ek, Ale kommun", "Örjan Berg, Ale kommun"]);
    assert.deepEqual(titles(snapshot({ attendance: [present("m1", "Örjan Berg")] })), ["Anna Lind, Mölndals stad", "Åsa Ek, Ale kommun", "Örjan Berg, Ale kommun"]);
  });

  it("adds a recorded guest, and follows a corrected guest name, although the directory is the same", () => {
    const guest = present("guest-1", "Bo Gäst", { guest: true, organisationName: "Länsstyrelsen", organisationId: undefined });
    assert.ok(titles(snapshot({ attendance: [guest] })).includes("Bo Gäst, Länsstyrelsen"));
    const renamed = titles(snapshot({ attendance: [{ ...guest, name: "Bo Gästsson" }] }));
    assert.ok(renamed.includes("Bo Gästsson, Länsstyrelsen") && !renamed.includes("Bo Gäst, Länsstyrelsen"));
  });

  it("puts those who answered that they come first, following a changed answer", () => {
    assert.equal(titles(snapshot({ answers: [{ memberId: "m1", answer: "attending" }] as RollCallSnapshot["answers"] }))[0], "Örjan Berg, Ale kommun");
    assert.equal(titles(snapshot({ answers: [{ memberId: "m1", answer: "declined" }] as RollCallSnapshot["answers"] }))[0], "Anna Lind, Mölndals stad");
  });

  it("follows a new directory read (a member renamed)", () => {
    const renamed = [member("m1", "Örjan Bergström", "ale"), ...members.slice(1)];
    assert.ok(titles(snapshot({ members: renamed })).includes("Örjan Bergström, Ale kommun"));
  });
});
