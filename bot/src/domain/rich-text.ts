import { isSafeUrl } from "./sanitise-markdown";

/** A run of text: plain, bold, and/or a link. */
export interface Inline {
  text: string;
  bold?: boolean;
  href?: string;
}

/** One line of a minutes item: a line of text or a bullet ("• …"). */
export interface RichLine {
  kind: "text" | "bullet";
  inlines: Inline[];
}

const BULLET = /^\s*[-*•]\s+/;
const INLINE = /\\([\\*[\]()_•-])|\*\*(.+?)\*\*|\[([^\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/g;

function parseInline(text: string, bold: boolean): Inline[] {
  const out: Inline[] = [];
  const push = (run: Inline) => {
    const last = out.at(-1);
    if (last && last.bold === run.bold && last.href === run.href) last.text += run.text;
    else out.push(run);
  };
  const plain = (t: string): Inline => (bold ? { text: t, bold } : { text: t });
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > at) push(plain(text.slice(at, m.index)));
    const [, escaped, strong, label, url] = m;
    if (escaped !== undefined) push(plain(escaped));
    else if (strong !== undefined) parseInline(strong, true).forEach(push);
    else if (url !== undefined && isSafeUrl(url)) push({ ...plain(label || url), href: url });
    else push(plain(label ?? ""));
    at = m.index + m[0].length;
  }
  if (at < text.length) push(plain(text.slice(at)));
  return out.filter((run) => run.text !== "");
}

/**
 * Parses the app's Markdown subset into lines: every non-blank line is a line of its own (the house
 * format keeps the writer's lines), "- ", "* " or "• " starts a bullet; inside a line `**bold**`,
 * `[text](url)` (http/https/mailto only; anything else keeps just its text) and `\` escapes.
 * @example parseMarkdown("Frågor:\n- Hur **då**?") // [{kind:"text",…}, {kind:"bullet", inlines:[{text:"Hur "},{text:"då",bold:true},{text:"?"}]}]
 */
export function parseMarkdown(markdown: string): RichLine[] {
  return markdown
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const bullet = BULLET.test(line);
      return { kind: bullet ? "bullet" : "text", inlines: parseInline((bullet ? line.replace(BULLET, "") : line).trim(), false) };
    });
}

/** A plain line (no Markdown meaning) as a rich line. */
export function plainLine(text: string, kind: RichLine["kind"] = "text", bold = false): RichLine {
  return { kind, inlines: [bold ? { text, bold } : { text }] };
}

/** The text of a line without formatting; links as "text (url)" unless the text is the address. */
export function lineToPlainText(line: RichLine): string {
  const body = line.inlines.map((run) => (run.href && run.href !== run.text && `mailto:${run.text}` !== run.href ? `${run.text} (${run.href})` : run.text)).join("");
  return line.kind === "bullet" ? `• ${body}` : body;
}

/** Escapes text so that Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\*[\]_])/g, "\\$1").replace(/^(\s*)([-•])(\s)/, "$1\\$2$3");
}

/** A line as Markdown of the same subset ("- " for bullets). */
export function lineToMarkdown(line: RichLine): string {
  const body = line.inlines
    .map((run) => {
      const text = escapeMarkdown(run.text);
      const linked = run.href ? `[${text}](${run.href})` : text;
      return run.bold ? `**${linked}**` : linked;
    })
    .join("");
  return line.kind === "bullet" ? `- ${body}` : body;
}
