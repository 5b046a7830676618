import { minutesLabels, type MinutesDocument } from "./minutes";
import { escapeMarkdown, lineToMarkdown, lineToPlainText, type RichLine } from "./rich-text";

/** The header and attendance part of the minutes, shared by every output format. */
export function headerLines(doc: MinutesDocument): { title: string; heading: string; place: string } {
  const t = minutesLabels(doc.language);
  return { title: doc.networkName, heading: `${t.minutes} ${doc.date}`, place: `${t.place}: ${doc.place}` };
}

/** The closing line ("Antecknat av …"), when the meeting has a secretary. */
export function closingLine(doc: MinutesDocument): string | undefined {
  return doc.recordedBy ? `${minutesLabels(doc.language).recordedBy} ${doc.recordedBy}` : undefined;
}

/** The "Justerat av <namn>, <datum>" lines, one per approval given. */
export function approvalLines(doc: MinutesDocument): string[] {
  const label = minutesLabels(doc.language).approvedBy;
  return (doc.approvedBy ?? []).map((a) => `${label} ${a.name}, ${a.date}`);
}

/** The attendance sections with their headings; an empty list shows "Inga". */
export function attendanceSections(doc: MinutesDocument): { heading: string; lines: string[] }[] {
  const t = minutesLabels(doc.language);
  const orNone = (lines: string[]) => (lines.length > 0 ? lines : [t.none]);
  return [
    { heading: t.present, lines: orNone(doc.present) },
    { heading: t.absent, lines: orNone(doc.absent) },
  ];
}

/** The heading of an item: "4. Kommun i fokus: Härryda". */
export function itemHeading(item: { number: number; title: string }): string {
  return `${item.number}. ${item.title}`;
}

/**
 * The minutes as plain text in the house format (blank line between sections, "• " bullets, ending
 * with "Antecknat av …" and a newline).
 */
export function renderMinutesText(doc: MinutesDocument): string {
  const header = headerLines(doc);
  const blocks: string[][] = [[header.title], [header.heading], [header.place]];
  for (const section of attendanceSections(doc)) blocks.push([section.heading, ...section.lines]);
  for (const item of doc.items) blocks.push([itemHeading(item), ...item.lines.map(lineToPlainText)]);
  const closing = [closingLine(doc), ...approvalLines(doc)].filter((l): l is string => l !== undefined);
  if (closing.length > 0) blocks.push(closing);
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
}

function itemMarkdown(lines: readonly RichLine[]): string[] {
  const out: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous && !(previous.kind === "bullet" && line.kind === "bullet")) out.push("");
    out.push(lineToMarkdown(line));
  });
  return out;
}

/** The minutes as Markdown: "#" network, "##" date heading, "###" sections and items, "- " lists. */
export function renderMinutesMarkdown(doc: MinutesDocument): string {
  const header = headerLines(doc);
  const blocks: string[][] = [[`# ${escapeMarkdown(header.title)}`], [`## ${escapeMarkdown(header.heading)}`], [escapeMarkdown(header.place)]];
  for (const section of attendanceSections(doc)) {
    blocks.push([`### ${section.heading}`], section.lines.map((line) => `- ${escapeMarkdown(line)}`));
  }
  for (const item of doc.items) {
    blocks.push([`### ${escapeMarkdown(itemHeading(item))}`]);
    if (item.lines.length > 0) blocks.push(itemMarkdown(item.lines));
  }
  const closing = [closingLine(doc), ...approvalLines(doc)].filter((l): l is string => l !== undefined);
  // Each its own paragraph: Markdown would join adjacent lines into one.
  for (const line of closing) blocks.push([escapeMarkdown(line)]);
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
}
