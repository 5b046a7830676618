import type { AgendaItem } from "./agenda";
import { invalid } from "./errors";
import { compareSwedish, isActiveOrganisation, type Organisation } from "./network";

/** Where an organisation's "i fokus" turn stands. */
export const focusStatuses = ["asked", "accepted", "declined"] as const;
export type FocusStatus = (typeof focusStatuses)[number];

/**
 * An organisation's turn to present itself at a meeting ("<Organisation> i fokus"): asked by the coordinator,
 * then accepted (with topic and presenters) or declined by one of its members; or recorded afterwards by the
 * coordinator for a presentation held before the app was used (`meetingId` absent, `date` given).
 */
export interface FocusTurn {
  networkId: string;
  organisationId: string;
  /** The meeting it is for; absent for a recorded earlier presentation. */
  meetingId?: string;
  /** The meeting's Stockholm day, YYYY-MM-DD (the rotation orders by it). */
  date: string;
  status: FocusStatus;
  topic?: string;
  presenters: string[];
  askedAt: string;
  answeredAt?: string;
  answeredById?: string;
  answeredByName?: string;
  /** The agenda item the accepted turn added. */
  agendaItemNumber?: number;
}

/** An organisation that declined within this many days is not proposed again (half a year: one term). */
export const DECLINED_RECENTLY_DAYS = 183;
export const MAX_FOCUS_TOPIC = 300;
export const MAX_PRESENTERS = 10;

/** The row key of a turn: organisation, then the meeting (or the recorded day). */
export function focusTurnKey(turn: Pick<FocusTurn, "organisationId" | "meetingId" | "date">): string {
  return `${turn.organisationId}|${turn.meetingId ?? `held-${turn.date}`}`;
}

/** The agenda title of a focus item, as the house format writes it. */
export function focusItemTitle(organisationName: string): string {
  return `${organisationName} i fokus`;
}

/** One organisation in the rotation: when it last presented, whether it declined lately, and its place. */
export interface RotationRow {
  organisationId: string;
  organisationName: string;
  lastPresented?: string;
  presentations: number;
  declinedRecently: boolean;
  /** A turn asked or accepted for a meeting that has not been held yet. */
  pending?: { meetingId?: string; date: string; status: FocusStatus };
}

const DAY_MS = 86_400_000;

/**
 * The rotation of "Kommun i fokus" among the active municipalities, next first: those that never presented
 * (in round-table order), then the one longest since its last presentation. Organisations that declined in the
 * last DECLINED_RECENTLY_DAYS days, or that have a turn pending, come last and are not proposed.
 * @example rotation(organisations, turns, "2026-11-26")[0] // the proposal
 */
export function rotation(organisations: readonly Organisation[], turns: readonly FocusTurn[], today: string): RotationRow[] {
  const municipalities = organisations.filter((o) => o.kind === "kommun" && isActiveOrganisation(o));
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const rows = municipalities.map((o): RotationRow & { order: number } => {
    const own = turns.filter((t) => t.organisationId === o.id);
    const held = own.filter((t) => t.status === "accepted" && t.date <= today).map((t) => t.date).sort();
    const declinedRecently = own.some((t) => t.status === "declined" && todayMs - Date.parse(`${(t.answeredAt ?? t.askedAt).slice(0, 10)}T00:00:00Z`) < DECLINED_RECENTLY_DAYS * DAY_MS);
    const open = own.filter((t) => t.status !== "declined" && t.date > today).sort((a, b) => a.date.localeCompare(b.date))[0];
    return {
      organisationId: o.id, organisationName: o.name, order: o.order, presentations: held.length, declinedRecently,
      ...(held.length > 0 ? { lastPresented: held[held.length - 1] } : {}),
      ...(open ? { pending: { ...(open.meetingId ? { meetingId: open.meetingId } : {}), date: open.date, status: open.status } } : {}),
    };
  });
  const blocked = (r: RotationRow) => r.declinedRecently || r.pending !== undefined;
  rows.sort((a, b) =>
    Number(blocked(a)) - Number(blocked(b))
    || (a.lastPresented ?? "").localeCompare(b.lastPresented ?? "")
    || a.order - b.order
    || compareSwedish(a.organisationName, b.organisationName));
  return rows.map(({ order: _order, ...row }) => row);
}

/** The organisation the app proposes next, if any may be asked. */
export function proposeNext(rows: readonly RotationRow[]): RotationRow | undefined {
  return rows.find((r) => !r.declinedRecently && r.pending === undefined);
}

/** Throws unless an acceptance names a topic and at least one presenter within the limits. */
export function assertValidAcceptance(topic: string, presenters: readonly string[]): void {
  if (!topic.trim()) throw invalid("focus_topic_missing", "Skriv vad ni vill berätta om.", "Enter what you will present.");
  if (topic.length > MAX_FOCUS_TOPIC) throw invalid("focus_topic_too_long", `Ämnet får vara högst ${MAX_FOCUS_TOPIC} tecken.`, `The topic may be at most ${MAX_FOCUS_TOPIC} characters.`);
  if (presenters.length === 0) throw invalid("focus_presenters_missing", "Skriv vem eller vilka som presenterar.", "Enter who will present.");
  if (presenters.length > MAX_PRESENTERS) throw invalid("focus_too_many_presenters", `Högst ${MAX_PRESENTERS} presentatörer.`, `At most ${MAX_PRESENTERS} presenters.`);
}

/** Presenters typed as one line ("Ida Holm, Per Ek" or one a line) as a list. */
export function parsePresenters(text: string): string[] {
  return text.split(/[,;\n]/).map((p) => p.trim()).filter(Boolean);
}

const closingTitles = /^(övrig|övriga|nästa möte|avslut|mötet avslutas|any other|next meeting|closing)/i;

/**
 * Where a new focus item goes: before the closing items ("Övriga punkter", "Nästa möte", "Avslutning"),
 * otherwise last.
 */
export function focusItemPosition(agenda: readonly Pick<AgendaItem, "title">[]): number {
  const index = agenda.findIndex((item) => closingTitles.test(item.title.trim()));
  return index === -1 ? agenda.length : index;
}
