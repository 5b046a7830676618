import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cardOf, cardText } from "../../helpers/bot-client";

const run = promisify(execFile);

/** Runs the probe in a fresh process, so that nothing this test file loaded counts. */
async function probe(first: "message" | "proactive"): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ["-r", "tsx/cjs", "test/helpers/lazy-bot-probe.ts", first], { env: { ...process.env, TEST_LOG_LEVEL: "silent" }, maxBuffer: 10 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, unknown>;
}

describe("the bot layer loads on first use", function () {
  // Each case starts a fresh Node process with the TypeScript loader.
  this.timeout(180_000);
  it("is not loaded at start nor by the API, and the first message after start is answered correctly", async () => {
    const report = await probe("message");
    assert.equal(report.atStart, 0, "botbuilder or teams-ai loaded at start");
    assert.equal(report.healthz, 200);
    assert.equal(report.afterApi, 0, "an API request loaded the bot layer");
    assert.equal(report.status, 200);
    const replies = report.replies as Parameters<typeof cardOf>[0][];
    assert.match(cardText(cardOf(replies[0])), /Nätverksmöten — hjälp/);
    assert.ok((report.afterFirst as number) > 0);
  });

  it("is loaded by the first proactive send of a scheduler, which gets through", async () => {
    const report = await probe("proactive");
    assert.equal(report.atStart, 0);
    assert.deepEqual(report.delivered, ["sent"]);
    assert.equal(report.connectorCalls, 1);
    assert.ok((report.afterFirst as number) > 0);
  });
});
