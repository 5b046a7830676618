import { demoMember, DEMO_NETWORK_ID, demoOrganisations } from "../../bot/src/demo/demo-network";
import type { Meeting } from "../../bot/src/domain/meeting";
import type { Member } from "../../bot/src/domain/member";
import type { Answer } from "../../bot/src/domain/answer";
import type { Stores } from "../../bot/src/storage/repository";
import { cardText } from "./bot-client";
import { FakeConnector, type ConnectorCall } from "./fake-connector";
import { startTestServer, type TestServer } from "./test-server";

/**
 * Creates a network meeting happening now (so that the meeting chat links to it by time), chaired by Lena
 * Forsberg with Emma Strand as secretary, and an agenda of items 1–4.
 */
export async function createMeetingNow(stores: Stores, id: string, extra: Partial<Meeting> = {}): Promise<Meeting> {
  const now = Date.now();
  const meeting: Meeting = {
    id, networkId: DEMO_NETWORK_ID, title: `Nätverksmöte ${id}`, startUtc: new Date(now - 10 * 60_000).toISOString(), endUtc: new Date(now + 2 * 3600_000).toISOString(),
    form: "digital", place: "Digitalt via Teams", chairId: demoMember("Lena Forsberg").aadObjectId, secretaryId: demoMember("Emma Strand").aadObjectId,
    status: "invited", rollCall: "not-started", sequence: 0, ...extra,
  };
  await stores.meetings.create(meeting);
  for (const [number, title] of [[1, "Aktuellt läge"], [2, "Omvärldsbevakning"], [3, "Dialog"], [4, "Kommun i fokus"]] as const) {
    await stores.agenda.create({ meetingId: id, number, title, presenters: [], decisions: [], actions: [] });
  }
  return meeting;
}

/** Stores an RSVP as the invitations feature would. */
export async function answer(stores: Stores, meetingId: string, memberName: string, rsvp: Partial<Answer> & Pick<Answer, "answer">): Promise<void> {
  await stores.answers.upsert({ meetingId, memberId: demoMember(memberName).aadObjectId, answeredAt: new Date().toISOString(), channel: "card", ...rsvp });
}

/** The card in a connector call (a posted or updated message). */
export function cardIn(call: ConnectorCall | Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const body = (call && "body" in call && typeof call.method === "string" ? call.body : call) as { attachments?: { content: Record<string, unknown> }[] } | undefined;
  return body?.attachments?.[0]?.content;
}

/** The text of the card of an invoke answer (`{ statusCode, type, value: card }`). */
export function invokeCardText(body: unknown): string {
  return cardText((body as { value?: unknown } | undefined)?.value);
}

/** `count` fictional members ("Deltagare 001" …) spread over the demo organisations, created through the stores. */
export async function createFictionalMembers(stores: Stores, count: number, first = 0): Promise<Member[]> {
  const members = Array.from({ length: count }, (_, k): Member => {
    const i = first + k;
    return {
      aadObjectId: `10000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      networkId: DEMO_NETWORK_ID,
      displayName: `Deltagare ${String(i + 1).padStart(3, "0")}`,
      email: `deltagare${i + 1}@example.org`,
      organisationId: demoOrganisations[i % demoOrganisations.length]!.id,
      role: "member",
      active: true,
    };
  });
  await Promise.all(members.map((m) => stores.members.create(m)));
  return members;
}

/** A running server and fake Bot Connector, filled in by the mocha hooks `withMeetingServer` registers. */
export interface MeetingTestBed {
  server: TestServer;
  connector: FakeConnector;
}

/** Registers before/after hooks that start the server, a fake Bot Connector and a meeting happening now. */
export function withMeetingServer(meetingId: string): MeetingTestBed {
  const bed = {} as MeetingTestBed;
  before(async () => {
    bed.server = await startTestServer();
    bed.connector = new FakeConnector();
    await bed.connector.start();
    await createMeetingNow(bed.server.stores, meetingId);
  });
  after(async () => {
    await bed.server.stop();
    await bed.connector.stop();
  });
  return bed;
}
