import { readFileSync } from "node:fs";
import type { Font } from "fontkit";
import type PDFKitDocument from "pdfkit";
import { minutesMessages } from "../texts";
import type { MinutesDocument } from "../../domain/minutes";
import { attendanceSections, closingLine, headerLines, itemHeading } from "../../domain/minutes-render";
import type { Inline, RichLine } from "../../domain/rich-text";

// DejaVu covers å, ä, ö and the bullet; pdfkit's built-in Helvetica is not embedded and lacks glyphs.
const FONTS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};
const SIZE = { title: 16, heading: 13, section: 11, body: 10.5, footer: 8 };
const LINK_COLOUR = "#1a4f9c";
const BULLET_INDENT = 16;

// PDF/A keeps the metadata as XMP (XML) too, where these characters must be escaped.
const xmlSafe = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

type Pdf = InstanceType<typeof PDFKitDocument>;

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

function writeLine(pdf: Pdf, line: RichLine, left: number, width: number): void {
  pdf.fontSize(SIZE.body);
  if (line.kind === "bullet") {
    // The bullet is drawn by hand, so its first line must fit on this page or both move to the next.
    pdf.font("regular");
    if (pdf.y + pdf.currentLineHeight(true) > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const y = pdf.y;
    pdf.font("regular").text("•", left + 2, y, { lineBreak: false });
    pdf.y = y;
    writeRuns(pdf, line.inlines, left + BULLET_INDENT, width - BULLET_INDENT);
  } else {
    writeRuns(pdf, line.inlines, left, width);
  }
  pdf.moveDown(0.15);
}

function heading(pdf: Pdf, text: string, size: number, left: number, width: number): void {
  pdf.moveDown(0.6).font("bold").fontSize(size);
  // Keep a heading with at least two lines of what follows.
  if (pdf.y + pdf.currentLineHeight(true) * 3 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  pdf.text(text, left, pdf.y, { width }).moveDown(0.25);
}

function numberPages(pdf: Pdf, language: MinutesDocument["language"]): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const label = minutesMessages[language].page(i + 1, range.count);
    pdf.font("regular").fontSize(SIZE.footer).fillColor("gray")
      .text(label, pdf.page.margins.left, pdf.page.height - bottom / 2, { width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right, align: "right" });
    pdf.page.margins.bottom = bottom;
  }
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
 * The minutes as an A4 PDF in the house layout, with DejaVu Sans embedded (so å, ä, ö render anywhere),
 * PDF/A-1b metadata (title, author, subject, creation date), clickable links and page numbers.
 */
export async function minutesPdf(doc: MinutesDocument, createdAt: Date): Promise<Buffer> {
  const { PDFDocument, fonts } = await loadPdfKit();
  const header = headerLines(doc);
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: 60, bottom: 60, left: 64, right: 64 },
    bufferPages: true,
    pdfVersion: "1.4",
    subset: "PDF/A-1b",
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
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;

  pdf.font("bold").fontSize(SIZE.title).text(header.title, left, pdf.y, { width });
  heading(pdf, header.heading, SIZE.heading, left, width);
  pdf.font("regular").fontSize(SIZE.body).text(header.place, left, pdf.y, { width });
  for (const section of attendanceSections(doc)) {
    heading(pdf, section.heading, SIZE.section, left, width);
    pdf.font("regular").fontSize(SIZE.body);
    for (const text of section.lines) pdf.text(text, left, pdf.y, { width });
  }
  for (const item of doc.items) {
    heading(pdf, itemHeading(item), SIZE.section, left, width);
    for (const line of item.lines) writeLine(pdf, line, left, width);
  }
  const closing = closingLine(doc);
  if (closing) pdf.moveDown(1.2).font("regular").fontSize(SIZE.body).text(closing, left, pdf.y, { width });
  numberPages(pdf, doc.language);
  pdf.end();
  return done;
}
