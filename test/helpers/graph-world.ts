import type { GraphStub } from "../../bot/src/graph/stub/graph-stub";
import { TENANT_ID, type TeamsUser } from "./activities";
import { FakeConnector } from "./fake-connector";
import { FakeGraph } from "./fake-graph";
import { freePort } from "./free-port";
import { install } from "./invitations";
import { testClock, type TestClock } from "./test-clock";
import { startTestServer, type TestServer } from "./test-server";

/** The organizer mailbox of the tests' meetings. */
export const ORGANIZER = "natverksmoten@example.org";

/** A server with Graph configured against the stub, a fake Bot Connector, and the app's token the test controls. */
export interface GraphWorld {
  server: TestServer;
  connector: FakeConnector;
  fake: FakeGraph;
  stub: GraphStub;
  clock: TestClock;
  /** The token the app presents to Graph (set it to anything else to see Graph refuse it). */
  token: { value: string; fail?: Error };
  /** The waits the Graph client made before retries. */
  waits: number[];
}

/**
 * Registers mocha hooks: the Graph stub, a fake Bot Connector and the real server with GRAPH_* settings pointing at
 * the stub (with `notifications`, a notification URL on the server itself); `people` have the app installed.
 */
export function graphWorld(options: { people?: readonly TeamsUser[]; notifications?: boolean; env?: Record<string, string> } = {}): GraphWorld {
  const world = { token: { value: "" }, waits: [] as number[] } as unknown as GraphWorld;
  before(async () => {
    world.fake = new FakeGraph();
    const url = await world.fake.start();
    world.stub = world.fake.app;
    world.token.value = world.stub.token;
    world.connector = new FakeConnector();
    await world.connector.start();
    world.clock = testClock(new Date());
    const port = await freePort();
    world.server = await startTestServer({
      port,
      clock: world.clock,
      env: {
        GRAPH_ORGANIZER: ORGANIZER, GRAPH_TENANT_ID: TENANT_ID, GRAPH_CLIENT_ID: "00000000-0000-4000-8000-0000000000c1", GRAPH_CLIENT_SECRET: "app-secret",
        GRAPH_BASE_URL: `${url}/v1.0`, GRAPH_AUTHORITY_HOST: url, GRAPH_TEAMS_APP_ID: "a1b2c3d4-0000-4000-8000-00000000a991", GRAPH_TIMEOUT_SECONDS: "5",
        ...(options.notifications ? { GRAPH_NOTIFICATION_URL: `http://127.0.0.1:${port}/api/v1/graph/notifications` } : {}),
        ...options.env,
      },
      deps: {
        graphTokens: { token: async () => {
          if (world.token.fail) throw world.token.fail;
          return world.token.value;
        } },
        graphSleep: async (ms) => {
          world.waits.push(ms);
        },
      },
    });
    await install(world.server.url, world.connector, options.people ?? []);
  });
  after(async () => {
    await world.server?.stop();
    await world.connector?.stop();
    await world.fake?.stop();
  });
  return world;
}

/** Waits until `check` is true (background work after a notification), or fails after a few seconds. */
export async function eventually(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
