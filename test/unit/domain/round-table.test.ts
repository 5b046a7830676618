import assert from "node:assert/strict";
import type { Organisation } from "../../../bot/src/domain/network";
import { MAX_ROUND_TABLE_TEXT, normaliseRoundTableText, roundTableWalk, type RoundTableEntry } from "../../../bot/src/domain/round-table";

const org = (id: string, order: number, kind: Organisation["kind"] = "kommun"): Organisation => ({ id, networkId: "n", name: id.toUpperCase(), kind, order });
const organisations = [org("c", 30), org("a", 10), org("b", 20), org("af", 40, "myndighet"), org("vgr", 50, "region"), org("gr", 60, "annan")];
const entry = (organisationId: string, text: string): RoundTableEntry => ({ organisationId, reporterId: "r", reporterName: "R", text, fields: {}, submitted: "before", updatedAt: "2025-01-01T00:00:00Z" });

describe("round-table walk", () => {
  it("walks municipalities in round-table order", () => {
    const walk = roundTableWalk(organisations, { presentOrganisationIds: new Set(["a", "b", "c"]), entries: [], includeAgencies: false });
    assert.deepEqual(walk.map((s) => s.organisation.id), ["a", "b", "c"]);
    assert.ok(walk.every((s) => s.status === "due"));
  });

  it("skips an organisation with nobody present", () => {
    const walk = roundTableWalk(organisations, { presentOrganisationIds: new Set(["a", "c"]), entries: [], includeAgencies: false });
    assert.equal(walk.find((s) => s.organisation.id === "b")!.status, "skipped");
  });

  it("keeps an absent organisation that pre-submitted its update", () => {
    const walk = roundTableWalk(organisations, { presentOrganisationIds: new Set(["a"]), entries: [entry("b", "Vi har nytt.")], includeAgencies: false });
    assert.equal(walk.find((s) => s.organisation.id === "b")!.status, "due");
    assert.equal(walk.find((s) => s.organisation.id === "c")!.status, "skipped");
  });

  it("adds agencies and regions as Omvärldsbevakning only when asked, never 'annan'", () => {
    const present = new Set(["a", "b", "c", "af", "vgr", "gr"]);
    assert.equal(roundTableWalk(organisations, { presentOrganisationIds: present, entries: [], includeAgencies: false }).length, 3);
    const walk = roundTableWalk(organisations, { presentOrganisationIds: present, entries: [], includeAgencies: true });
    assert.deepEqual(walk.slice(3).map((s) => [s.organisation.id, s.round]), [["af", "omvarldsbevakning"], ["vgr", "omvarldsbevakning"]]);
  });
});

describe("round-table text", () => {
  it("turns empty text into 'inget att rapportera'", () => {
    assert.equal(normaliseRoundTableText("   "), "Inget att rapportera.");
    assert.equal(normaliseRoundTableText("", "en"), "Nothing to report.");
  });

  it("strips control characters but keeps line breaks", () => {
    assert.equal(normaliseRoundTableText("Rad ett\u0007\nRad två\u0000"), "Rad ett\nRad två");
  });

  it("refuses text over the limit, naming the limit", () => {
    assert.throws(() => normaliseRoundTableText("x".repeat(MAX_ROUND_TABLE_TEXT + 1)), /8000/);
    assert.equal(normaliseRoundTableText("x".repeat(MAX_ROUND_TABLE_TEXT)).length, MAX_ROUND_TABLE_TEXT);
  });
});
