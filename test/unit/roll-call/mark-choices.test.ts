import assert from "node:assert/strict";
import type { AttendanceRecord } from "../../../bot/src/domain/attendance";
import type { Member } from "../../../bot/src/domain/member";
import type { Organisation } from "../../../bot/src/domain/network";
import { CARD_CHOICES_BUDGET, cardChoices, findChoices, markChoices } from "../../../bot/src/roll-call/roll-call-choices";
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

  describe("cut to the card's budget, the rest found by search", () => {
    const many = Array.from({ length: 200 }, (_, i) => member(`x${i}`, `Person ${String(i).padStart(3, "0")}`, i % 2 ? "ale" : "molndal"));

    it("carries a short list whole", () => {
      const { choices, complete } = cardChoices(snapshot());
      assert.equal(complete, true);
      assert.deepEqual(choices, markChoices(snapshot()));
    });

    it("cuts a long list to the budget, keeping its order (those expected first)", () => {
      const s = snapshot({ members: many, answers: [{ memberId: "x199", answer: "attending" }] as RollCallSnapshot["answers"] });
      const { choices, complete } = cardChoices(s);
      assert.equal(complete, false);
      assert.ok(JSON.stringify(choices).length <= CARD_CHOICES_BUDGET);
      assert.ok(JSON.stringify(markChoices(s).slice(0, choices.length + 1)).length > CARD_CHOICES_BUDGET, "as many as fit");
      assert.deepEqual(choices, markChoices(s).slice(0, choices.length));
      assert.equal(choices[0]!.title, "Person 199, Ale kommun");
    });

    it("finds by every typed word in name or organisation, ignoring case (å, ä, ö too)", () => {
      assert.deepEqual(findChoices(snapshot(), "åsa", 0, 15).map((c) => c.title), ["Åsa Ek, Ale kommun"]);
      assert.deepEqual(findChoices(snapshot(), "  ALE   kommun ", 0, 15).map((c) => c.title), ["Åsa Ek, Ale kommun", "Örjan Berg, Ale kommun"]);
      assert.deepEqual(findChoices(snapshot(), "anna ale", 0, 15), []);
      assert.equal(findChoices(snapshot(), "", 0, 15).length, 3, "an empty text gives the list from the start");
    });

    it("pages through the matches, at most 15 at a time", () => {
      const s = snapshot({ members: many });
      const first = findChoices(s, "mölndals", 0, 50);
      assert.equal(first.length, 15);
      const second = findChoices(s, "mölndals", 15, 15);
      assert.deepEqual([...first, ...second], markChoices(s).filter((c) => c.title.includes("Mölndals")).slice(0, 30));
      assert.deepEqual(findChoices(s, "mölndals", 1000, 15), []);
    });
  });
});
