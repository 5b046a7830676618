import assert from "node:assert/strict";
import type { Organisation } from "../../../bot/src/domain/network";
import type { RoundTableEntry } from "../../../bot/src/domain/round-table";
import { GENERATED_BLOCK_END, GENERATED_BLOCK_START, mergeGeneratedBlock, roundTableMinutesLines } from "../../../bot/src/domain/round-table-minutes";

const org = (id: string, name: string, order: number, kind: Organisation["kind"] = "kommun"): Organisation => ({ id, networkId: "n", name, kind, order });
const organisations = [org("molndal", "Mölndal", 90), org("ale", "Ale", 10), org("af", "Arbetsförmedlingen", 140, "myndighet"), org("gr", "GR", 180, "annan"), org("lerum", "Lerum", 70)];
const entry = (organisationId: string, text: string): RoundTableEntry => ({ organisationId, reporterId: "r", reporterName: "R", text, fields: {}, submitted: "before", updatedAt: "2030-01-01T00:00:00Z" });

describe("round table in the minutes", () => {
  it("renders '<Kommun>: <text>' per organisation with an entry, in round-table order, the text on one line", () => {
    const lines = roundTableMinutesLines(organisations, [entry("molndal", "Sommaraktiviteter planeras."), entry("ale", "Två nya familjer.\nBoendet löst.")]);
    assert.deepEqual(lines, ["Ale: Två nya familjer. Boendet löst.", "Mölndal: Sommaraktiviteter planeras."]);
  });

  it("puts agencies under 'Omvärldsbevakning' after the municipalities, and never 'annan'", () => {
    const lines = roundTableMinutesLines(organisations, [entry("af", "Ledtiderna kortas."), entry("gr", "x"), entry("lerum", "Inget att rapportera.")]);
    assert.deepEqual(lines, ["Lerum: Inget att rapportera.", "Omvärldsbevakning", "Arbetsförmedlingen: Ledtiderna kortas."]);
  });

  it("keeps the secretary's text and adds the generated block after it", () => {
    const notes = mergeGeneratedBlock("Mötet inleds med aktuellt läge i respektive kommun.", ["Ale: A.", "Lerum: L."]);
    assert.ok(notes.startsWith("Mötet inleds med aktuellt läge i respektive kommun.\n\n" + GENERATED_BLOCK_START));
    assert.ok(notes.endsWith(GENERATED_BLOCK_END));
    assert.ok(notes.includes("Ale: A.\n\nLerum: L."));
  });

  it("replaces only the generated block on a second run, keeping text typed before and after it", () => {
    const first = mergeGeneratedBlock("Inledning.", ["Ale: gammal."]);
    const typedAfter = `${first}\n\nSekreterarens tillägg.`;
    const second = mergeGeneratedBlock(typedAfter, ["Ale: ny."]);
    assert.ok(second.startsWith("Inledning.\n\n"));
    assert.ok(second.endsWith("\n\nSekreterarens tillägg."));
    assert.ok(second.includes("Ale: ny."));
    assert.ok(!second.includes("gammal"));
    assert.equal(second.split(GENERATED_BLOCK_START).length, 2);
    assert.equal(mergeGeneratedBlock(second, ["Ale: ny."]), second);
  });

  it("writes just the block into empty notes", () => {
    assert.equal(mergeGeneratedBlock(undefined, []), `${GENERATED_BLOCK_START}\n${GENERATED_BLOCK_END}`);
  });
});
