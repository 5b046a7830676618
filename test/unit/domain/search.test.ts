import assert from "node:assert/strict";
import { fold, highlightRanges, matchesQuery, matchKind, queryWords, snippet } from "../../../bot/src/domain/search";

describe("search matching (Swedish-friendly)", () => {
  it("matches case-insensitively", () => {
    assert.ok(matchesQuery(queryWords("MÖLNDAL"), "Ida Holm, Mölndal"));
    assert.ok(matchesQuery(queryWords("sfi"), "SFI har utökat"));
  });

  it("finds words typed without å, ä, ö as folded matches, and as typed as exact ones", () => {
    assert.equal(matchKind(queryWords("lansstyrelsen"), "Länsstyrelsen informerar"), "folded");
    assert.equal(matchKind(queryWords("läns"), "Länsstyrelsen informerar"), "exact");
    assert.equal(matchKind(queryWords("LÄNS"), "Länsstyrelsen informerar"), "exact");
    assert.equal(matchKind(queryWords("ockero"), "Öckerö"), "folded");
    assert.equal(matchKind(queryWords("lans"), "Lerum"), undefined);
    assert.equal(fold("Åberg Örebro Malmö café"), "aberg orebro malmo cafe");
  });

  it("highlights each matching word's beginning in the original text, folded or not", () => {
    const text = "Nils Åberg, Länsstyrelsen, om länsstyrelsens uppdrag";
    assert.deepEqual(highlightRanges(text, queryWords("lans")).map(([a, b]) => text.slice(a, b)), ["Läns", "läns"]);
    assert.deepEqual(highlightRanges(text, queryWords("aberg upp")).map(([a, b]) => text.slice(a, b)), ["Åberg", "upp"]);
    const decomposed = "A\u030Aberg";
    assert.deepEqual(highlightRanges(decomposed, ["ab"]), [[0, 3]]);
    assert.deepEqual(highlightRanges(text, []), []);
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
