import { conflict, invalid } from "./errors";
import type { MeetingForm } from "./meeting";
import type { Language, Organisation } from "./network";
import { formatDateTime } from "./time";
import { stockholmToUtc, weekdayOf } from "./time";

/** A part of the day a recurring term option names, and the times a meeting then gets unless others are given. */
export const partsOfDay = { morning: ["09:00", "12:00"], afternoon: ["13:00", "16:00"], day: ["09:00", "16:00"] } as const;
export type PartOfDay = keyof typeof partsOfDay;

/** A proposed date and time, or a weekday and part of the day (for a whole term). */
export type DateOption =
  | { id: string; kind: "time"; date: string; startTime: string; endTime: string }
  | { id: string; kind: "weekday"; weekday: number; partOfDay: PartOfDay };

/** A member's mark on one option. */
export const dateMarks = ["yes", "maybe", "no"] as const;
export type DateMark = (typeof dateMarks)[number];

/** A "finding the date" round: the coordinator proposes options, members mark them, one is picked. */
export interface DatePoll {
  id: string;
  networkId: string;
  title: string;
  options: DateOption[];
  /** What the meeting created from the chosen option gets. */
  form: MeetingForm;
  place: string;
  status: "open" | "decided" | "closed";
  createdBy: string;
  createdAt: string;
  chosen?: { optionId: string; meetingId: string; date: string; startTime: string; endTime: string };
  reminderRounds: number;
  /** "Svara senast": one automatic reminder goes to those who have not answered some days before it. */
  answerByUtc?: string;
}

/** One member's marks, per option id; an option left out counts as unanswered. */
export interface DateResponse {
  datePollId: string;
  memberId: string;
  organisationId: string;
  marks: Record<string, DateMark>;
  comment?: string;
  answeredAt: string;
}

/** How well one option suits the network. */
export interface OptionScore {
  optionId: string;
  yes: number;
  maybe: number;
  no: number;
  /** Municipalities (organisations of kind kommun) with someone answering yes / yes or if needed. */
  municipalitiesYes: string[];
  municipalitiesCovered: string[];
  /** Municipalities nobody from can come (neither yes nor if needed), by id. */
  municipalitiesMissing: string[];
  /** Every municipality has someone who can come (yes or if needed). */
  allMunicipalities: boolean;
  rank: number;
}

const weekdayNames = {
  sv: ["söndagar", "måndagar", "tisdagar", "onsdagar", "torsdagar", "fredagar", "lördagar"],
  en: ["Sundays", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"],
} as const;
const partNames = { sv: { morning: "förmiddag", afternoon: "eftermiddag", day: "heldag" }, en: { morning: "morning", afternoon: "afternoon", day: "all day" } } as const;

/** The option as people read it: "onsdag 14 maj 2031 kl. 09:00–11:00" or "tisdagar förmiddag". */
export function optionLabel(option: DateOption, language: Language): string {
  if (option.kind === "weekday") return `${weekdayNames[language][option.weekday]} ${partNames[language][option.partOfDay]}`;
  return `${formatDateTime(stockholmToUtc(option.date, option.startTime), language)}–${option.endTime}`;
}

/** Checks proposed options: 1–20, times that exist with the end after the start, no option twice. */
export function assertValidOptions(options: readonly DateOption[]): void {
  if (options.length < 1 || options.length > 20) throw invalid("options_count", "Föreslå 1–20 alternativ.", "Propose 1–20 options.");
  const seen = new Set<string>();
  for (const o of options) {
    const key = o.kind === "time" ? `${o.date} ${o.startTime}` : `${o.weekday} ${o.partOfDay}`;
    if (seen.has(key)) throw invalid("duplicate_option", "Samma alternativ finns två gånger.", "The same option is there twice.");
    seen.add(key);
    if (o.kind === "time" && stockholmToUtc(o.date, o.endTime) <= stockholmToUtc(o.date, o.startTime)) {
      throw invalid("end_before_start", "Sluttiden måste vara efter starttiden.", "The end time must be after the start time.");
    }
  }
}

/** The organisations whose coverage counts: active municipalities, or every active organisation when there are none. */
export function coverageOrganisations(organisations: readonly Organisation[]): Organisation[] {
  const active = organisations.filter((o) => o.active !== false);
  const municipalities = active.filter((o) => o.kind === "kommun");
  return municipalities.length > 0 ? municipalities : active;
}

/**
 * Scores every option and ranks them: first those where every municipality has someone who can come
 * (yes, then if needed), then by how many municipalities are covered, then by more yes, then fewer no;
 * ties keep the proposed order.
 */
export function rankOptions(options: readonly DateOption[], responses: readonly DateResponse[], organisations: readonly Organisation[]): OptionScore[] {
  const counted = coverageOrganisations(organisations);
  const scores = options.map((option, index) => {
    const marks = responses.map((r) => ({ org: r.organisationId, mark: r.marks[option.id] }));
    const orgsWith = (wanted: readonly DateMark[]) => counted.filter((o) => marks.some((m) => m.org === o.id && m.mark && wanted.includes(m.mark))).map((o) => o.id);
    const covered = orgsWith(["yes", "maybe"]);
    const score: OptionScore = {
      optionId: option.id,
      yes: marks.filter((m) => m.mark === "yes").length,
      maybe: marks.filter((m) => m.mark === "maybe").length,
      no: marks.filter((m) => m.mark === "no").length,
      municipalitiesYes: orgsWith(["yes"]),
      municipalitiesCovered: covered,
      municipalitiesMissing: counted.filter((o) => !covered.includes(o.id)).map((o) => o.id),
      allMunicipalities: covered.length === counted.length && counted.length > 0,
      rank: 0,
    };
    return { score, index };
  });
  const allYes = (s: OptionScore) => (s.allMunicipalities && s.municipalitiesYes.length === s.municipalitiesCovered.length ? 1 : 0);
  scores.sort((a, b) =>
    Number(b.score.allMunicipalities) - Number(a.score.allMunicipalities) || allYes(b.score) - allYes(a.score)
    || b.score.municipalitiesCovered.length - a.score.municipalitiesCovered.length || b.score.yes - a.score.yes || a.score.no - b.score.no || a.index - b.index);
  return scores.map(({ score }, i) => ({ ...score, rank: i + 1 }));
}

/** Checks one member's marks: only the poll's options, only known marks, while the round is open. */
export function checkMarks(poll: DatePoll, marks: Record<string, unknown>): Record<string, DateMark> {
  if (poll.status !== "open") throw conflict("date_poll_closed", "Datumförfrågan är avslutad.", "The date poll is closed.");
  const known = new Set(poll.options.map((o) => o.id));
  const result: Record<string, DateMark> = {};
  for (const [id, mark] of Object.entries(marks)) {
    if (!known.has(id)) throw invalid("unknown_option", "Svaret nämner ett alternativ som inte finns.", "The answer names an option that does not exist.");
    if (!dateMarks.includes(mark as DateMark)) throw invalid("invalid_mark", "Markera ja, om det behövs eller nej.", "Mark yes, if needed or no.");
    result[id] = mark as DateMark;
  }
  if (Object.keys(result).length === 0) throw invalid("marks_required", "Markera minst ett alternativ.", "Mark at least one option.");
  return result;
}

/**
 * The date and times of the meeting the chosen option becomes: a dated option gives its own; a weekday
 * option needs a date on that weekday, and takes its part of the day's times unless others are given.
 */
export function meetingTimesOf(option: DateOption, given: { date?: string; startTime?: string; endTime?: string }): { date: string; startTime: string; endTime: string } {
  if (option.kind === "time") {
    return { date: given.date ?? option.date, startTime: given.startTime ?? option.startTime, endTime: given.endTime ?? option.endTime };
  }
  if (!given.date) throw invalid("date_required", "Ange vilket datum mötet ska hållas (en dag som passar alternativet).", "Give the date the meeting is held (a day that fits the option).");
  if (weekdayOf(given.date) !== option.weekday) {
    throw invalid("wrong_weekday", "Datumet är inte på alternativets veckodag.", "The date is not on the option's weekday.");
  }
  const [start, end] = partsOfDay[option.partOfDay];
  return { date: given.date, startTime: given.startTime ?? start, endTime: given.endTime ?? end };
}
