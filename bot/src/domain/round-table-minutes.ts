import { inRoundTableOrder, type Organisation } from "./network";
import type { RoundTableEntry } from "./round-table";

/** First line of the generated round-table block in the notes of agenda item 1 (a Markdown comment). */
export const GENERATED_BLOCK_START = "<!-- aktuellt läge: start (skapas från rundan; ändra texterna i rundan) -->";
/** Last line of the generated block. */
export const GENERATED_BLOCK_END = "<!-- aktuellt läge: slut -->";
/** Heading of the agencies' part of the block. */
export const AGENCIES_HEADING = "Omvärldsbevakning";

/** One organisation's line of the minutes: "<Kommun>: <text>", the text on one line. */
export function minutesLine(organisationName: string, text: string): string {
  return `${organisationName}: ${text.replace(/\s*\n\s*/g, " ").trim()}`;
}

/**
 * The minutes' paragraphs of a round table: municipalities with an entry in round-table order, then, when
 * any agency or regional body has an entry, "Omvärldsbevakning" and their lines.
 */
export function roundTableMinutesLines(organisations: readonly Organisation[], entries: readonly RoundTableEntry[]): string[] {
  const byOrg = new Map(entries.map((e) => [e.organisationId, e]));
  const linesOf = (kinds: readonly Organisation["kind"][]) =>
    inRoundTableOrder(organisations)
      .filter((o) => kinds.includes(o.kind) && byOrg.has(o.id))
      .map((o) => minutesLine(o.name, byOrg.get(o.id)!.text));
  const agencies = linesOf(["myndighet", "region"]);
  return [...linesOf(["kommun"]), ...(agencies.length > 0 ? [AGENCIES_HEADING, ...agencies] : [])];
}

/** The generated block: start marker, one paragraph per line, end marker. */
export function generatedBlock(lines: readonly string[]): string {
  return [GENERATED_BLOCK_START, ...lines.flatMap((line, i) => (i === 0 ? [line] : ["", line])), GENERATED_BLOCK_END].join("\n");
}

/**
 * Puts the generated block into an agenda item's notes without touching anything the secretary wrote:
 * an existing block (between the markers) is replaced, otherwise the block is added after the text.
 */
export function mergeGeneratedBlock(notes: string | undefined, lines: readonly string[]): string {
  const block = generatedBlock(lines);
  const current = notes ?? "";
  const start = current.indexOf(GENERATED_BLOCK_START);
  const end = start < 0 ? -1 : current.indexOf(GENERATED_BLOCK_END, start);
  if (start >= 0 && end >= 0) return current.slice(0, start) + block + current.slice(end + GENERATED_BLOCK_END.length);
  const typed = current.trimEnd();
  return typed === "" ? block : `${typed}\n\n${block}`;
}
