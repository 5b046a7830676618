import { invalid } from "./errors";
import type { Language } from "./network";

/** What an audit entry records. */
export type AuditAction =
  | "attendance.mark"
  | "minutes.edit"
  | "minutes.correct"
  | "minutes.action"
  | "minutes.approvers"
  | "minutes.approve"
  | "minutes.publish"
  | "agenda.replace"
  | "meeting.create"
  | "meeting.update"
  | "meeting.cancel"
  | "member.add"
  | "member.update"
  | "member.export"
  | "member.erase"
  | "organisation.add"
  | "organisation.update"
  | "organisation.reorder"
  | "network.update"
  | "material.add"
  | "material.remove";

/** One changed field: its value before and after, shortened (long texts only by their length). */
export interface AuditChange {
  field: string;
  before?: string;
  after?: string;
}

/** Who changed what and when, in one network (and meeting). */
export interface AuditEntry {
  id: string;
  networkId: string;
  meetingId?: string;
  /** ISO time from the app's clock. */
  at: string;
  actorId: string;
  actorName: string;
  action: AuditAction;
  /** What was changed: a person's id, "3" for agenda item 3, "minutes", the meeting's id, … */
  target: string;
  /** A readable name of the target when it is a person (as recorded at the time). */
  targetName?: string;
  changes: AuditChange[];
}

/** An entry before the log gives it an id and a time. */
export type AuditDraft = Omit<AuditEntry, "id" | "at">;

/** Row key: time first, so that a partition lists in time order and a period is one key range. */
export function auditRowKey(entry: Pick<AuditEntry, "at" | "id">): string {
  return `${entry.at}|${entry.id}`;
}

const MAX_VALUE = 120;

/** A value as an audit entry shows it: text cut at 120 characters, lists joined, nothing for absent. */
export function auditValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return undefined;
  const text = Array.isArray(value) ? value.map((v) => auditValue(v) ?? "").join(", ") : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** A long text as an audit entry shows it: only its length, never the text itself. */
export function textLength(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : `${value.length} tecken`;
}

/**
 * The fields that differ between two versions of a value, each shortened by `auditValue` (or by `textLength`
 * for the fields named in `longTexts`).
 * @example changedFields({ role: "member" }, { role: "coordinator" }, ["role"]) // [{ field: "role", before: "member", after: "coordinator" }]
 */
export function changedFields<T extends object>(before: Partial<T> | undefined, after: Partial<T> | undefined, fields: readonly (keyof T & string)[], longTexts: readonly (keyof T & string)[] = []): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const b = before?.[field];
    const a = after?.[field];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    const show = longTexts.includes(field) ? (v: unknown) => textLength(v as string | undefined) : auditValue;
    changes.push({ field, ...(show(b) !== undefined ? { before: show(b) } : {}), ...(show(a) !== undefined ? { after: show(a) } : {}) });
  }
  return changes;
}

/** A period of the audit log to read: ISO times, `from` included, `to` excluded. */
export interface AuditPeriod {
  from: string;
  to: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function parseMoment(value: string | undefined, name: "from" | "to"): number | undefined {
  if (value === undefined || value === "") return undefined;
  // A date alone means that whole day (UTC): "to=2026-05-31" includes the 31st.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw invalid("invalid_date", `${name} måste vara ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt (ISO 8601).`, `${name} must be a date (YYYY-MM-DD) or a time (ISO 8601).`, { field: name });
  }
  return dateOnly && name === "to" ? ms + DAY_MS : ms;
}

/**
 * The period asked for: `from` and `to` as dates or ISO times; without `from` the last 30 days before `now`,
 * without `to` up to now. Throws a clear error for a bad date or a `from` after `to`.
 */
export function auditPeriod(from: string | undefined, to: string | undefined, now: Date): AuditPeriod {
  const end = parseMoment(to, "to") ?? now.getTime() + 1;
  const start = parseMoment(from, "from") ?? end - 30 * DAY_MS;
  if (start > end) throw invalid("invalid_period", "from måste vara före to.", "from must be before to.", { field: "from" });
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

/** What each audited action is called, in Swedish and English. */
export const auditActionLabels: Record<Language, Record<AuditAction, string>> = {
  sv: {
    "attendance.mark": "Närvaro ändrad",
    "minutes.edit": "Anteckningar redigerade",
    "minutes.correct": "Anteckningar rättade",
    "minutes.action": "Åtgärdspunkt ändrad",
    "minutes.approvers": "Justerare utsedda",
    "minutes.approve": "Anteckningar justerade",
    "minutes.publish": "Anteckningar publicerade",
    "agenda.replace": "Dagordning ändrad",
    "meeting.create": "Möte skapat",
    "meeting.update": "Möte ändrat",
    "meeting.cancel": "Möte inställt",
    "member.add": "Medlem tillagd",
    "member.update": "Medlem ändrad",
    "member.export": "Personuppgifter exporterade",
    "member.erase": "Personuppgifter raderade",
    "organisation.add": "Organisation tillagd",
    "organisation.update": "Organisation ändrad",
    "organisation.reorder": "Rundans ordning ändrad",
    "network.update": "Nätverkets inställningar ändrade",
    "material.add": "Material tillagt",
    "material.remove": "Material borttaget",
  },
  en: {
    "attendance.mark": "Attendance changed",
    "minutes.edit": "Minutes edited",
    "minutes.correct": "Minutes corrected",
    "minutes.action": "Action point changed",
    "minutes.approvers": "Approvers named",
    "minutes.approve": "Minutes approved",
    "minutes.publish": "Minutes published",
    "agenda.replace": "Agenda changed",
    "meeting.create": "Meeting created",
    "meeting.update": "Meeting changed",
    "meeting.cancel": "Meeting cancelled",
    "member.add": "Member added",
    "member.update": "Member changed",
    "member.export": "Personal data exported",
    "member.erase": "Personal data erased",
    "organisation.add": "Organisation added",
    "organisation.update": "Organisation changed",
    "organisation.reorder": "Round-table order changed",
    "network.update": "Network settings changed",
    "material.add": "Material added",
    "material.remove": "Material removed",
  },
};
