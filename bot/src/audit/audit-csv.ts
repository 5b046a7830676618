import { auditActionLabels, type AuditEntry } from "../domain/audit";
import type { Language } from "../domain/network";

// A cell starting with one of these is read as a formula by spreadsheet programs.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | undefined): string {
  const text = value ?? "";
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One entry's changes on one line: "fält: före → efter; …". */
export function changesText(entry: AuditEntry): string {
  return entry.changes.map((c) => `${c.field}: ${c.before ?? "–"} → ${c.after ?? "–"}`).join("; ");
}

/**
 * The entries as CSV for a spreadsheet: semicolon-separated (what Excel with Swedish settings expects),
 * UTF-8 with a byte-order mark, one row per entry, cells that look like formulas defused with a leading '.
 */
export function auditCsv(entries: readonly AuditEntry[], language: Language): string {
  const header = language === "en"
    ? ["time (UTC)", "actor", "actor id", "action", "meeting", "target", "target name", "changes"]
    : ["tid (UTC)", "vem", "vems id", "händelse", "möte", "gäller", "namn", "ändringar"];
  const rows = entries.map((e) => [e.at, e.actorName, e.actorId, auditActionLabels[language][e.action], e.meetingId, e.target, e.targetName, changesText(e)]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
