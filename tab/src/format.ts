import { parseItemNumbers as parseItems } from "../../bot/src/domain/roll-call-input";
import type { Language } from "../../bot/src/domain/network";
import { stockholmParts, TIME_ZONE } from "../../bot/src/domain/time";

const locales: Record<Language, string> = { sv: "sv-SE", en: "en-GB" };

/** The Stockholm date of a moment, e.g. "onsdag 12 mars 2025" / "Wednesday 12 March 2025". */
export function formatMeetingDate(utcIso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(new Date(utcIso));
}

/** Stockholm start and end time, e.g. "09:00–11:30". */
export function formatTimeRange(startUtc: string, endUtc: string): string {
  return `${stockholmParts(new Date(startUtc)).time}–${stockholmParts(new Date(endUtc)).time}`;
}

/** A short Stockholm date and time, e.g. "12 mars 2025 09:00". */
export function formatMoment(utcIso: string, language: Language): string {
  const date = new Intl.DateTimeFormat(locales[language], { timeZone: TIME_ZONE, day: "numeric", month: "short", year: "numeric" }).format(new Date(utcIso));
  return `${date} ${stockholmParts(new Date(utcIso)).time}`;
}

/**
 * The domain's reading of "2, 4" or "pkt 4" for a form field (where a semicolon, as pasted from a
 * spreadsheet, separates like a comma): undefined when the text cannot be read.
 */
export function parseItemNumbers(text: string): number[] | undefined {
  try {
    return parseItems(text.replace(/;/g, ","));
  } catch {
    return undefined;
  }
}
