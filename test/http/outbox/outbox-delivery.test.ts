import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";
import pino from "pino";
import type { Outbox } from "../../../bot/src/outbox/outbox";
import { RoundTableCollector } from "../../../bot/src/round-table/collection-scheduler";
import { users } from "../../helpers/demo-users";
import { chatOf, install } from "../../helpers/invitations";
import { FakeConnector } from "../../helpers/fake-connector";
import { testMeeting } from "../../helpers/round-table-fixtures";
import { testClock } from "../../helpers/test-clock";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const MINUTE = 60_000;

describe("the outbox: proactive messages delivered at least once, shown once", function () {
  this.timeout(60_000);
  const clock = testClock("2031-03-03T08:00:00Z");
  const ale = users.aleMember();
  const molndal = users.molndalMember();
  let server: TestServer;
  let connector: FakeConnector;
  let outbox: Outbox;
  let counter = 0;
  /** Writes a plain message to Mölndal's member with a fresh key, as a feature would. */
  const enqueue = async (text: string) => {
    counter += 1;
    const key = `test|${counter}`;
    await outbox.enqueue({ scope: "outbox-test", key, topic: "test", recipient: { kind: "user", id: molndal.aadObjectId }, activity: { type: "message", text } }, clock.now());
    return key;
  };
  const row = async (key: string) => (await server.stores.outbox.get("outbox-test", key))!;
  const delivered = (text: string) => connector.deliveredTo(chatOf(molndal)).filter((a) => a.text === text).length;
  const later = (ms: number) => new Date(clock.now().getTime() + ms);
  /** The outcomes of a pass for this suite's own messages (the ask test leaves other people's asks pending). */
  const pass = async (at: Date) => (await outbox.deliverDue(at)).filter((o) => o.message.scope === "outbox-test").map((o) => o.status);

  before(async () => {
    server = await startTestServer({ clock, env: { CONNECTOR_TIMEOUT_SECONDS: "1", OUTBOX_MAX_ATTEMPTS: "3" } });
    connector = new FakeConnector();
    await connector.start();
    await install(server.url, connector, [ale, molndal]);
    outbox = server.app.services.outbox;
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("tries a round-table ask that failed again after the backoff, and delivers it once", async () => {
    const start = clock.now().getTime() + 5 * 24 * 60 * MINUTE;
    await server.stores.meetings.create(testMeeting("outbox-ask", new Date(start).toISOString()));
    const services = server.app.services;
    const collector = new RoundTableCollector(server.stores, outbox, services.roundTable, pino({ level: "silent" }), server.config.roundTable, clock);
    const asks = () => connector.deliveredTo(chatOf(ale)).length;
    connector.faults.push({ status: 403, conversationId: chatOf(ale) });
    const first = await collector.runOnce(clock.now());
    assert.equal(asks(), 0);
    assert.ok(first.unreachable >= 1);
    const written = (await outbox.list("outbox-ask")).find((m) => m.recipient.id === ale.aadObjectId)!;
    assert.deepEqual([written.state, written.attempts, written.lastError?.statusCode], ["pending", 1, 403]);
    await collector.runOnce(later(30_000));
    assert.equal(asks(), 0, "not again before the backoff has passed");
    await collector.runOnce(later(MINUTE + 1000));
    assert.equal(asks(), 1);
    await collector.runOnce(later(24 * 60 * MINUTE));
    assert.equal(asks(), 1, "delivered once");
    assert.equal((await outbox.list("outbox-ask")).find((m) => m.recipient.id === ale.aadObjectId)!.state, "sent");
  });

  it("takes over a message claimed by an instance that stopped, once the claim has expired", async () => {
    const key = await enqueue("Övertaget meddelande");
    const stored = await row(key);
    const claimUntil = later(5000);
    await server.stores.outbox.replace({ ...stored.value, attempts: 1, claim: { by: "stopped-instance", until: claimUntil.toISOString() } }, stored.etag);
    assert.deepEqual(await pass(later(4000)), [], "a live claim is respected");
    assert.equal(delivered("Övertaget meddelande"), 0);
    assert.deepEqual(await pass(new Date(claimUntil.getTime() + 1)), ["sent"]);
    assert.equal(delivered("Övertaget meddelande"), 1);
    assert.deepEqual([(await row(key)).value.state, (await row(key)).value.attempts], ["sent", 2]);
  });

  it("waits out a short Retry-After on 429 and then sends, in one attempt", async () => {
    connector.faults.push({ status: 429, headers: { "Retry-After": "1" }, conversationId: chatOf(molndal) });
    const key = await enqueue("Efter en kort paus");
    const began = performance.now();
    const outcomes = await pass(clock.now());
    assert.ok(performance.now() - began >= 900, "the send waited for the Retry-After second");
    assert.deepEqual(outcomes, ["sent"]);
    assert.equal(delivered("Efter en kort paus"), 1);
    assert.equal((await row(key)).value.attempts, 1);
  });

  it("honours a long Retry-After: the call ends at once and no attempt comes before it has passed", async () => {
    connector.faults.push({ status: 429, headers: { "Retry-After": "300" }, conversationId: chatOf(molndal) });
    const key = await enqueue("Efter en lång paus");
    const began = performance.now();
    assert.deepEqual(await pass(clock.now()), ["retrying"]);
    assert.ok(performance.now() - began < 4000, "the send did not sleep through the pause");
    assert.equal((await row(key)).value.nextAttemptAt, later(300_000).toISOString());
    assert.deepEqual(await pass(later(200_000)), []);
    assert.deepEqual(await pass(later(300_000)), ["sent"]);
    assert.equal(delivered("Efter en lång paus"), 1);
  });

  it("gives up on a connector that does not answer in time, and tries again later", async () => {
    connector.faults.push({ status: 200, delayMs: 2500, conversationId: chatOf(molndal) });
    const key = await enqueue("Efter ett avbrott");
    const began = performance.now();
    assert.deepEqual(await pass(clock.now()), ["retrying"]);
    assert.ok(performance.now() - began < 2400, "CONNECTOR_TIMEOUT_SECONDS=1 ended the call");
    assert.equal((await row(key)).value.lastError?.reason, "connector-error");
    assert.deepEqual(await pass(later(MINUTE)), ["sent"]);
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(delivered("Efter ett avbrott"), 1, "the timed-out request was not delivered in the background");
  });

  it("stops after OUTBOX_MAX_ATTEMPTS and records why, without sending more", async () => {
    connector.blocked.add(chatOf(molndal));
    try {
      const key = await enqueue("Når aldrig fram");
      assert.deepEqual(await pass(clock.now()), ["retrying"]);
      assert.deepEqual(await pass(later(MINUTE)), ["retrying"]);
      assert.deepEqual(await pass(later(3 * MINUTE)), ["failed"]);
      assert.deepEqual(await pass(later(24 * 60 * MINUTE)), []);
      const failed = (await row(key)).value;
      assert.deepEqual([failed.state, failed.attempts, failed.lastError?.statusCode], ["failed", 3, 403]);
    } finally {
      connector.blocked.delete(chatOf(molndal));
    }
  });
});
