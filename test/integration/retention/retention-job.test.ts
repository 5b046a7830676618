import assert from "node:assert/strict";
import pino from "pino";
import { RetentionJob } from "../../../bot/src/retention/retention-job";
import { TableBotStorage } from "../../../bot/src/teams/table-bot-storage";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";
import { testClock } from "../../helpers/test-clock";
import { startTestServer } from "../../helpers/test-server";

const DAY = 24 * 60 * 60 * 1000;

describe("retention job", () => {
  let storage: TestStorage;
  const start = "2026-02-01T12:00:00.000Z";
  const clock = testClock(start);
  const settings = { botStateDays: 90, processedDays: 30, commentDays: 365, checkMinutes: 0 };
  const at = (daysAfterStart: number) => new Date(Date.parse(start) + daysAfterStart * DAY).toISOString();

  before(async () => {
    storage = await startTestStorage();
    const { stores } = storage;
    const botState = new TableBotStorage(stores, clock);
    await botState.write({ "old-conversation": { step: 1 } });
    await stores.botState.upsert({ key: "unstamped", state: { step: 1 } });
    clock.advance(80 * DAY);
    await botState.write({ "recent-conversation": { step: 2 } });
    for (const [id, day] of [["old", 40], ["new", 70]] as const) {
      await stores.activityClaims.create({ conversationId: "19:chat", activityId: id, state: "done", claimedAt: at(day) });
      await stores.processedActions.create({ meetingId: "m1", activityId: id, memberId: "p1", verb: "rsvp.answer", at: at(day) });
    }
    await stores.answers.create({ meetingId: "m1", memberId: "old", answer: "declined", comment: "Sjuk", answeredAt: at(-300), channel: "card" });
    await stores.answers.create({ meetingId: "m1", memberId: "new", answer: "declined", comment: "Semester", answeredAt: at(60), channel: "tab" });
    await stores.answers.create({ meetingId: "m1", memberId: "no-comment", answer: "attending", answeredAt: at(-300), channel: "card" });
  });
  after(() => storage.stop());

  it("deletes rows older than the settings by the clock and keeps newer ones", async () => {
    const { stores } = storage;
    clock.set(at(100));
    const report = await new RetentionJob(stores, clock, settings, pino({ level: "silent" })).runOnce();
    assert.deepEqual(report, { botState: 1, activityClaims: 1, processedActions: 1, answerComments: 1 });
    assert.equal(await stores.botState.get("state", "old-conversation"), undefined);
    assert.ok(await stores.botState.get("state", "recent-conversation"));
    assert.equal((await stores.botState.get("state", "unstamped"))!.value.updatedAt, at(100));
    assert.equal(await stores.activityClaims.get("19:chat", "old"), undefined);
    assert.ok(await stores.activityClaims.get("19:chat", "new"));
    assert.equal(await stores.processedActions.get("m1", "old"), undefined);
    assert.ok(await stores.processedActions.get("m1", "new"));
    const old = (await stores.answers.get("m1", "old"))!.value;
    assert.equal(old.comment, undefined);
    assert.equal(old.answer, "declined");
    assert.equal((await stores.answers.get("m1", "new"))!.value.comment, "Semester");
    assert.ok(await stores.answers.get("m1", "no-comment"));
  });

  it("finds nothing more to do on a second run at the same moment", async () => {
    const report = await new RetentionJob(storage.stores, clock, settings, pino({ level: "silent" })).runOnce();
    assert.deepEqual(report, { botState: 0, activityClaims: 0, processedActions: 0, answerComments: 0 });
  });

  it("removes the unstamped state one period after it was first seen", async () => {
    clock.set(at(100 + 91));
    await new RetentionJob(storage.stores, clock, settings, pino({ level: "silent" })).runOnce();
    assert.equal(await storage.stores.botState.get("state", "unstamped"), undefined);
  });

  it("is one of the app's schedulers, started and stopped with the others", async () => {
    const server = await startTestServer({ seed: false, env: { RETENTION_CHECK_MINUTES: "5" } });
    try {
      assert.equal(server.app.schedulers.filter((s) => s.name === "retention").length, 1);
      const retention = server.app.schedulers.find((s) => s.name === "retention")!;
      retention.start();
      retention.stop();
    } finally {
      await server.stop();
    }
  });
});
