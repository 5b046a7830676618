import { ROUND_TABLE_ITEM_TITLE, type AgendaItem } from "../domain/agenda";
import type { AttendanceRecord } from "../domain/attendance";
import type { Meeting } from "../domain/meeting";
import type { RoundTableEntry } from "../domain/round-table";
import { addDays, stockholmParts, stockholmToUtc, weekdayOf } from "../domain/time";
import { DEMO_NETWORK_ID, demoMember, demoMembers, demoOrganisations } from "./demo-network";

/**
 * The Teams chat of the upcoming demo meeting: the group chat of `.m365agentsplayground.yml`, so that the
 * bot finds the meeting there through its join link.
 */
export const UPCOMING_MEETING_CHAT_ID = "19:meeting_TmF0dmVya3Ntb3RlIG1vdHRhZ2FuZGUgb2NoIGludGVncmF0aW9u@thread.v2";

// Teams writes the chat id into the join link URL-encoded with lower-case hex, and the organiser in `context`.
const upcomingJoinUrl =
  `https://teams.microsoft.com/l/meetup-join/${UPCOMING_MEETING_CHAT_ID.replace(":", "%3a").replace("@", "%40")}/0` +
  "?context=%7b%22Tid%22%3a%2200000000-0000-4000-8000-00000000aaaa%22%2c%22Oid%22%3a%2200000000-0000-4000-8000-000000000001%22%7d";

/** Ids of the demo meetings. */
export const PAST_MEETING_ID = "demo-2025-03-12";
export const UPCOMING_MEETING_ID = "demo-upcoming";

const item = (number: number, title: string, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  number, title, presenters: [], decisions: [], actions: [], ...extra,
});

/** The past meeting of the example minutes. */
export const pastMeeting: Meeting = {
  id: PAST_MEETING_ID,
  networkId: DEMO_NETWORK_ID,
  title: "Nätverksmöte mottagande och integration",
  startUtc: stockholmToUtc("2025-03-12", "09:00"),
  endUtc: stockholmToUtc("2025-03-12", "11:30"),
  form: "digital",
  place: "Digitalt via Teams",
  chairId: demoMember("Lena Forsberg").aadObjectId,
  secretaryId: demoMember("Emma Strand").aadObjectId,
  status: "minutes-draft",
  rollCall: "closed",
  sequence: 0,
};

/** Agenda of the past meeting. */
export const pastAgenda: AgendaItem[] = [
  item(1, ROUND_TABLE_ITEM_TITLE, { plannedMinutes: 45, notes: "Mötet inleds med aktuellt läge i respektive kommun." }),
  item(2, "Omvärldsbevakning", { plannedMinutes: 30, presenters: ["Per Dahlgren", "Hanna Lund"] }),
  item(3, "Dialog i mindre grupper", { plannedMinutes: 30, description: "Hur påverkas våra verksamheter av ett minskat mottagande?" }),
  item(4, "Kommun i fokus: Härryda", { plannedMinutes: 20, presenters: ["Amir Haddad"], notes: "Amir Haddad, Härryda, berättar om projektet \"Mammor i arbete\"." }),
  item(5, "Övriga punkter", {
    plannedMinutes: 10,
    decisions: ["Nästa möte: Lilla Edet i fokus."],
    actions: [{ id: "a1", what: "Uppdatera sändlistan för handledarnätverket", owner: "Stenungsund", done: false }],
  }),
];

const presentNames = [
  "Elin Bergqvist", "Jonas Almgren", "Fatima Nordin", "Oskar Lindqvist", "Sara Wikström", "Amir Haddad", "Karin Sjöberg",
  "Lena Forsberg", "Maja Ekström", "Ida Holm", "Yusuf Karimi", "Per Dahlgren", "Nils Åberg", "Hanna Lund", "Emma Strand", "Johan Berg",
];

/** Attendance of the past meeting as in the example minutes. */
export const pastAttendance: AttendanceRecord[] = presentNames.map((name) => {
  const member = demoMember(name);
  const organisation = demoOrganisations.find((o) => o.id === member.organisationId)!;
  return {
    personId: member.aadObjectId, name, organisationId: organisation.id, organisationName: organisation.name, status: "present",
    items: name === "Amir Haddad" ? [4] : [], source: "self", at: pastMeeting.startUtc, guest: member.role === "guest",
  };
});

const roundTableTexts: Record<string, string> = {
  ale: "Två nya familjer anvisade under våren, boendefrågan är löst med korttidskontrakt.",
  alingsas: "SFI har utökat med en kvällsgrupp.",
  goteborg: "Arbetet med samordnade introduktionsinsatser fortsätter; ny webbsida för nyanlända lanseras i april.",
  harryda: "Projektet \"Mammor i arbete\" har startat sin andra grupp.",
  kungalv: "Färre anvisningar än väntat; personalen har förstärkt samhällsorienteringen.",
  lerum: "Inget nytt sedan förra mötet.",
  "lilla-edet": "Förbereder presentation till nästa möte.",
  molndal: "Samverkan med föreningslivet kring sommaraktiviteter planeras.",
  stenungsund: "Handledarnätverket har fått en ny kontaktperson.",
};

/** Round-table entries of the past meeting. */
export const pastRoundTable: RoundTableEntry[] = Object.entries(roundTableTexts).map(([organisationId, text]) => {
  const reporter = demoMembers.find((m) => m.organisationId === organisationId && presentNames.includes(m.displayName))!;
  return { organisationId, reporterId: reporter.aadObjectId, reporterName: reporter.displayName, text, fields: {}, submitted: "during", updatedAt: pastMeeting.startUtc };
});

/**
 * The upcoming meeting: the first Wednesday at least 14 days after `now`'s Stockholm date, 09:00–11:00
 * Stockholm time, answers due five days before at 17:00. Every date is a Stockholm calendar date.
 */
export function upcomingMeeting(now: Date): Meeting {
  let date = addDays(stockholmParts(now).date, 14);
  while (weekdayOf(date) !== 3) date = addDays(date, 1);
  return {
    id: UPCOMING_MEETING_ID,
    networkId: DEMO_NETWORK_ID,
    title: "Nätverksmöte mottagande och integration",
    startUtc: stockholmToUtc(date, "09:00"),
    endUtc: stockholmToUtc(date, "11:00"),
    form: "digital",
    place: "Digitalt via Teams",
    joinUrl: upcomingJoinUrl,
    chairId: demoMember("Lena Forsberg").aadObjectId,
    secretaryId: demoMember("Emma Strand").aadObjectId,
    replyByUtc: stockholmToUtc(addDays(date, -5), "17:00"),
    status: "draft",
    rollCall: "not-started",
    sequence: 0,
  };
}

/** Agenda of the upcoming meeting. */
export const upcomingAgenda: AgendaItem[] = [
  item(1, ROUND_TABLE_ITEM_TITLE, { plannedMinutes: 45 }),
  item(2, "Omvärldsbevakning", { plannedMinutes: 20, presenters: ["Nils Åberg"] }),
  item(3, "Kommun i fokus: Lilla Edet", { plannedMinutes: 30, presenters: ["Maja Ekström"] }),
  item(4, "Övriga punkter", { plannedMinutes: 10 }),
];
