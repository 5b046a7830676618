import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AgendaItem } from "../../bot/src/domain/agenda";
import type { AttendanceRecord } from "../../bot/src/domain/attendance";
import type { Meeting } from "../../bot/src/domain/meeting";
import type { Member } from "../../bot/src/domain/member";
import type { Organisation, OrganisationKind } from "../../bot/src/domain/network";
import type { RoundTableEntry } from "../../bot/src/domain/round-table";
import { stockholmToUtc } from "../../bot/src/domain/time";
import type { Stores } from "../../bot/src/storage/repository";
import { api } from "./api-client";
import type { TestServer } from "./test-server";

/** The house format example (fictional people), as the network's real minutes look. */
export const EXAMPLE_PATH = join(__dirname, "..", "fixtures", "anteckningar-exempel.txt");
/** The example's placeholder for "the other municipalities' lines". */
export const EXAMPLE_PLACEHOLDER = "(... en rad per kommun i rundans ordning ...)";
export const EXAMPLE_NETWORK_ID = "example-network";
export const EXAMPLE_MEETING_ID = "example-2025-03-12";

/** The example's lines. */
export function exampleLines(): string[] {
  return readFileSync(EXAMPLE_PATH, "utf8").replace(/\n$/, "").split("\n");
}

/** The lines of a section of the example: those after `heading` up to the next blank line. */
export function sectionOf(lines: readonly string[], heading: string): string[] {
  const start = lines.indexOf(heading) + 1;
  const end = lines.indexOf("", start);
  return lines.slice(start, end === -1 ? undefined : end);
}

// The network's round-table order; the example lists Tjörn before Partille among the absent, so this
// network walks Partille after Tjörn.
const organisationRows: [string, OrganisationKind][] = [
  ["Ale", "kommun"], ["Alingsås", "kommun"], ["Göteborgs Stad", "kommun"], ["Härryda", "kommun"], ["Kungsbacka", "kommun"],
  ["Kungälv", "kommun"], ["Lerum", "kommun"], ["Lilla Edet", "kommun"], ["Mölndal", "kommun"], ["Stenungsund", "kommun"],
  ["Tjörn", "kommun"], ["Partille", "kommun"], ["Öckerö", "kommun"], ["Arbetsförmedlingen", "myndighet"], ["Länsstyrelsen", "myndighet"],
  ["Migrationsverket", "myndighet"], ["VGR", "region"], ["GR", "annan"],
];

const idOf = (name: string) => name.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z]+/g, "-");
const personId = (index: number) => `00000000-0000-4000-9000-${String(index + 1).padStart(12, "0")}`;

/** Extra round-table lines (standing for the example's placeholder), in round-table order. */
export const EXTRA_ROUND_TABLE: Record<string, string> = {
  "Göteborgs Stad": "Ny webbsida för nyanlända lanseras i april.",
  "Kungälv": "Färre anvisningar än väntat.",
};

/** The agenda of the example, without the typed parts (those are written through the API). */
export const exampleAgendaTitles = ["Inledning", "Omvärldsbevakning", "Dialog i mindre grupper", "Kommun i fokus: Härryda", "Övriga punkter"];

/**
 * Stores the example's network and meeting: organisations, the people of NÄRVARANDE and EJ NÄRVARANDE
 * as members (Amir Haddad as a guest present for item 4), attendance in a scrambled order, round-table
 * entries and the agenda. Returns the people by name.
 */
export async function storeExampleMeeting(stores: Stores): Promise<{ people: Map<string, Member>; meeting: Meeting }> {
  const lines = exampleLines();
  const organisations: Organisation[] = organisationRows.map(([name, kind], index) => ({ id: idOf(name), networkId: EXAMPLE_NETWORK_ID, name, kind, order: (index + 1) * 10 }));
  const orgByName = new Map(organisations.map((o) => [o.name, o]));
  const parse = (line: string) => {
    const m = /^(.+?), (.+?)(?: \(pkt (\d+)\))?$/.exec(line)!;
    return { name: m[1]!, organisation: orgByName.get(m[2]!)!, items: m[3] ? [Number(m[3])] : [] };
  };
  const present = sectionOf(lines, "NÄRVARANDE").map(parse);
  const absent = sectionOf(lines, "EJ NÄRVARANDE").map(parse);
  const people = new Map<string, Member>();
  [...present, ...absent].forEach((p, index) => {
    const role = p.name === "Johan Berg" ? "coordinator" : p.items.length > 0 ? "guest" : "member";
    people.set(p.name, { aadObjectId: personId(index), networkId: EXAMPLE_NETWORK_ID, displayName: p.name, email: `${idOf(p.name)}@example.org`, organisationId: p.organisation.id, role, active: true });
  });
  const meeting: Meeting = {
    id: EXAMPLE_MEETING_ID, networkId: EXAMPLE_NETWORK_ID, title: "Nätverksmöte mottagande och integration",
    startUtc: stockholmToUtc("2025-03-12", "09:00"), endUtc: stockholmToUtc("2025-03-12", "11:30"), form: "digital", place: "Digitalt via Teams",
    chairId: people.get("Lena Forsberg")!.aadObjectId, secretaryId: people.get("Emma Strand")!.aadObjectId, status: "minutes-draft", rollCall: "closed", sequence: 0,
  };
  const attendance: AttendanceRecord[] = [...present].reverse().map((p) => ({
    personId: people.get(p.name)!.aadObjectId, name: p.name, organisationId: p.organisation.id, organisationName: p.organisation.name,
    status: "present", items: p.items, source: "chair", at: meeting.startUtc, guest: p.items.length > 0,
  }));
  const entryText: Record<string, string> = {
    Ale: "Två nya familjer anvisade under våren, boendefrågan är löst med korttidskontrakt.",
    Alingsås: "SFI har utökat med en kvällsgrupp.",
    ...EXTRA_ROUND_TABLE,
    Arbetsförmedlingen: "Per Dahlgren, Arbetsförmedlingen, informerar om ledtiderna inom etableringen.",
    Migrationsverket: "Hanna Lund, Migrationsverket, presenterar prognosen för mottagandet. Bilderna skickas ut efter mötet.",
  };
  const roundTable: RoundTableEntry[] = Object.entries(entryText).map(([name, text]) => ({
    organisationId: orgByName.get(name)!.id, reporterId: "r", reporterName: "Rapportör", text, fields: {}, submitted: "during", updatedAt: meeting.startUtc,
  }));
  const agenda: AgendaItem[] = exampleAgendaTitles.map((title, index) => ({ number: index + 1, title, presenters: [], decisions: [], actions: [] }));
  await stores.networks.create({ id: EXAMPLE_NETWORK_ID, name: lines[0]!, tenantId: "t", coordinatorIds: [people.get("Johan Berg")!.aadObjectId], defaultPlace: meeting.place, language: "sv" });
  await Promise.all([
    ...organisations.map((o) => stores.organisations.create(o)),
    ...[...people.values()].map((m) => stores.members.create(m)),
    stores.meetings.create(meeting),
    ...attendance.map((a) => stores.attendance.create({ ...a, meetingId: meeting.id })),
    ...roundTable.map((e) => stores.roundTable.create({ ...e, meetingId: meeting.id })),
    ...agenda.map((i) => stores.agenda.create({ ...i, meetingId: meeting.id })),
  ]);
  return { people, meeting };
}

/** The typed parts of the example's items, as the secretary writes them in the tab. */
export const exampleTypedParts: Record<number, { notes?: string; decisions?: string[]; actions?: { what: string; owner: string }[] }> = {
  1: { notes: "Mötet inleds med aktuellt läge i respektive kommun." },
  3: { notes: "Nätverket samtalar i mindre grupper utifrån frågorna:\n- Hur påverkas våra verksamheter av ett minskat mottagande?\n- Vilka insatser skulle gynnas av ökad samverkan inom GR?" },
  4: { notes: "Amir Haddad, Härryda, berättar om projektet \"Mammor i arbete\"." },
  5: { decisions: ["Nästa möte: Lilla Edet i fokus."], actions: [{ what: "Stenungsund uppdaterar sändlistan för handledarnätverket.", owner: "Stenungsund" }] },
};

/** Writes the example's typed parts through the API as the secretary, and returns the minutes. */
// The minutes are whatever JSON the route returns; tests read them field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function writeExampleNotes(server: TestServer, secretaryId: string): Promise<any> {
  const path = `/meetings/${EXAMPLE_MEETING_ID}/minutes`;
  const before = await api(server.url, path, { user: secretaryId });
  for (const [number, body] of Object.entries(exampleTypedParts)) {
    const etag = before.body.items.find((i: { number: number }) => i.number === Number(number)).etag;
    const res = await api(server.url, `${path}/items/${number}`, { user: secretaryId, method: "PUT", body, headers: { "If-Match": etag } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  return (await api(server.url, path, { user: secretaryId })).body;
}
