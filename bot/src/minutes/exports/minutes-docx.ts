import type { MinutesDocument } from "../../domain/minutes";
import { approvalLines, attendanceSections, closingLine, headerLines, itemHeading } from "../../domain/minutes-render";
import type { Inline, RichLine } from "../../domain/rich-text";

const BULLETS = "minutes-bullets";

// The docx library is loaded on the first export only: most starts of the server never make one.
const loadDocx = () => import("docx");
type Docx = Awaited<ReturnType<typeof loadDocx>>;
type Paragraph = InstanceType<Docx["Paragraph"]>;

/** Paragraph builders over the loaded library. */
function builders({ ExternalHyperlink, Paragraph, TextRun }: Docx) {
  function runs(inlines: readonly Inline[]) {
    return inlines.map((run) => {
      const text = new TextRun({ text: run.text, bold: run.bold, ...(run.href ? { style: "Hyperlink" } : {}) });
      return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
    });
  }

  function line(richLine: RichLine): Paragraph {
    return new Paragraph({
      children: runs(richLine.inlines),
      spacing: { after: 60 },
      ...(richLine.kind === "bullet" ? { numbering: { reference: BULLETS, level: 0 } } : {}),
    });
  }

  const plain = (text: string, after = 0) => new Paragraph({ children: [new TextRun(text)], spacing: { after } });
  const heading = (text: string, level: Docx["HeadingLevel"][keyof Docx["HeadingLevel"]]) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
  return { line, plain, heading };
}

/**
 * The minutes as a Word document in the house layout: the network as title, "Anteckningar <date>" as
 * heading, the place, NÄRVARANDE / EJ NÄRVARANDE one person a line, numbered items as headings with their
 * lines and "•" bullet lists, and "Antecknat av …" and "Justerat av …" at the end. Headings use Word's
 * Title/Heading 1/Heading 2 styles and bullets are a real list (List Paragraph with numbering), so that
 * Word's navigation pane, screen readers and an exported PDF see the structure. Document properties carry title and author.
 */
export async function minutesDocx(doc: MinutesDocument): Promise<Buffer> {
  const docx = await loadDocx();
  const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } = docx;
  const { line, plain, heading } = builders(docx);
  const header = headerLines(doc);
  const closing = closingLine(doc);
  const children: Paragraph[] = [
    new Paragraph({ text: header.title, heading: HeadingLevel.TITLE }),
    heading(header.heading, HeadingLevel.HEADING_1),
    plain(header.place, 120),
    ...attendanceSections(doc).flatMap((section) => [heading(section.heading, HeadingLevel.HEADING_2), ...section.lines.map((l) => plain(l))]),
    ...doc.items.flatMap((item) => [heading(itemHeading(item), HeadingLevel.HEADING_2), ...item.lines.map(line)]),
    ...(closing ? [new Paragraph({ children: [new TextRun(closing)], spacing: { before: 360 } })] : []),
    ...approvalLines(doc).map((l) => plain(l)),
  ];
  const document = new Document({
    title: `${header.heading} — ${doc.meetingTitle}`,
    subject: doc.networkName,
    creator: doc.recordedBy ?? doc.networkName,
    description: header.heading,
    // The document's language, so that screen readers and the spelling check read it as Swedish (or English).
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: doc.language === "sv" ? "sv-SE" : "en-GB" } } } } },
    numbering: {
      config: [{
        reference: BULLETS,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }],
      }],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
