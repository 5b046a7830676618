// Run in a fresh Node process by test/http/teams/lazy-bot.test.ts: starts the app and reports which parts of
// the bot layer were loaded before and after its first bot request (or first proactive send) as one JSON line.
import { sendActivity } from "./bot-client";
import { personalMessage } from "./activities";
import { users } from "./demo-users";
import { FakeConnector } from "./fake-connector";
import { startTestServer } from "./test-server";

const botLayer = /node_modules[\\/](botbuilder|botbuilder-core|@microsoft[\\/]teams-ai)[\\/]/;
const loaded = () => Object.keys(require.cache).filter((file) => botLayer.test(file)).length;

async function probe(first: "message" | "proactive"): Promise<Record<string, unknown>> {
  const server = await startTestServer();
  const connector = new FakeConnector();
  await connector.start();
  try {
    const report: Record<string, unknown> = { atStart: loaded(), healthz: (await fetch(`${server.url}/healthz`)).status };
    const meetings = await fetch(`${server.url}/api/v1/meetings`);
    report.api = meetings.status;
    report.afterApi = loaded();
    if (first === "message") {
      const reply = await sendActivity(server.url, personalMessage(users.aleMember(), "hjälp"));
      report.status = reply.status;
      report.replies = reply.replies;
    } else {
      const user = users.aleMember();
      await server.stores.conversations.upsert({
        scope: "user", key: user.aadObjectId, conversationId: `a:personal-${user.aadObjectId}`, serviceUrl: connector.url,
        reference: { conversation: { id: `a:personal-${user.aadObjectId}` }, serviceUrl: connector.url, channelId: "msteams", bot: { id: "bot" }, user: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId } },
        updatedAt: new Date(0).toISOString(),
      });
      // What a scheduler does: an outbox message, delivered by the outbox's pass.
      const outbox = server.app.services.outbox;
      const now = new Date();
      await outbox.enqueue({ scope: "probe", key: "first", topic: "probe", recipient: { kind: "user", id: user.aadObjectId }, activity: { type: "message", text: "Hej" } }, now);
      report.delivered = (await outbox.deliverDue(now)).map((outcome) => outcome.status);
    }
    report.afterFirst = loaded();
    report.connectorCalls = connector.calls.length;
    return report;
  } finally {
    await connector.stop();
    await server.stop();
  }
}

void probe(process.argv[2] === "proactive" ? "proactive" : "message").then(
  (report) => {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
