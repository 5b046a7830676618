import type { AgendaItem } from "../../../bot/src/domain/agenda";
import type { Meeting } from "../../../bot/src/domain/meeting";
import type { Member } from "../../../bot/src/domain/member";
import type { Organisation } from "../../../bot/src/domain/network";
import type { Stores } from "../../../bot/src/storage/repository";
import { callsPer, timed, type BenchEnvironment, type Measurement, type Scenario } from "../scenario";

const NETWORK_ID = "bench-archive";
const MEETINGS = 60;
const MEMBERS = 30;
const ITEMS = 8;
const ORGANISATIONS = 10;
const RUNS = 40;
const COORDINATOR = "20000000-0000-4000-8000-000000000000";
const WORDS = ["skolfrånvaro", "nyanlända", "bostadsförsörjning", "samverkan", "integration", "språkstöd", "arbetsmarknad", "föräldrastöd", "mottagande", "uppföljning"];

const sentence = (i: number) => `Diskussion om ${WORDS[i % WORDS.length]} och ${WORDS[(i * 7 + 3) % WORDS.length]} i kommunerna, med erfarenheter från ${WORDS[(i * 3 + 1) % WORDS.length]}.`;

/** A network with five years of monthly meetings: minutes of 8 items, a round-table entry per organisation (published by `publishPast`). */
async function storeArchive(stores: Stores): Promise<Organisation[]> {
  await stores.networks.create({ id: NETWORK_ID, name: "Arkivnätverket", tenantId: "00000000-0000-4000-8000-00000000aaaa", coordinatorIds: [COORDINATOR], defaultPlace: "Digitalt", language: "sv" });
  const organisations = Array.from({ length: ORGANISATIONS }, (_, i): Organisation => ({ id: `org-${i}`, networkId: NETWORK_ID, name: `Kommun ${String.fromCharCode(65 + i)}`, kind: "kommun", order: i }));
  await Promise.all(organisations.map((o) => stores.organisations.create(o)));
  const members = Array.from({ length: MEMBERS }, (_, i): Member => ({
    aadObjectId: `20000000-0000-4000-8000-${String(i).padStart(12, "0")}`, networkId: NETWORK_ID, displayName: `Arkivmedlem ${i + 1}`, email: `arkiv${i + 1}@example.org`,
    organisationId: organisations[i % ORGANISATIONS]!.id, role: i === 0 ? "coordinator" : "member", active: true,
  }));
  await Promise.all(members.map((m) => stores.members.create(m)));
  const first = Date.UTC(2021, 0, 14, 8);
  for (let k = 0; k < MEETINGS; k += 1) {
    const id = `archive-${String(k).padStart(3, "0")}`;
    const start = new Date(first + k * 30 * 86_400_000);
    const meeting: Meeting = {
      id, networkId: NETWORK_ID, title: `Nätverksmöte ${k + 1}`, startUtc: start.toISOString(), endUtc: new Date(start.getTime() + 3 * 3600_000).toISOString(),
      form: "digital", place: "Digitalt", chairId: members[1]!.aadObjectId, secretaryId: members[2]!.aadObjectId, status: "minutes-draft", rollCall: "closed", sequence: 1,
    };
    await stores.meetings.create(meeting);
    const items = Array.from({ length: ITEMS }, (_, n): AgendaItem & { meetingId: string } => ({
      meetingId: id, number: n + 1, title: `Punkt ${n + 1}: ${WORDS[(k + n) % WORDS.length]}`, presenters: [], description: sentence(k + n),
      notes: Array.from({ length: 6 }, (_, l) => sentence(k * 31 + n * 7 + l)).join("\n\n"),
      decisions: [`Nätverket beslutar att följa upp ${WORDS[(k + n + 2) % WORDS.length]}.`],
      actions: [{ id: `a-${k}-${n}`, what: `Sammanställa underlag om ${WORDS[(k + n + 5) % WORDS.length]}`, owner: members[(k + n) % MEMBERS]!.displayName, done: false }],
    }));
    const entries = organisations.map((o, n) => ({
      meetingId: id, organisationId: o.id, reporterId: members[n]!.aadObjectId, reporterName: members[n]!.displayName, text: `${sentence(k + n)} ${sentence(k + n + 1)}`,
      fields: {}, submitted: "before" as const, updatedAt: start.toISOString(),
    }));
    await Promise.all([stores.agenda.batch(id, items.map((value) => ({ kind: "create", value }))), stores.roundTable.batch(id, entries.map((value) => ({ kind: "create", value })))]);
  }
  return organisations;
}

/** Everyone of the network present at one meeting, for the exports of a 30-person meeting. */
async function markAllPresent(stores: Stores, meetingId: string, organisations: readonly Organisation[]): Promise<void> {
  const rows = Array.from({ length: MEMBERS }, (_, i) => {
    const organisation = organisations[i % ORGANISATIONS]!;
    return {
      meetingId, personId: `20000000-0000-4000-8000-${String(i).padStart(12, "0")}`, name: `Arkivmedlem ${i + 1}`, organisationId: organisation.id, organisationName: organisation.name,
      guest: false, status: "present" as const, items: [], source: "chair" as const, at: new Date(Date.UTC(2021, 0, 14, 8)).toISOString(),
    };
  });
  await stores.attendance.batch(meetingId, rows.map((value) => ({ kind: "create", value })));
}

/** The archive's minutes published through the API, as a real network's past meetings are; the newest meeting's stay a draft. */
async function publishPast(env: BenchEnvironment): Promise<void> {
  const ids = Array.from({ length: MEETINGS - 1 }, (_, k) => `archive-${String(k).padStart(3, "0")}`);
  for (let i = 0; i < ids.length; i += 4) {
    await Promise.all(ids.slice(i, i + 4).map(async (id) => {
      const res = await fetch(`${env.server.url}/api/v1/meetings/${id}/minutes/publish`, { method: "POST", headers: { "X-Dev-User": COORDINATOR } });
      if (res.status !== 200) throw new Error(`publishing ${id} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    }));
  }
}

async function measure(env: BenchEnvironment, name: string, path: string, unit: string): Promise<Measurement> {
  const get = async () => {
    const res = await fetch(`${env.server.url}/api/v1${path}`, { headers: { "X-Dev-User": COORDINATOR } });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${body.toString("utf8").slice(0, 300)}`);
  };
  await get();
  const samples: number[] = [];
  const calls = await callsPer(env, RUNS, async () => {
    for (let i = 0; i < RUNS; i += 1) samples.push(await timed(get));
  });
  return { name, samplesMs: samples, note: `${calls.toFixed(0)} storage calls per ${unit}` };
}

/** One partition query of a meeting's rows, straight through the app's storage layer (the unit search is compared with). */
async function partitionQuery(env: BenchEnvironment): Promise<Measurement> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(await timed(() => env.server.stores.agenda.list(`archive-${String(i % MEETINGS).padStart(3, "0")}`)));
  return { name: "one partition query (8 agenda rows)", samplesMs: samples };
}

/** The archive of a real network: search, the meetings list, an organisation's round-table history, statistics and exports. */
export const scenario: Scenario = {
  name: "archive of 5 years",
  async run(env): Promise<Measurement[]> {
    const organisations = await storeArchive(env.server.stores);
    await markAllPresent(env.server.stores, "archive-059", organisations);
    await publishPast(env);
    const q = (words: string) => `/search?q=${encodeURIComponent(words)}&networkId=${NETWORK_ID}`;
    const partition = await partitionQuery(env);
    const search = await measure(env, `search, ${MEETINGS} meetings × ${ITEMS} items`, q("skolfrånvaro samverkan"), "search");
    const partitionP95 = [...partition.samplesMs].sort((a, b) => a - b)[Math.ceil(0.95 * partition.samplesMs.length) - 1]!;
    const searchP95 = [...search.samplesMs].sort((a, b) => a - b)[Math.ceil(0.95 * search.samplesMs.length) - 1]!;
    search.note = `${search.note}; p95 = ${(searchP95 / partitionP95).toFixed(1)}× one partition query's p95`;
    return [
      partition,
      search,
      await measure(env, `archive page (meetings list, ${MEETINGS} meetings)`, `/meetings?networkId=${NETWORK_ID}`, "page"),
      await measure(env, `meeting page in one request (${MEMBERS} present, ${ITEMS} items)`, "/meetings/archive-059/page", "page"),
      await measure(env, "one organisation's round-table history", `/organisations/${organisations[3]!.id}/round-table?networkId=${NETWORK_ID}`, "request"),
      await measure(env, `statistics per organisation and term (${MEETINGS} meetings, ${ORGANISATIONS} organisations)`, `/statistics?networkId=${NETWORK_ID}`, "request"),
      await measure(env, `minutes export DOCX (${MEMBERS} present, ${ITEMS} items)`, "/meetings/archive-059/minutes.docx", "export"),
      await measure(env, `minutes export PDF (${MEMBERS} present, ${ITEMS} items)`, "/meetings/archive-059/minutes.pdf", "export"),
    ];
  },
};
