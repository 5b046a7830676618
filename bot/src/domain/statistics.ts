import type { Answer } from "./answer";
import type { AttendanceRecord } from "./attendance";
import type { FocusTurn } from "./focus";
import type { Meeting } from "./meeting";
import type { Member } from "./member";
import { inRoundTableOrder, type Organisation } from "./network";
import type { RoundTableEntry } from "./round-table";
import { stockholmParts } from "./time";

/**
 * A term is a half-year as Swedish municipalities plan: `vt` (vårtermin, January–June) and `ht` (hösttermin,
 * July–December) of the meeting's Stockholm date. Key `2026-vt`, label `vt 2026`.
 */
export interface Term {
  key: string;
  label: string;
}

/** The term of a Stockholm day (YYYY-MM-DD). */
export function termOf(date: string): Term {
  const year = date.slice(0, 4);
  const half = Number(date.slice(5, 7)) <= 6 ? "vt" : "ht";
  return { key: `${year}-${half}`, label: `${half} ${year}` };
}

// vt comes before ht within a year, though "ht" sorts first as text.
const termOrder = (term: Term) => term.key.replace("-vt", "-1").replace("-ht", "-2");

/** What one held meeting brought along: answers, attendance, round-table entries. */
export interface MeetingRecord {
  meeting: Meeting;
  answers: readonly Answer[];
  attendance: readonly AttendanceRecord[];
  roundTable: readonly RoundTableEntry[];
}

/** One organisation at one held meeting. */
export interface OrganisationMeeting {
  meetingId: string;
  date: string;
  represented: boolean;
  /** Some member answered by the reply-by time (or, without one, before the start). */
  answeredOnTime: boolean;
  answered: boolean;
  substitutes: number;
  roundTableEntry: boolean;
  focus: boolean;
}

/** An organisation's figures for one term. */
export interface OrganisationTermStatistics {
  organisationId: string;
  organisationName: string;
  term: Term;
  meetings: number;
  represented: number;
  /** represented / meetings, 0..1 (0 when no meeting was held). */
  attendanceRate: number;
  answersOnTime: number;
  substitutes: number;
  roundTableEntries: number;
  focusPresentations: number;
  perMeeting: OrganisationMeeting[];
}

/** The network's figures for one term. */
export interface NetworkTermTotals {
  term: Term;
  meetings: number;
  /** Organisations represented per meeting, on average (one decimal). */
  averageRepresented: number;
  attendanceRate: number;
  answersOnTime: number;
  substitutes: number;
  roundTableEntries: number;
  focusPresentations: number;
}

/** Statistics over time, per organisation and term, with the network's totals and who is slipping away. */
export interface NetworkStatistics {
  terms: Term[];
  organisations: OrganisationTermStatistics[];
  totals: NetworkTermTotals[];
  /** Organisations not represented at the latest two or more held meetings, with how many in a row. */
  missing: { organisationId: string; organisationName: string; missedInRow: number }[];
}

/** A meeting counts once it has been held: started and not cancelled or a draft never sent. */
export function isHeld(meeting: Meeting, now: Date): boolean {
  if (meeting.status === "cancelled") return false;
  if (meeting.status === "in-progress" || meeting.status === "minutes-draft" || meeting.status === "published") return true;
  return meeting.status === "invited" && Date.parse(meeting.startUtc) <= now.getTime();
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function organisationAt(org: Organisation, record: MeetingRecord, members: ReadonlyMap<string, Member>, focus: readonly FocusTurn[]): OrganisationMeeting {
  const { meeting } = record;
  const own = (memberId: string) => members.get(memberId)?.organisationId === org.id;
  const answers = record.answers.filter((a) => own(a.memberId));
  const deadline = Date.parse(meeting.replyByUtc ?? meeting.startUtc);
  return {
    meetingId: meeting.id,
    date: stockholmParts(new Date(Date.parse(meeting.startUtc))).date,
    represented: record.attendance.some((a) => a.status === "present" && a.organisationId === org.id),
    answered: answers.length > 0,
    answeredOnTime: answers.some((a) => Date.parse(a.answeredAt) <= deadline),
    substitutes: answers.filter((a) => a.answer === "substitute").length,
    roundTableEntry: record.roundTable.some((e) => e.organisationId === org.id && e.text.trim() !== ""),
    focus: focus.some((t) => t.organisationId === org.id && t.meetingId === meeting.id && t.status === "accepted"),
  };
}

/**
 * The network's statistics from what is stored: for every organisation (in round-table order) and term, the
 * held meetings it was represented at (someone of it present at roll call), answers on time, substitutes sent,
 * round-table entries given and focus presentations (accepted turns of held meetings, and recorded earlier ones);
 * the network's totals per term; and organisations missing from the latest two or more held meetings in a row.
 * Pure: the caller reads the rows.
 */
export function networkStatistics(input: {
  organisations: readonly Organisation[];
  members: readonly Member[];
  meetings: readonly MeetingRecord[];
  focus: readonly FocusTurn[];
  now: Date;
}): NetworkStatistics {
  const held = input.meetings.filter((r) => isHeld(r.meeting, input.now)).sort((a, b) => a.meeting.startUtc.localeCompare(b.meeting.startUtc));
  const members = new Map(input.members.map((m) => [m.aadObjectId, m]));
  const organisations = inRoundTableOrder(input.organisations);
  const today = stockholmParts(input.now).date;
  const recorded = input.focus.filter((t) => t.meetingId === undefined && t.status === "accepted" && t.date <= today);
  const termKeys = new Map<string, Term>();
  for (const r of held) {
    const term = termOf(stockholmParts(new Date(Date.parse(r.meeting.startUtc))).date);
    termKeys.set(term.key, term);
  }
  for (const t of recorded) termKeys.set(termOf(t.date).key, termOf(t.date));
  const terms = [...termKeys.values()].sort((a, b) => termOrder(a).localeCompare(termOrder(b)));
  const perOrg = organisations.map((org) => ({ org, meetings: held.map((r) => organisationAt(org, r, members, input.focus)) }));

  const rows: OrganisationTermStatistics[] = perOrg.flatMap(({ org, meetings }) => terms.map((term) => {
    const inTerm = meetings.filter((m) => termOf(m.date).key === term.key);
    const represented = inTerm.filter((m) => m.represented).length;
    return {
      organisationId: org.id, organisationName: org.name, term, meetings: inTerm.length, represented,
      attendanceRate: inTerm.length === 0 ? 0 : round(represented / inTerm.length, 3),
      answersOnTime: inTerm.filter((m) => m.answeredOnTime).length,
      substitutes: inTerm.reduce((sum, m) => sum + m.substitutes, 0),
      roundTableEntries: inTerm.filter((m) => m.roundTableEntry).length,
      focusPresentations: inTerm.filter((m) => m.focus).length + recorded.filter((t) => t.organisationId === org.id && termOf(t.date).key === term.key).length,
      perMeeting: inTerm,
    };
  }));

  const totals = terms.map((term): NetworkTermTotals => {
    const of = rows.filter((r) => r.term.key === term.key);
    const meetings = held.filter((r) => termOf(stockholmParts(new Date(Date.parse(r.meeting.startUtc))).date).key === term.key).length;
    const represented = of.reduce((sum, r) => sum + r.represented, 0);
    const sum = (pick: (r: OrganisationTermStatistics) => number) => of.reduce((s, r) => s + pick(r), 0);
    return {
      term, meetings,
      averageRepresented: meetings === 0 ? 0 : round(represented / meetings, 1),
      attendanceRate: meetings === 0 || of.length === 0 ? 0 : round(represented / (meetings * organisations.length), 3),
      answersOnTime: sum((r) => r.answersOnTime), substitutes: sum((r) => r.substitutes), roundTableEntries: sum((r) => r.roundTableEntries),
      focusPresentations: sum((r) => r.focusPresentations),
    };
  });

  const missing = perOrg.flatMap(({ org, meetings }) => {
    let missedInRow = 0;
    for (let i = meetings.length - 1; i >= 0 && !meetings[i]!.represented; i -= 1) missedInRow += 1;
    return missedInRow >= 2 ? [{ organisationId: org.id, organisationName: org.name, missedInRow }] : [];
  });
  return { terms, organisations: rows, totals, missing };
}

/** Only one organisation's rows (a member's view): no totals, no other organisation named. */
export function ownOrganisationOnly(statistics: NetworkStatistics, organisationId: string): NetworkStatistics {
  return {
    terms: statistics.terms,
    organisations: statistics.organisations.filter((r) => r.organisationId === organisationId),
    totals: [],
    missing: statistics.missing.filter((m) => m.organisationId === organisationId),
  };
}
