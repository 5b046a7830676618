import { stockholmParts } from "../../bot/src/domain/time";
import { personalConversation, personalInstall, type TeamsUser } from "./activities";
import { api } from "./api-client";
import { cardOf, sendActivity } from "./bot-client";
import { FakeConnector } from "./fake-connector";
import { startTestServer, type TestServer } from "./test-server";

/** The Stockholm date `days` days from now, as YYYY-MM-DD. */
export function dayFromNow(days: number): string {
  return stockholmParts(new Date(Date.now() + days * 86_400_000)).date;
}

/** A valid `POST /api/v1/meetings` body, 30 days ahead, with two agenda items. */
export function meetingBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Nätverksmöte mottagande och integration",
    date: dayFromNow(30),
    startTime: "09:00",
    endTime: "11:30",
    form: "digital",
    place: "Digitalt via Teams",
    joinUrl: "https://teams.microsoft.com/l/meetup-join/test",
    replyBy: dayFromNow(20),
    agenda: [
      { title: "Inledning — aktuellt läge i respektive kommun", plannedMinutes: 45 },
      { title: "Omvärldsbevakning", presenters: ["Nils Åberg"], plannedMinutes: 20, description: "Läget hos myndigheterna." },
    ],
    ...overrides,
  };
}

/** Creates a meeting as the coordinator and returns its id (fails loudly otherwise). */
export async function createMeeting(baseUrl: string, coordinatorId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await api(baseUrl, "/meetings", { user: coordinatorId, method: "POST", body: meetingBody(overrides) });
  if (res.status !== 201) throw new Error(`create meeting: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Installs the app for the users (as Teams does), so that the bot can reach them at the fake connector. */
export async function install(baseUrl: string, connector: FakeConnector, people: readonly TeamsUser[]): Promise<void> {
  for (const user of people) await sendActivity(baseUrl, personalInstall(user, { serviceUrl: connector.url }));
}

/** The user's 1:1 conversation id. */
export function chatOf(user: TeamsUser): string {
  return String(personalConversation(user).id);
}

/** The latest card the bot sent or put into a user's 1:1 chat, with its message id. */
export function latestCard(connector: FakeConnector, user: TeamsUser, match: (text: string) => boolean): { card: Record<string, unknown>; activityId?: string } | undefined {
  const conversationId = chatOf(user);
  const calls = connector.calls.filter((c) => c.conversationId === conversationId && (c.method === "POST" || c.method === "PUT"));
  for (const call of [...calls].reverse()) {
    const card = cardOf(call.body);
    if (card && match(JSON.stringify(card))) return { card, activityId: call.activityId };
  }
  return undefined;
}

/** A suite's server and fake Bot Connector, available once the suite's `before` hooks ran. */
export interface SuiteEnvironment {
  server: TestServer;
  connector: FakeConnector;
}

/**
 * Registers mocha hooks that start a test server (demo data seeded) and a fake Bot Connector before the
 * suite, install the app for `people`, and stop both after the suite.
 */
export function serverWithConnector(people: readonly TeamsUser[] = []): SuiteEnvironment {
  const env = {} as SuiteEnvironment;
  before(async () => {
    env.server = await startTestServer();
    env.connector = new FakeConnector();
    await env.connector.start();
    await install(env.server.url, env.connector, people);
  });
  after(async () => {
    await env.server?.stop();
    await env.connector?.stop();
  });
  return env;
}
