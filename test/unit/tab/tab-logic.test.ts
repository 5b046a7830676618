import assert from "node:assert/strict";
import { demoMember } from "../../../bot/src/demo/demo-network";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { environmentOf } from "../../../tab/src/environment";
import { parseItemNumbers } from "../../../tab/src/format";
import { draftsOf, emptyDraft, inputOf, moved, problemsOf } from "../../../tab/src/pages/agenda-draft";
import { abilitiesIn } from "../../../tab/src/permissions";
import { hrefOf, parseRoute } from "../../../tab/src/router";

const meeting: Pick<Meeting, "chairId" | "secretaryId" | "status" | "startUtc"> = {
  chairId: demoMember("Lena Forsberg").aadObjectId, secretaryId: demoMember("Emma Strand").aadObjectId, status: "invited", startUtc: "2030-01-01T08:00:00.000Z",
};
const now = new Date("2029-12-01T08:00:00.000Z");

describe("tab: what the caller is offered", () => {
  it("offers agenda editing to the coordinator and the meeting's secretary only", () => {
    assert.equal(abilitiesIn(demoMember("Johan Berg"), meeting, now).editAgenda, true);
    assert.equal(abilitiesIn(demoMember("Emma Strand"), meeting, now).editAgenda, true);
    assert.equal(abilitiesIn(demoMember("Lena Forsberg"), meeting, now).editAgenda, false);
    assert.equal(abilitiesIn(demoMember("Elin Bergqvist"), meeting, now).editAgenda, false);
  });

  it("offers attendance marking to the chair, the secretary and the coordinator", () => {
    assert.deepEqual(["Lena Forsberg", "Emma Strand", "Johan Berg", "Elin Bergqvist", "Amir Haddad"].map((n) => abilitiesIn(demoMember(n), meeting, now).markAttendance), [true, true, true, false, false]);
  });

  it("lets a member write their own organisation's round-table entry, not another's; a guest none", () => {
    const member = abilitiesIn(demoMember("Elin Bergqvist"), meeting, now);
    assert.equal(member.editRoundTable("ale"), true);
    assert.equal(member.editRoundTable("goteborg"), false);
    assert.equal(abilitiesIn(demoMember("Amir Haddad"), meeting, now).editRoundTable("harryda"), false);
    assert.equal(abilitiesIn(demoMember("Emma Strand"), meeting, now).editRoundTable("goteborg"), true);
  });

  it("offers answering until the meeting starts, and nothing in a cancelled meeting or to an inactive member", () => {
    assert.equal(abilitiesIn(demoMember("Elin Bergqvist"), meeting, now).answerInvitation, true);
    assert.equal(abilitiesIn(demoMember("Elin Bergqvist"), meeting, new Date("2030-01-01T08:00:00.000Z")).answerInvitation, false);
    const cancelled = abilitiesIn(demoMember("Johan Berg"), { ...meeting, status: "cancelled" }, now);
    assert.deepEqual([cancelled.editAgenda, cancelled.markAttendance, cancelled.answerInvitation], [false, false, false]);
    assert.equal(abilitiesIn({ ...demoMember("Johan Berg"), active: false }, meeting, now).editAgenda, false);
    assert.equal(abilitiesIn(undefined, meeting, now).editRoundTable("ale"), false);
  });
});

describe("tab: routes, language and theme", () => {
  it("reads and writes hash routes, with the meetings page for anything unknown", () => {
    assert.deepEqual(parseRoute("#/meetings/demo-upcoming/round-table"), { page: "meeting", meetingId: "demo-upcoming", tab: "round-table" });
    assert.deepEqual(parseRoute("#/meetings/a%2Fb/nonsense"), { page: "meeting", meetingId: "a/b", tab: "agenda" });
    assert.deepEqual(parseRoute("#/meeting-context/attendance"), { page: "meeting-context", tab: "attendance" });
    assert.deepEqual(parseRoute(""), { page: "meetings" });
    assert.deepEqual(parseRoute("#/what"), { page: "meetings" });
    assert.equal(hrefOf({ page: "meeting", meetingId: "a/b", tab: "agenda" }), "#/meetings/a%2Fb");
    assert.equal(hrefOf({ page: "meeting-context", tab: "minutes" }), "#/meeting-context/minutes");
    assert.deepEqual(parseRoute(hrefOf({ page: "accessibility" })), { page: "accessibility" });
    assert.deepEqual(parseRoute("#/admin"), { page: "admin" });
    assert.deepEqual(parseRoute(hrefOf({ page: "admin", section: "members" })), { page: "admin", section: "members" });
    assert.deepEqual(parseRoute("#/requests"), { page: "admin", section: "requests" });
  });

  it("follows Teams in Teams and the URL only outside Teams", () => {
    assert.deepEqual(environmentOf({ inTeams: true, locale: "en-US", theme: "dark" }, "?lang=sv&theme=contrast"), { language: "en", theme: "dark" });
    assert.deepEqual(environmentOf({ inTeams: true, locale: "sv-SE", theme: "default" }, ""), { language: "sv", theme: "default" });
    assert.deepEqual(environmentOf({ inTeams: false, locale: "sv-SE", theme: "default" }, "?lang=en&theme=contrast"), { language: "en", theme: "contrast" });
    assert.deepEqual(environmentOf({ inTeams: false, locale: "sv-SE", theme: "default" }, "?theme=purple"), { language: "sv", theme: "default" });
  });

  it("parses agenda item numbers as people type them", () => {
    assert.deepEqual(parseItemNumbers("4"), [4]);
    assert.deepEqual(parseItemNumbers("pkt 4, 2; 4"), [2, 4]);
    assert.deepEqual(parseItemNumbers(" "), []);
    assert.equal(parseItemNumbers("fyra"), undefined);
    assert.equal(parseItemNumbers("0"), undefined);
  });
});

describe("tab: agenda drafts", () => {
  const stored = [
    { number: 1, title: "Aktuellt läge", presenters: [], plannedMinutes: 45, decisions: [], actions: [] },
    { number: 2, title: "Kommun i fokus", presenters: ["Maja Ekström", "Sofia Engqvist"], description: "Om projektet", decisions: [], actions: [], attachments: [{ title: "Bilder", url: "https://example.org/a.pdf" }] },
  ];

  it("turns the stored agenda into drafts and back into the PUT body, empty fields left out", () => {
    const drafts = draftsOf(stored);
    assert.equal(drafts[1]!.presenters, "Maja Ekström, Sofia Engqvist");
    assert.deepEqual(inputOf(drafts[0]!), { number: 1, title: "Aktuellt läge", presenters: [], plannedMinutes: 45, attachments: [] });
    assert.deepEqual(inputOf(drafts[1]!), { number: 2, title: "Kommun i fokus", presenters: ["Maja Ekström", "Sofia Engqvist"], description: "Om projektet", attachments: [{ title: "Bilder", url: "https://example.org/a.pdf" }] });
  });

  it("moves items one step and leaves the ends alone", () => {
    assert.deepEqual(moved(["a", "b", "c"], 2, -1), ["a", "c", "b"]);
    assert.deepEqual(moved(["a", "b", "c"], 0, -1), ["a", "b", "c"]);
    assert.deepEqual(moved(["a", "b", "c"], 2, 1), ["a", "b", "c"]);
  });

  it("finds a missing title, minutes that are not 1–600, and links that are not web links", () => {
    assert.deepEqual(problemsOf(emptyDraft()), { title: "missing" });
    const draft = { ...emptyDraft(), title: "Punkt", plannedMinutes: "700", attachments: [{ key: "x", title: "Länk", url: "javascript:alert(1)" }] };
    assert.deepEqual(problemsOf(draft), { plannedMinutes: "number", attachments: "link" });
    assert.deepEqual(problemsOf({ ...draft, plannedMinutes: "30", attachments: [{ key: "x", title: "Länk", url: "https://example.org" }] }), {});
  });
});
