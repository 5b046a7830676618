import assert from "node:assert/strict";
import { matchesQuery, queryWords, snippet } from "../../../bot/src/domain/search";

describe("search matching (Swedish-friendly)", () => {
  it("matches case-insensitively", () => {
    assert.ok(matchesQuery(queryWords("MÖLNDAL"), "Ida Holm, Mölndal"));
    assert.ok(matchesQuery(queryWords("sfi"), "SFI har utökat"));
  });

  it("keeps å, ä and ö apart from a and o", () => {
    assert.ok(!matchesQuery(queryWords("lans"), "Länsstyrelsen informerar"));
    assert.ok(matchesQuery(queryWords("läns"), "Länsstyrelsen informerar"));
    assert.ok(!matchesQuery(queryWords("ockero"), "Öckerö"));
    assert.ok(!matchesQuery(queryWords("äle"), "Ale"));
  });

  it("matches words by their beginning, not their middle", () => {
    assert.ok(matchesQuery(queryWords("mottag"), "minskat mottagande"));
    assert.ok(!matchesQuery(queryWords("tagande"), "minskat mottagande"));
  });

  it("needs every word of the query", () => {
    assert.ok(matchesQuery(queryWords("mammor arbete"), "projektet \"Mammor i arbete\""));
    assert.ok(!matchesQuery(queryWords("mammor pappor"), "projektet \"Mammor i arbete\""));
  });

  it("treats composed and decomposed å alike", () => {
    assert.ok(matchesQuery(queryWords("a\u030Aberg"), "Nils Åberg"));
  });

  it("finds no words in punctuation only", () => {
    assert.deepEqual(queryWords(" ?!* "), []);
    assert.ok(!matchesQuery([], "anything"));
  });

  it("cuts a snippet around the first hit with '…' on one line", () => {
    const text = `${"Inledande text. ".repeat(20)}Här står ordet kvällsgrupp.\n${"Avslutande text. ".repeat(20)}`;
    const cut = snippet(text, queryWords("kvällsgr"), 80);
    assert.ok(cut.startsWith("…") && cut.endsWith("…"));
    assert.ok(cut.includes("kvällsgrupp"));
    assert.ok(!cut.includes("\n"));
    assert.equal(snippet("Kort text", queryWords("kort")), "Kort text");
  });
});
