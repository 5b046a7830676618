import assert from "node:assert/strict";
import { focusItemPosition, focusItemTitle, parsePresenters, proposeNext, rotation, type FocusTurn } from "../../../bot/src/domain/focus";
import type { Organisation } from "../../../bot/src/domain/network";

const org = (id: string, order: number, kind: Organisation["kind"] = "kommun", active = true): Organisation => ({ id, networkId: "n", name: id.toUpperCase(), kind, order, ...(active ? {} : { active: false }) });
const turn = (organisationId: string, date: string, status: FocusTurn["status"], extra: Partial<FocusTurn> = {}): FocusTurn => ({
  networkId: "n", organisationId, date, status, presenters: [], askedAt: `${date}T08:00:00.000Z`, ...extra,
});
const organisations = [org("ale", 10), org("lerum", 20), org("molndal", 30), org("af", 40, "myndighet"), org("gamla", 50, "kommun", false)];

describe("Kommun i fokus: the rotation", () => {
  it("proposes a municipality that never presented first, in round-table order", () => {
    const rows = rotation(organisations, [turn("ale", "2025-03-12", "accepted")], "2026-01-10");
    assert.deepEqual(rows.map((r) => r.organisationId), ["lerum", "molndal", "ale"]);
    assert.equal(proposeNext(rows)?.organisationId, "lerum");
  });

  it("then the one longest since its last presentation; agencies and deactivated municipalities are not in it", () => {
    const turns = [turn("ale", "2025-09-10", "accepted"), turn("lerum", "2024-11-05", "accepted"), turn("molndal", "2025-03-12", "accepted"), turn("lerum", "2025-12-03", "accepted")];
    const rows = rotation(organisations, turns, "2026-01-10");
    assert.deepEqual(rows.map((r) => [r.organisationId, r.lastPresented, r.presentations]), [["molndal", "2025-03-12", 1], ["ale", "2025-09-10", 1], ["lerum", "2025-12-03", 2]]);
  });

  it("skips an organisation that declined within half a year, but asks it again after that", () => {
    const turns = [turn("lerum", "2025-12-03", "accepted"), turn("ale", "2025-11-05", "accepted"), turn("molndal", "2026-02-11", "declined", { answeredAt: "2025-12-20T10:00:00.000Z" })];
    assert.equal(proposeNext(rotation(organisations, turns, "2026-01-10"))?.organisationId, "ale");
    assert.equal(rotation(organisations, turns, "2026-01-10").at(-1)?.declinedRecently, true);
    assert.equal(proposeNext(rotation(organisations, turns, "2026-07-01"))?.organisationId, "molndal");
  });

  it("does not propose an organisation already asked or booked for a coming meeting, nor count it as presented", () => {
    const rows = rotation(organisations, [turn("lerum", "2026-02-11", "accepted", { meetingId: "m1" }), turn("ale", "2026-02-11", "asked", { meetingId: "m1" })], "2026-01-10");
    assert.equal(proposeNext(rows)?.organisationId, "molndal");
    assert.deepEqual(rows.find((r) => r.organisationId === "lerum")?.pending, { meetingId: "m1", date: "2026-02-11", status: "accepted" });
    assert.equal(rows.find((r) => r.organisationId === "lerum")?.presentations, 0);
  });

  it("proposes nobody when every municipality is asked or declined", () => {
    const turns = ["ale", "lerum", "molndal"].map((id) => turn(id, "2026-02-11", "asked", { meetingId: "m1" }));
    assert.equal(proposeNext(rotation(organisations, turns, "2026-01-10")), undefined);
  });

  it("titles the item as the house format does and places it before the closing items", () => {
    assert.equal(focusItemTitle("Mölndal"), "Mölndal i fokus");
    assert.equal(focusItemPosition([{ title: "Inledning" }, { title: "Omvärldsbevakning" }, { title: "Övriga punkter" }]), 2);
    assert.equal(focusItemPosition([{ title: "Inledning" }, { title: "Nästa möte" }]), 1);
    assert.equal(focusItemPosition([{ title: "Inledning" }]), 1);
  });

  it("reads presenters typed on one line or one a line", () => {
    assert.deepEqual(parsePresenters("Ida Holm, Per Ek;\nSara Lind , "), ["Ida Holm", "Per Ek", "Sara Lind"]);
  });
});
