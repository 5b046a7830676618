import { invalid } from "./errors";

/** The time zone every date is shown in. */
export const TIME_ZONE = "Europe/Stockholm";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The Stockholm wall-clock parts of a moment. */
export function stockholmParts(utc: Date): { date: string; time: string } {
  const p = Object.fromEntries(partsFormat.formatToParts(utc).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * Converts a Stockholm wall-clock date and time to a UTC ISO string.
 * @example stockholmToUtc("2025-03-12", "09:00") // "2025-03-12T08:00:00.000Z"
 */
export function stockholmToUtc(date: string, time: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || !clock) {
    throw invalid("invalid_time", "Ange datum som ÅÅÅÅ-MM-DD och tid som TT:MM.", "Give the date as YYYY-MM-DD and the time as HH:MM.");
  }
  const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [h, mi] = [Number(clock[1]), Number(clock[2])];
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  // Guess with the offset at the wanted instant, then correct once for a DST boundary in between.
  let guess = wanted - offsetMinutes(new Date(wanted)) * 60_000;
  guess = wanted - offsetMinutes(new Date(guess)) * 60_000;
  const back = stockholmParts(new Date(guess));
  if (back.date !== date || back.time !== time) {
    throw invalid("invalid_time", `Tiden ${date} ${time} finns inte i svensk tid.`, `${date} ${time} does not exist in Swedish time.`);
  }
  return new Date(guess).toISOString();
}

/** Minutes Stockholm is ahead of UTC at a moment (60 or 120). */
export function offsetMinutes(utc: Date): number {
  const p = Object.fromEntries(partsFormat.formatToParts(utc).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(utc.getTime() / 1000) * 1000) / 60_000);
}

// Built once: creating an Intl.DateTimeFormat costs far more than formatting with one (cards format many times).
const longDateFormats = {
  sv: new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" }),
};

/** Formats a moment for people, e.g. "onsdag 12 mars 2025 kl. 09:00" or "Wednesday, 12 March 2025, 09:00". */
export function formatDateTime(utcIso: string, language: "sv" | "en"): string {
  const d = new Date(utcIso);
  const date = longDateFormats[language].format(d);
  const { time } = stockholmParts(d);
  return language === "sv" ? `${date} kl. ${time}` : `${date}, ${time}`;
}

function dateParts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw invalid("invalid_time", "Ange datum som ÅÅÅÅ-MM-DD.", "Give the date as YYYY-MM-DD.");
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Adds whole calendar days to a date (YYYY-MM-DD), independent of time zones and DST.
 * @example addDays("2025-03-30", 1) // "2025-03-31"
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = dateParts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Day of the week of a calendar date (YYYY-MM-DD): 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = dateParts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
