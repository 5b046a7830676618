import { defineTexts } from "../shared/texts";
import { formatAttendanceLine, type AttendanceRecord } from "../domain/attendance";
import type { UndoEntry } from "../domain/roll-call";
import { MAX_SEARCH_TEXT } from "./people-dataset";

const status = {
  sv: { present: "närvarande", absent: "frånvarande" },
  en: { present: "present", absent: "absent" },
} as const;

function line(record: AttendanceRecord): string {
  return formatAttendanceLine(record.name, record.organisationName, record.items);
}

/** What the roll call says back, in both languages. */
export const rollCallTexts = defineTexts({
  sv: {
    marked: (r: AttendanceRecord) => `Antecknat: ${line(r)} — ${status.sv[r.status]}${r.guest ? " (gäst)" : ""}.`,
    undone: (e: UndoEntry) => (e.before ? `Ångrat: ${line(e.before)} är åter ${status.sv[e.before.status]}.` : `Ångrat: ${e.after.name} är borttagen från listan.`),
    checkedIn: (name: string) => `Välkommen, ${name}! Du är incheckad.`,
    alreadyCheckedIn: "Du var redan incheckad.",
    notAMember: "Du är inte registrerad som medlem i nätverket och kan därför inte checka in själv. Ordföranden kan lägga till dig som gäst.",
    otherMeeting: "Kortet hör till ett annat möte än den här chattens. Inget har ändrats.",
    searchTooLong: `Sök med högst ${MAX_SEARCH_TEXT} tecken.`,
    searchPaging: "Sökningen bad om en ogiltig del av listan.",
    closed: "Närvaron är avslutad. Resultatet står i chatten.",
    opened: "Närvaron är startad. Närvarokortet finns i chatten.",
  },
  en: {
    marked: (r: AttendanceRecord) => `Recorded: ${line(r)} — ${status.en[r.status]}${r.guest ? " (guest)" : ""}.`,
    undone: (e: UndoEntry) => (e.before ? `Undone: ${line(e.before)} is ${status.en[e.before.status]} again.` : `Undone: ${e.after.name} is off the list.`),
    checkedIn: (name: string) => `Welcome, ${name}! You are checked in.`,
    alreadyCheckedIn: "You were already checked in.",
    notAMember: "You are not registered as a member of the network, so you cannot check yourself in. The chair can add you as a guest.",
    otherMeeting: "This card belongs to another meeting than this chat's. Nothing was changed.",
    searchTooLong: `Search with at most ${MAX_SEARCH_TEXT} characters.`,
    searchPaging: "The search asked for an invalid part of the list.",
    closed: "The roll call is closed. The result is in the chat.",
    opened: "The roll call has started. Its card is in the chat.",
  },
});

/** Texts of roll-call-card. */
export const rollCallCardTexts = defineTexts({
  sv: {
    title: (t: string) => `Närvaro — ${t}`,
    open: "Tryck på Jag är här när du är med i mötet.",
    closed: "Närvaron är avslutad. Resultatet står i chatten.",
    notStarted: "Närvaroregistreringen har inte startat.",
    counts: (present: number, waiting: number) => `${present} närvarande · ${waiting} väntas`,
    closedCounts: (present: number, absent: number) => `${present} närvarande · ${absent} ej närvarande`,
    expected: "väntas",
    notPresent: "ej närvarande",
    absent: "frånvarande",
    items: (numbers: string) => `pkt ${numbers}`,
    guest: "gäst",
    substituteFor: (name: string) => `ersättare för ${name}`,
    quiet: (names: string) => `Ingen anmäld eller närvarande: ${names}`,
    checkIn: "Jag är här",
    markTitle: "Markera …",
    person: "Person",
    choosePerson: "Välj en person (de som väntas står först)",
    searchPerson: "Välj en person eller skriv ett namn för att söka bland alla",
    notListed: "Finns personen inte i listan? Lägg till hen som gäst.",
    itemsLabel: "Punkter, t.ex. 4 eller 2, 4 (tomt = hela mötet)",
    present: "Närvarande",
    markAbsent: "Frånvarande",
    guestTitle: "Lägg till gäst …",
    guestName: "Gästens namn",
    guestOrganisation: "Organisation",
    add: "Lägg till",
    undo: "Ångra",
    close: "Avsluta närvaron …",
    closeConfirm: "Avsluta närvaron? Det går inte att ångra.",
    closeYes: "Ja, avsluta närvaron",
    closeCancel: "Avbryt",
  },
  en: {
    title: (t: string) => `Roll call — ${t}`,
    open: "Press I'm here when you are in the meeting.",
    closed: "The roll call is closed. The result is in the chat.",
    notStarted: "The roll call has not started.",
    counts: (present: number, waiting: number) => `${present} present · ${waiting} expected`,
    closedCounts: (present: number, absent: number) => `${present} present · ${absent} not present`,
    expected: "expected",
    notPresent: "not present",
    absent: "absent",
    items: (numbers: string) => `item ${numbers}`,
    guest: "guest",
    substituteFor: (name: string) => `substitute for ${name}`,
    quiet: (names: string) => `Nobody announced or present: ${names}`,
    checkIn: "I'm here",
    markTitle: "Mark …",
    person: "Person",
    choosePerson: "Choose a person (those expected come first)",
    searchPerson: "Choose a person or type a name to search everyone",
    notListed: "Not in the list? Add them as a guest.",
    itemsLabel: "Items, e.g. 4 or 2, 4 (empty = whole meeting)",
    present: "Present",
    markAbsent: "Absent",
    guestTitle: "Add guest …",
    guestName: "Guest's name",
    guestOrganisation: "Organisation",
    add: "Add",
    undo: "Undo",
    close: "Close roll call …",
    closeConfirm: "Close the roll call? It cannot be undone.",
    closeYes: "Yes, close the roll call",
    closeCancel: "Cancel",
  },
});

/** Texts of roll-call-result. */
export const rollCallResultTexts = defineTexts({
  sv: { heading: "Närvaro", present: "NÄRVARANDE", absent: "EJ NÄRVARANDE", nobody: "Organisationer utan närvarande", none: "(ingen)" },
  en: { heading: "Attendance", present: "NÄRVARANDE (present)", absent: "EJ NÄRVARANDE (absent)", nobody: "Organisations with nobody present", none: "(none)" },
});

/** Why starting or closing the roll call was refused, and what the person can do instead. */
export const runRefusalTexts = defineTexts({
  sv: {
    marker: "Närvaron startas och avslutas av samordnaren eller mötets ordförande. Som sekreterare kan du, när den är startad, markera personer på närvarokortet (Markera …) eller med närvarande Namn, lägga till gäster och ångra dina ändringar. Efteråt rättar du listan i fliken Närvaro.",
    member: "Närvaron startas och avslutas av samordnaren eller mötets ordförande. När närvarokortet finns i chatten checkar du in med Jag är här.",
  },
  en: {
    marker: "The roll call is started and closed by the coordinator or the meeting's chair. As secretary you can, once it is started, mark people on its card (Mark …) or with present Name, add guests and undo your changes. Afterwards you correct the list in the Attendance tab.",
    member: "The roll call is started and closed by the coordinator or the meeting's chair. When its card is in the chat, check in with I'm here.",
  },
});
