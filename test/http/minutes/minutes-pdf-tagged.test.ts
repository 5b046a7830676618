import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MinutesDocument } from "../../../bot/src/domain/minutes";
import { parseMarkdown } from "../../../bot/src/domain/rich-text";
import { minutesPdf } from "../../../bot/src/minutes/exports/minutes-pdf";

/** Runs a poppler tool on the PDF and returns what it prints. */
function poppler(buffer: Buffer, tool: "pdftotext" | "pdfinfo", args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "minutes-tagged-"));
  try {
    const file = join(dir, "minutes.pdf");
    writeFileSync(file, buffer);
    return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const base: MinutesDocument = {
  language: "sv", networkName: "Nätverket för mottagande", meetingTitle: "Nätverksmöte", date: "2025-03-12", place: "Digitalt via Teams",
  present: ["Elin Bergqvist, Ale kommun"], absent: [], items: [], recordedBy: "Emma Strand", approvedBy: [{ name: "Elin Bergqvist", date: "2025-03-14" }],
};

describe("minutes PDF: tagged for accessibility, closing kept with the text", function () {
  this.timeout(120_000);
  it("is a tagged PDF/UA file with language, title shown, and headings, paragraphs and lists in its structure tree", async () => {
    const doc: MinutesDocument = { ...base, items: [{ number: 1, title: "Aktuellt läge", lines: parseMarkdown("Samtal i **grupper** om [GR:s sida](https://www.goteborgsregionen.se):\n- Bostäder\n- Skola") }] };
    const pdf = await minutesPdf(doc, new Date("2025-03-14T10:00:00Z"));
    const info = poppler(pdf, "pdfinfo");
    assert.match(info, /Tagged:\s+yes/);
    assert.match(info, /PDF version:\s+1\.7/);
    const raw = pdf.toString("latin1");
    assert.match(raw, /\/StructTreeRoot \d+ 0 R/);
    assert.match(raw, /\/Lang \(sv-SE\)/);
    assert.match(raw, /\/DisplayDocTitle true/);
    assert.match(raw, /\/Marked true/);
    assert.match(raw, /pdfuaid:part>1</);
    const tree = poppler(pdf, "pdfinfo", ["-struct-text"]).split("\n").map((l) => l.trimEnd());
    const at = (line: string) => tree.indexOf(line);
    assert.equal(tree[0], "Document");
    assert.ok(at("  H1 (block)") >= 0 && tree[at("  H1 (block)") + 1]!.includes("Anteckningar 2025-03-12"), tree.join("\n"));
    const item = tree.findIndex((l, i) => l === "  H2 (block)" && tree[i + 1]!.includes("1. Aktuellt läge"));
    assert.ok(item > 0, tree.join("\n"));
    assert.deepEqual(tree.slice(item + 2, item + 14), [
      "  P (block)", "    \"Samtal i grupper om GR:s sida:\"",
      "  L (block)", "    LI (block)", "      Lbl (block)", "        \"•\"", "      LBody (block)", "        \"Bostäder\"",
      "    LI (block)", "      Lbl (block)", "        \"•\"", "      LBody (block)",
    ]);
    assert.ok(tree.some((l) => l.includes("\"Justerat av Elin Bergqvist, 2025-03-14\"")), tree.join("\n"));
    assert.ok(!tree.some((l) => l.includes("Sida 1 av")), "the page number is an artifact, not content");
  });

  it("never puts 'Antecknat av' alone on a page: the last line of the last item goes with it", async () => {
    for (let count = 30; count <= 60; count += 1) {
      const lines = parseMarkdown(Array.from({ length: count }, (_, i) => `Rad ${i + 1} av anteckningarna.`).join("\n"));
      const doc: MinutesDocument = { ...base, items: [{ number: 1, title: "Aktuellt läge", lines }] };
      const pages = poppler(await minutesPdf(doc, new Date("2025-03-14T10:00:00Z")), "pdftotext").split("\f");
      const page = pages.find((p) => p.includes("Antecknat av Emma Strand"))!;
      const body = page.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !/^Sida \d+ av \d+$/.test(l));
      assert.ok(body.length > 2, `${count} lines: the closing stands alone on its page: ${JSON.stringify(body)}`);
    }
  });
});
