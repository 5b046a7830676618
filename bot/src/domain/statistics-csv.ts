import type { NetworkStatistics } from "./statistics";

const HEADERS = ["Termin", "Organisation", "Möten", "Representerad", "Närvarograd (%)", "Svar i tid", "Ersättare", "Inlägg aktuellt läge", "I fokus"];

/** The name of the network totals' rows in the export. */
export const NETWORK_TOTAL_LABEL = "Hela nätverket (snitt representerade per möte)";

// A cell starting with = + - @ would be run as a formula by Excel; a leading apostrophe keeps it text.
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const percent = (rate: number) => String(Math.round(rate * 1000) / 10).replace(".", ",");

/**
 * Statistics as CSV that Swedish Excel opens as is: UTF-8 with a byte-order mark, semicolons, CRLF, Swedish
 * headers and decimal commas; one row per organisation and term, then (when present) the network's totals.
 */
export function statisticsCsv(statistics: NetworkStatistics): string {
  const rows = statistics.organisations.map((r) => [
    r.term.label, r.organisationName, r.meetings, r.represented, percent(r.attendanceRate), r.answersOnTime, r.substitutes, r.roundTableEntries, r.focusPresentations,
  ]);
  const totals = statistics.totals.map((t) => [
    t.term.label, NETWORK_TOTAL_LABEL, t.meetings, String(t.averageRepresented).replace(".", ","), percent(t.attendanceRate), t.answersOnTime, t.substitutes, t.roundTableEntries, t.focusPresentations,
  ]);
  const lines = [HEADERS, ...rows, ...totals].map((fields) => fields.map(cell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
