import { invalid } from "./errors";
import { inRoundTableOrder, type Organisation } from "./network";
import { stripMultiLineControls } from "./text-rules";

/** When an update was written, relative to the meeting. */
export type SubmittedWhen = "before" | "during" | "after";

/** An organisation's "aktuellt läge" for one meeting: one entry per organisation per meeting. */
export interface RoundTableEntry {
  organisationId: string;
  reporterId: string;
  reporterName: string;
  text: string;
  /** Answers to the network's optional structured questions, by question label. */
  fields: Record<string, string>;
  submitted: SubmittedWhen;
  updatedAt: string;
}

/** A stop of the round-table walk. */
export interface WalkStop {
  organisation: Organisation;
  round: "kommuner" | "omvarldsbevakning";
  /** `skipped` when nobody is present and nothing was submitted beforehand. */
  status: "due" | "skipped";
}

/** Longest round-table text accepted. */
export const MAX_ROUND_TABLE_TEXT = 8000;

/** What an empty update means. */
export const NOTHING_TO_REPORT = { sv: "Inget att rapportera.", en: "Nothing to report." } as const;

/**
 * Walks municipalities in round-table order, then (when enabled) agencies and regional bodies under
 * "Omvärldsbevakning"; an organisation with nobody present is skipped unless it pre-submitted an entry.
 */
export function roundTableWalk(
  organisations: readonly Organisation[],
  options: { presentOrganisationIds: ReadonlySet<string>; entries: readonly RoundTableEntry[]; includeAgencies: boolean },
): WalkStop[] {
  const submitted = new Set(options.entries.filter((e) => e.text.trim() !== "").map((e) => e.organisationId));
  const stop = (organisation: Organisation, round: WalkStop["round"]): WalkStop => ({
    organisation,
    round,
    status: options.presentOrganisationIds.has(organisation.id) || submitted.has(organisation.id) ? "due" : "skipped",
  });
  const ordered = inRoundTableOrder(organisations);
  const municipalities = ordered.filter((o) => o.kind === "kommun").map((o) => stop(o, "kommuner"));
  const agencies = options.includeAgencies
    ? ordered.filter((o) => o.kind === "myndighet" || o.kind === "region").map((o) => stop(o, "omvarldsbevakning"))
    : [];
  return [...municipalities, ...agencies];
}

/** Removes control characters other than tab and line breaks. */
export function stripControlCharacters(text: string): string {
  return stripMultiLineControls(text);
}

/** Strips control characters, refuses text over the limit, and turns empty text into "inget att rapportera". */
export function normaliseRoundTableText(text: string, language: "sv" | "en" = "sv"): string {
  const cleaned = stripControlCharacters(text).trim();
  if (cleaned.length > MAX_ROUND_TABLE_TEXT) {
    throw invalid(
      "text_too_long",
      `Texten är för lång: högst ${MAX_ROUND_TABLE_TEXT} tecken (nu ${cleaned.length}).`,
      `The text is too long: at most ${MAX_ROUND_TABLE_TEXT} characters (now ${cleaned.length}).`,
      { limit: MAX_ROUND_TABLE_TEXT, length: cleaned.length },
    );
  }
  return cleaned === "" ? NOTHING_TO_REPORT[language] : cleaned;
}
