import type { ActionItem, AgendaItem } from "./agenda";
import { buildAttendanceLists, type AttendanceLine, type AttendanceRecord } from "./attendance";
import type { Meeting } from "./meeting";
import type { Member } from "./member";
import { inRoundTableOrder, type Language, type Network, type Organisation } from "./network";
import { parseMarkdown, plainLine, type RichLine } from "./rich-text";
import type { RoundTableEntry } from "./round-table";
import { withoutGeneratedBlock } from "./round-table-minutes";
import { sanitiseMarkdown, stripTags } from "./sanitise-markdown";
import { stockholmParts } from "./time";

/** A line of an item; decisions and action points say so, since a typed note can be a bullet too. */
export type MinutesLine = RichLine & { origin?: "decision" | "action" };

/** A numbered item of the minutes with its lines (notes, round table, decisions, action points). */
export interface MinutesItem {
  number: number;
  title: string;
  lines: MinutesLine[];
}

/** An approver who has approved ("Justerat av"), with the Stockholm date, YYYY-MM-DD. */
export interface MinutesApproval {
  name: string;
  date: string;
}

/** The minutes in the house format, ready to be written as text, Markdown, DOCX or PDF. */
export interface MinutesDocument {
  language: Language;
  networkName: string;
  meetingTitle: string;
  /** Stockholm date of the meeting, YYYY-MM-DD. */
  date: string;
  place: string;
  present: string[];
  absent: string[];
  items: MinutesItem[];
  /** The secretary's name for "Antecknat av", when the meeting has a secretary. */
  recordedBy?: string;
  /** "Justerat av" lines: the approvals given, in the order the approvers were named. */
  approvedBy?: MinutesApproval[];
}

/** Everything the minutes are generated from. */
export interface MinutesInput {
  network: Pick<Network, "name" | "language">;
  meeting: Pick<Meeting, "title" | "startUtc" | "place" | "secretaryId">;
  organisations: readonly Organisation[];
  members: readonly Member[];
  attendance: readonly AttendanceRecord[];
  roundTable: readonly RoundTableEntry[];
  agenda: readonly AgendaItem[];
  /** The approvals given, oldest naming first: who and when (ISO time). */
  approvals?: readonly { approverId: string; at: string }[];
}

const labels = {
  sv: { minutes: "Anteckningar", place: "Plats", present: "NÄRVARANDE", absent: "EJ NÄRVARANDE", recordedBy: "Antecknat av", approvedBy: "Justerat av", none: "Inga", responsible: "ansvarig", due: "senast" },
  en: { minutes: "Minutes", place: "Place", present: "PRESENT", absent: "NOT PRESENT", recordedBy: "Minutes taken by", approvedBy: "Approved by", none: "None", responsible: "responsible", due: "by" },
} as const;

/** The fixed words of the house format in a language. */
export function minutesLabels(language: Language): (typeof labels)[Language] {
  return labels[language];
}

/** The item that holds the agencies' updates: the one titled "Omvärldsbevakning", if any. */
export function isOutlookItem(title: string): boolean {
  return /^\s*omvärldsbevakning/i.test(title);
}

/**
 * An action point as the house writes it: "Stenungsund uppdaterar sändlistan." when the text already
 * names the owner first, otherwise "<what> (ansvarig: <owner>)"; a due date is added as "senast …".
 */
export function formatAction(action: Pick<ActionItem, "what" | "owner" | "due">, language: Language): string {
  const t = labels[language];
  const what = stripTags(action.what).trim();
  const owner = stripTags(action.owner).trim();
  const namesOwner = owner === "" || what.toLocaleLowerCase("sv").startsWith(owner.toLocaleLowerCase("sv"));
  const extra = [namesOwner ? undefined : `${t.responsible}: ${owner}`, action.due ? `${t.due} ${action.due}` : undefined].filter(Boolean);
  return extra.length > 0 ? `${what} (${extra.join(", ")})` : what;
}

/** Present lines in house order: by organisation as given, whole-meeting attendees before those present for some items. */
function housePresentOrder(lines: readonly AttendanceLine[], attendance: readonly AttendanceRecord[]): string[] {
  const partial = new Set(attendance.filter((r) => r.items.length > 0).map((r) => r.personId));
  const groups: string[] = [];
  for (const line of lines) if (!groups.includes(line.organisationId ?? "")) groups.push(line.organisationId ?? "");
  const rank = (line: AttendanceLine) => groups.indexOf(line.organisationId ?? "") * 2 + (partial.has(line.personId) ? 1 : 0);
  return [...lines].sort((a, b) => rank(a) - rank(b)).map((line) => line.text);
}

function oneLine(text: string): string {
  return stripTags(text).replace(/\s*\n\s*/g, " ").trim();
}

/** The generated lines of the round table: municipalities in item 1, agencies under "Omvärldsbevakning" when there is one. */
function roundTableLines(input: MinutesInput, hasOutlookItem: boolean): { first: RichLine[]; outlook: RichLine[] } {
  const byOrganisation = new Map(input.roundTable.map((e) => [e.organisationId, e]));
  const first: RichLine[] = [];
  const outlook: RichLine[] = [];
  for (const organisation of inRoundTableOrder(input.organisations)) {
    const entry = byOrganisation.get(organisation.id);
    if (!entry || entry.text.trim() === "") continue;
    const agency = organisation.kind === "myndighet" || organisation.kind === "region";
    if (agency && hasOutlookItem) {
      outlook.push(plainLine(organisation.name, "text", true));
      for (const line of stripTags(entry.text).split("\n").map((l) => l.trim()).filter(Boolean)) outlook.push(plainLine(line));
    } else {
      first.push(plainLine(`${organisation.name}: ${oneLine(entry.text)}`));
    }
  }
  return { first, outlook };
}

/**
 * Generates the minutes in the house format from the meeting's data: header, NÄRVARANDE and
 * EJ NÄRVARANDE from the attendance, the numbered items with the typed notes first, then the round table
 * (item 1) or the agencies' updates ("Omvärldsbevakning"), decisions and action points as bullets, and
 * "Antecknat av" the secretary. Typed notes are only read, so generating again never loses them.
 */
export function buildMinutesDocument(input: MinutesInput): MinutesDocument {
  const language = input.network.language;
  const lists = buildAttendanceLists({ organisations: input.organisations, members: input.members, attendance: input.attendance });
  const agenda = [...input.agenda].sort((a, b) => a.number - b.number);
  const outlookNumber = agenda.find((item) => item.number !== 1 && isOutlookItem(item.title))?.number;
  const roundTable = roundTableLines(input, outlookNumber !== undefined);
  const items = agenda.map((item) => ({
    number: item.number,
    title: oneLine(item.title),
    lines: [
      ...parseMarkdown(sanitiseMarkdown(withoutGeneratedBlock(item.notes ?? ""))),
      ...(item.number === 1 ? roundTable.first : []),
      ...(item.number === outlookNumber ? roundTable.outlook : []),
      ...item.decisions.map((d): MinutesLine => ({ ...plainLine(oneLine(d), "bullet"), origin: "decision" })),
      ...item.actions.map((a): MinutesLine => ({ ...plainLine(formatAction(a, language), "bullet"), origin: "action" })),
    ],
  }));
  const secretary = input.members.find((m) => m.aadObjectId === input.meeting.secretaryId);
  const approvedBy = (input.approvals ?? []).map((a) => ({
    name: input.members.find((m) => m.aadObjectId === a.approverId)?.displayName ?? a.approverId,
    date: stockholmParts(new Date(a.at)).date,
  }));
  return {
    language,
    networkName: input.network.name,
    meetingTitle: input.meeting.title,
    date: stockholmParts(new Date(input.meeting.startUtc)).date,
    place: input.meeting.place,
    present: housePresentOrder(lists.present, input.attendance),
    absent: lists.absent.map((line) => line.text),
    items,
    recordedBy: secretary?.displayName,
    ...(approvedBy.length > 0 ? { approvedBy } : {}),
  };
}
