// fontkit (pdfkit's font engine) ships no types; the PDF export only opens a font and hands it to pdfkit.
declare module "fontkit" {
  /** A parsed font: pdfkit lays text out with it and embeds the glyphs a document uses. */
  export interface Font {
    layout(text: string): unknown;
  }
  /** Parses a font file's bytes. */
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
