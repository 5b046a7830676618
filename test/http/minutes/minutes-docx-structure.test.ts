import assert from "node:assert/strict";
import { strFromU8, unzipSync } from "fflate";
import type { MinutesDocument } from "../../../bot/src/domain/minutes";
import { parseMarkdown } from "../../../bot/src/domain/rich-text";
import { minutesDocx } from "../../../bot/src/minutes/exports/minutes-docx";

/** Each paragraph of document.xml as its style, whether it is in a list, and its text. */
function paragraphs(buffer: Buffer): { style?: string; list: boolean; text: string }[] {
  const files = unzipSync(new Uint8Array(buffer));
  const xml = strFromU8(files["word/document.xml"]!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    list: p.includes("<w:numPr>"),
    text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  }));
}

describe("minutes DOCX: headings and lists as Word styles", () => {
  it("uses Title, Heading 1 and Heading 2 for the headings, List Paragraph with numbering for bullets, and Swedish as language", async () => {
    const doc: MinutesDocument = {
      language: "sv", networkName: "Nätverket", meetingTitle: "Nätverksmöte", date: "2025-03-12", place: "Teams", present: ["Elin Bergqvist, Ale kommun"], absent: [],
      items: [{ number: 1, title: "Aktuellt läge", lines: parseMarkdown("Inledning\n- Bostäder\n- Skola") }], recordedBy: "Emma Strand",
      approvedBy: [{ name: "Elin Bergqvist", date: "2025-03-14" }],
    };
    const buffer = await minutesDocx(doc);
    const styleOf = (text: string) => paragraphs(buffer).find((p) => p.text === text);
    assert.equal(styleOf("Nätverket")?.style, "Title");
    assert.equal(styleOf("Anteckningar 2025-03-12")?.style, "Heading1");
    assert.equal(styleOf("NÄRVARANDE")?.style, "Heading2");
    assert.equal(styleOf("1. Aktuellt läge")?.style, "Heading2");
    assert.deepEqual(styleOf("Bostäder"), { style: "ListParagraph", list: true, text: "Bostäder" });
    assert.equal(styleOf("Inledning")?.list, false);
    assert.ok(styleOf("Justerat av Elin Bergqvist, 2025-03-14"));
    const styles = strFromU8(unzipSync(new Uint8Array(buffer))["word/styles.xml"]!);
    assert.match(styles, /<w:lang w:val="sv-SE"/);
    assert.match(styles, /w:styleId="ListParagraph"/);
  });
});
