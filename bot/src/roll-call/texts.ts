import { formatAttendanceLine, type AttendanceRecord } from "../domain/attendance";
import type { Language } from "../domain/network";
import type { UndoEntry } from "../domain/roll-call";

const status = {
  sv: { present: "närvarande", absent: "frånvarande" },
  en: { present: "present", absent: "absent" },
} as const;

function line(record: AttendanceRecord): string {
  return formatAttendanceLine(record.name, record.organisationName, record.items);
}

/** What the roll call says back, in both languages. */
export const rollCallTexts = {
  sv: {
    marked: (r: AttendanceRecord) => `Antecknat: ${line(r)} — ${status.sv[r.status]}${r.guest ? " (gäst)" : ""}.`,
    undone: (e: UndoEntry) => (e.before ? `Ångrat: ${line(e.before)} är åter ${status.sv[e.before.status]}.` : `Ångrat: ${e.after.name} är borttagen från listan.`),
    checkedIn: (name: string) => `Välkommen, ${name}! Du är incheckad.`,
    alreadyCheckedIn: "Du var redan incheckad.",
    notAMember: "Du är inte registrerad som medlem i nätverket och kan därför inte checka in själv. Ordföranden kan lägga till dig som gäst.",
    otherMeeting: "Kortet hör till ett annat möte än den här chattens. Inget har ändrats.",
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
    closed: "The roll call is closed. The result is in the chat.",
    opened: "The roll call has started. Its card is in the chat.",
  },
} as const satisfies Record<Language, unknown>;
