import type { AgendaItem } from "./agenda";
import type { AttendanceRecord } from "./attendance";
import { activeMembers, type Member } from "./member";
import type { Organisation } from "./network";

/** One participant of Teams' attendance report. */
export interface ReportParticipant {
  /** Entra object id, when Teams knows the person. */
  id?: string;
  email?: string;
  displayName: string;
  intervals: { joinUtc: string; leaveUtc: string }[];
}

/** A proposed attendance row: nothing is written until the chair or secretary confirms it. */
export interface ProposalRow {
  personId: string;
  name: string;
  organisationId?: string;
  organisationName: string;
  guest: boolean;
  /** Agenda items attended; empty = the whole meeting. */
  items: number[];
  /** Minutes in the meeting according to Teams. */
  minutes: number;
  reason: "not-recorded" | "part-of-meeting" | "guest";
}

/** The organisation shown for a guest Teams names but the register does not know. */
export const REPORT_GUEST_ORGANISATION = "Gäst";

const overlapMs = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/**
 * The agenda items someone attended, from their join/leave intervals against the agenda's planned minutes
 * (item N runs after the planned minutes of the items before it, from the meeting's start). Half an item's
 * planned time counts as attending it; all items, or an agenda without planned minutes, is the whole meeting.
 */
export function itemsAttended(startUtc: string, agenda: readonly AgendaItem[], intervals: ReportParticipant["intervals"]): number[] {
  const items = [...agenda].sort((a, b) => a.number - b.number);
  if (items.length === 0 || items.some((i) => !i.plannedMinutes)) return [];
  const spans = intervals.map((i): [number, number] => [Date.parse(i.joinUtc), Date.parse(i.leaveUtc)]);
  let at = Date.parse(startUtc);
  const attended: number[] = [];
  const touched: number[] = [];
  for (const item of items) {
    const span: [number, number] = [at, at + item.plannedMinutes! * 60_000];
    const inside = spans.reduce((sum, s) => sum + overlapMs(s, span), 0);
    if (inside * 2 >= span[1] - span[0]) attended.push(item.number);
    if (inside > 0) touched.push(item.number);
    at = span[1];
  }
  const chosen = attended.length > 0 ? attended : touched;
  return chosen.length === items.length ? [] : chosen;
}

/** A stable person id for someone Teams names but the register does not know. */
export function reportGuestId(participant: Pick<ReportParticipant, "id" | "displayName">): string {
  if (participant.id) return `teams-${participant.id}`;
  return `teams-name-${participant.displayName.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase().slice(0, 80)}`;
}

/**
 * The proposal from Teams' attendance report: members who joined but are not recorded present (for the items
 * their intervals cover), and people not in the register as guests with the name Teams gives. Rows already
 * recorded present are left as they are; the organizer's mailbox is not a participant.
 */
export function proposeAttendance(input: {
  startUtc: string;
  agenda: readonly AgendaItem[];
  members: readonly Member[];
  organisations: readonly Organisation[];
  attendance: readonly AttendanceRecord[];
  participants: readonly ReportParticipant[];
  organizer?: string;
}): ProposalRow[] {
  const present = new Set(input.attendance.filter((r) => r.status === "present").map((r) => r.personId));
  const members = activeMembers(input.members);
  const orgName = (id: string) => input.organisations.find((o) => o.id === id)?.name ?? "";
  const rows = new Map<string, ProposalRow>();
  for (const p of input.participants) {
    if (p.displayName.trim() === "" || (input.organizer && p.email?.toLowerCase() === input.organizer.toLowerCase())) continue;
    const member = members.find((m) => (p.id && m.aadObjectId === p.id) || (p.email && m.email?.toLowerCase() === p.email.toLowerCase()));
    const personId = member?.aadObjectId ?? reportGuestId(p);
    if (present.has(personId)) continue;
    const intervals = p.intervals;
    const items = itemsAttended(input.startUtc, input.agenda, intervals);
    const minutes = Math.round(intervals.reduce((sum, i) => sum + Math.max(0, Date.parse(i.leaveUtc) - Date.parse(i.joinUtc)), 0) / 60_000);
    rows.set(personId, member
      ? { personId, name: member.displayName, organisationId: member.organisationId, organisationName: orgName(member.organisationId), guest: member.role === "guest", items, minutes, reason: items.length > 0 ? "part-of-meeting" : "not-recorded" }
      : { personId, name: p.displayName.trim().slice(0, 200), organisationName: REPORT_GUEST_ORGANISATION, guest: true, items, minutes, reason: "guest" });
  }
  return [...rows.values()];
}
