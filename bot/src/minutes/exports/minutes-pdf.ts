import { readFileSync } from "node:fs";
import type { Font } from "fontkit";
import type PDFKitDocument from "pdfkit";
import { minutesMessages } from "../texts";
import type { MinutesDocument } from "../../domain/minutes";
import { approvalLines, attendanceSections, closingLine, headerLines, itemHeading } from "../../domain/minutes-render";
import type { Inline, RichLine } from "../../domain/rich-text";

// DejaVu covers å, ä, ö and the bullet; pdfkit's built-in Helvetica is not embedded and lacks glyphs.
const FONTS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};
const SIZE = { title: 16, heading: 13, section: 11, body: 10.5, footer: 8 };
const LINK_COLOUR = "#1a4f9c";
const BULLET_INDENT = 16;

// PDF/UA keeps the metadata as XMP (XML) too, where these characters must be escaped.
const xmlSafe = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

type Pdf = InstanceType<typeof PDFKitDocument>;
type Struct = ReturnType<Pdf["struct"]>;

/** Where the text goes: the document's structure element and the text column. */
interface Frame {
  pdf: Pdf;
  root: Struct;
  left: number;
  width: number;
}

const bottomOf = (pdf: Pdf) => pdf.page.height - pdf.page.margins.bottom;

/** Adds a structure element (H1, H2, P, …) to the document and draws its content inside it. */
function tagged(frame: Frame, type: string, draw: () => void): void {
  frame.root.add(frame.pdf.struct(type, {}, draw));
}

function writeRuns(pdf: Pdf, inlines: readonly Inline[], x: number, width: number): void {
  const runs = inlines.length > 0 ? inlines : [{ text: "" }];
  runs.forEach((run, index) => {
    const last = index === runs.length - 1;
    pdf.font(run.bold ? "bold" : "regular").fillColor(run.href ? LINK_COLOUR : "black");
    const options = { width, continued: !last, link: run.href ?? null, underline: Boolean(run.href) };
    if (index === 0) pdf.text(run.text, x, pdf.y, options);
    else pdf.text(run.text, options);
  });
  pdf.fillColor("black");
}

/** The height a line of the minutes takes, to keep lines together across a page break. */
function lineHeight(pdf: Pdf, line: RichLine, width: number): number {
  pdf.font("regular").fontSize(SIZE.body);
  const text = line.inlines.map((run) => run.text).join("") || " ";
  return pdf.heightOfString(text, { width: line.kind === "bullet" ? width - BULLET_INDENT : width }) + pdf.currentLineHeight(true) * 0.15;
}

/** Writes an item's lines: text lines as paragraphs (P), runs of bullets as one list (L of LI with Lbl and LBody). */
function writeLines(frame: Frame, lines: readonly RichLine[], keepLastWith = 0): void {
  const { pdf, left, width } = frame;
  let list: Struct | undefined;
  lines.forEach((line, index) => {
    pdf.fontSize(SIZE.body).font("regular");
    // The last line keeps what must follow it (the closing) on its page.
    const needed = index === lines.length - 1 ? lineHeight(pdf, line, width) + keepLastWith : pdf.currentLineHeight(true);
    if (pdf.y + needed > bottomOf(pdf)) pdf.addPage();
    if (line.kind !== "bullet") {
      list?.end();
      list = undefined;
      tagged(frame, "P", () => writeRuns(pdf, line.inlines, left, width));
    } else {
      if (!list) {
        list = pdf.struct("L");
        frame.root.add(list);
      }
      const item = pdf.struct("LI");
      list.add(item);
      const y = pdf.y;
      item.add(pdf.struct("Lbl", {}, () => pdf.font("regular").text("•", left + 2, y, { lineBreak: false })));
      pdf.y = y;
      item.add(pdf.struct("LBody", {}, () => writeRuns(pdf, line.inlines, left + BULLET_INDENT, width - BULLET_INDENT)));
      item.end();
    }
    pdf.moveDown(0.15);
  });
  list?.end();
}

function heading(frame: Frame, type: "H1" | "H2", text: string, size: number, keepWith = 0): void {
  const { pdf, left, width } = frame;
  pdf.moveDown(0.6).font("bold").fontSize(size);
  // Keep a heading with at least two lines of what follows (or all of what must stay with it).
  const needed = pdf.heightOfString(text, { width }) + Math.max(pdf.currentLineHeight(true) * 2, keepWith);
  if (pdf.y + needed > bottomOf(pdf)) pdf.addPage();
  tagged(frame, type, () => pdf.font("bold").fontSize(size).text(text, left, pdf.y, { width }));
  pdf.moveDown(0.25);
}

function numberPages(pdf: Pdf, language: MinutesDocument["language"]): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const label = minutesMessages[language].page(i + 1, range.count);
    // Page numbers are pagination, not content: screen readers skip an artifact.
    pdf.markContent("Artifact", { type: "Pagination" });
    pdf.font("regular").fontSize(SIZE.footer).fillColor("gray")
      .text(label, pdf.page.margins.left, pdf.page.height - bottom / 2, { width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right, align: "right" });
    pdf.endMarkedContent();
    pdf.page.margins.bottom = bottom;
  }
}

/** The closing lines ("Antecknat av", "Justerat av") and the height they need, kept together with the last line before them. */
function closing(pdf: Pdf, doc: MinutesDocument, width: number): { lines: string[]; height: number } {
  const lines = [closingLine(doc), ...approvalLines(doc)].filter((l): l is string => l !== undefined);
  pdf.font("regular").fontSize(SIZE.body);
  const height = lines.length === 0 ? 0 : pdf.currentLineHeight(true) * 1.2 + lines.reduce((sum, line) => sum + pdf.heightOfString(line, { width }), 0);
  return { lines, height };
}

/** pdfkit with the fonts parsed once per process: parsing DejaVu Sans for every document was most of an export's time. */
interface PdfKit {
  PDFDocument: typeof PDFKitDocument;
  fonts: { regular: Font; bold: Font };
}

let loaded: Promise<PdfKit> | undefined;

// pdfkit (and its fonts) is loaded on the first export only: most starts of the server never make one.
// fontkit is imported the way pdfkit imports it, so both see the same module.
function loadPdfKit(): Promise<PdfKit> {
  loaded ??= Promise.all([import("pdfkit"), import("fontkit")]).then(([{ default: PDFDocument }, fontkit]) => ({
    PDFDocument,
    fonts: { regular: fontkit.create(readFileSync(FONTS.regular)), bold: fontkit.create(readFileSync(FONTS.bold)) },
  }));
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

/**
 * The minutes as an A4 tagged PDF (PDF/UA: structure tree with headings, paragraphs and lists, language
 * and title shown) in the house layout, with DejaVu Sans embedded (so å, ä, ö render anywhere), metadata
 * (title, author, subject, creation date), clickable links and page numbers as artifacts.
 */
export async function minutesPdf(doc: MinutesDocument, createdAt: Date): Promise<Buffer> {
  const { PDFDocument, fonts } = await loadPdfKit();
  const header = headerLines(doc);
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: 60, bottom: 60, left: 64, right: 64 },
    bufferPages: true,
    pdfVersion: "1.7",
    // pdfkit 0.20 writes the PDF/UA identification; its type definitions only know the PDF/A subsets.
    subset: "PDF/UA" as unknown as "PDF/A-1",
    tagged: true,
    lang: doc.language === "sv" ? "sv-SE" : "en-GB",
    displayTitle: true,
    info: {
      Title: xmlSafe(`${header.heading} — ${doc.meetingTitle}`),
      Author: xmlSafe(doc.recordedBy ?? doc.networkName),
      Subject: xmlSafe(doc.networkName),
      Keywords: minutesMessages[doc.language].keywords,
      Creator: "Nätverksmöten i Teams",
      CreationDate: createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  // pdfkit takes a parsed font as well as a path (its types name only paths and bytes); each document still
  // embeds its own subset of the glyphs it uses.
  pdf.registerFont("regular", fonts.regular as unknown as string);
  pdf.registerFont("bold", fonts.bold as unknown as string);
  const root = pdf.struct("Document");
  pdf.addStructure(root);
  const left = pdf.page.margins.left;
  const frame: Frame = { pdf, root, left, width: pdf.page.width - left - pdf.page.margins.right };
  const { width } = frame;

  tagged(frame, "P", () => pdf.font("bold").fontSize(SIZE.title).text(header.title, left, pdf.y, { width }));
  heading(frame, "H1", header.heading, SIZE.heading);
  tagged(frame, "P", () => pdf.font("regular").fontSize(SIZE.body).text(header.place, left, pdf.y, { width }));
  for (const section of attendanceSections(doc)) {
    heading(frame, "H2", section.heading, SIZE.section);
    for (const text of section.lines) tagged(frame, "P", () => pdf.font("regular").fontSize(SIZE.body).text(text, left, pdf.y, { width }));
  }
  const end = closing(pdf, doc, width);
  doc.items.forEach((item, index) => {
    const last = index === doc.items.length - 1;
    heading(frame, "H2", itemHeading(item), SIZE.section, last && item.lines.length === 0 ? end.height : 0);
    writeLines(frame, item.lines, last ? end.height : 0);
  });
  if (end.lines.length > 0) {
    pdf.moveDown(1.2);
    if (pdf.y + end.height - pdf.currentLineHeight(true) * 1.2 > bottomOf(pdf)) pdf.addPage();
    for (const line of end.lines) tagged(frame, "P", () => pdf.font("regular").fontSize(SIZE.body).text(line, left, pdf.y, { width }));
  }
  root.end();
  numberPages(pdf, doc.language);
  pdf.end();
  return done;
}
