import assert from "node:assert/strict";
import type { BotFeature } from "../../../bot/src/teams/bot-app";
import { sendActivity } from "../../helpers/bot-client";
import { personalMessage } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

// A command that takes longer than teams-ai's one-second typing interval.
const slowFeature: BotFeature = ({ app }) => {
  app.message(/^långsam$/, async (turn) => {
    await new Promise((resolve) => setTimeout(resolve, 1600));
    await turn.sendActivity("Klart.");
  });
};

describe("typing indicator", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ seed: false, deps: { features: [slowFeature] } })));
  after(() => server.stop());

  it("sends no typing activities, even for a slow turn, so the answer is the only reply", async function () {
    this.timeout(10_000);
    const res = await sendActivity(server.url, personalMessage(users.aleMember(), "långsam"));
    assert.deepEqual(res.replies.map((r) => r.type), ["message"]);
    assert.equal(res.replies[0]!.text, "Klart.");
  });
});
