import assert from "node:assert/strict";
import pino from "pino";
import { stockholmToUtc } from "../../../bot/src/domain/time";
import { createTableStores } from "../../../bot/src/storage/table-stores";
import { createApp } from "../../../bot/src/app";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { chatOf, createMeeting, dayFromNow, serverWithConnector } from "../../helpers/invitations";

describe("invitation reminders", () => {
  let meetingId = "";
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const molndal = users.molndalMember();
  const chair = users.chair();
  const env = serverWithConnector([coordinator, ale, molndal, chair]);
  const written = async (id: string) => (await env.server.stores.outbox.list(id)).map((m) => m.value).filter((m) => m.topic === "invitation-reminder");
  const reminders = (user: typeof ale) => env.connector.sentTo(chatOf(user)).filter((a) => /^Påminnelse/.test(String(a.text)));
  /** A scheduler as another server instance would run it: its own store clients over the same Azurite. */
  const instance = () => createApp(env.server.config, {
    stores: createTableStores({ kind: "connection-string", connectionString: env.server.storage.connectionString }),
    logger: pino({ level: "silent" }),
  }).services.invitations.scheduler;

  before(async () => {
    meetingId = await createMeeting(env.server.url, coordinator.aadObjectId, { replyBy: dayFromNow(20) });
    await api(env.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    await api(env.server.url, `/meetings/${meetingId}/responses/me`, { user: chair.aadObjectId, method: "PUT", body: { answer: "attending" } });
  });

  it("uses two days before the reply-by day unless REMINDER_DAYS_BEFORE says otherwise", () => {
    assert.equal(env.server.config.reminders.daysBefore, 2);
  });

  it("sends nothing before the reminder day", async () => {
    const run = await instance().runOnce(new Date(stockholmToUtc(dayFromNow(18), "08:59")));
    assert.equal(run.sent, 0);
    assert.equal(reminders(ale).length, 0);
  });

  it("reminds each invitee who has not answered exactly once, with two schedulers over the same store", async () => {
    const now = new Date(stockholmToUtc(dayFromNow(18), "09:00"));
    const [a, b] = await Promise.all([instance().runOnce(now), instance().runOnce(now)]);
    assert.equal(a.sent + b.sent, 3, "coordinator, Ale and Mölndal; not the chair who answered");
    assert.equal(a.alreadyClaimed + b.alreadyClaimed, 3);
    assert.equal(reminders(ale).length, 1);
    assert.equal(reminders(molndal).length, 1);
    assert.equal(reminders(chair).length, 0);
    assert.match(String(reminders(ale)[0]!.text), /Svara senast/);
  });

  it("never reminds twice, also after a restart and later in the window", async () => {
    const later = new Date(stockholmToUtc(dayFromNow(19), "15:00"));
    const run = await instance().runOnce(later);
    assert.equal(run.sent, 0);
    assert.equal(reminders(ale).length, 1);
    assert.equal((await written(meetingId)).filter((m) => m.state === "sent").length, 3);
  });

  it("tries an undelivered reminder again after a wait, and sends it once", async () => {
    const otherMeeting = await createMeeting(env.server.url, coordinator.aadObjectId, { replyBy: dayFromNow(20), title: "Annat möte" });
    await api(env.server.url, `/meetings/${otherMeeting}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    const aboutIt = () => reminders(molndal).filter((a) => /Annat möte/.test(String(a.text))).length;
    env.connector.blocked.add(chatOf(molndal));
    const now = new Date(stockholmToUtc(dayFromNow(18), "10:00"));
    const first = await instance().runOnce(now);
    assert.equal(first.unreachable, 1);
    const failed = (await written(otherMeeting)).find((m) => m.recipient.id === molndal.aadObjectId)!;
    assert.equal(failed.state, "pending");
    assert.equal(failed.lastError?.statusCode, 403);
    env.connector.blocked.delete(chatOf(molndal));
    const refused = aboutIt();
    assert.equal((await instance().runOnce(new Date(now.getTime() + 30_000))).sent, 0, "not before the backoff has passed");
    const later = await instance().runOnce(new Date(now.getTime() + 61_000));
    assert.equal(later.sent, 1);
    assert.equal(aboutIt(), refused + 1);
    assert.equal((await instance().runOnce(new Date(now.getTime() + 3_600_000))).sent, 0);
    assert.equal(aboutIt(), refused + 1);
  });

  it("runs by itself on its interval once started, and stops", async () => {
    const soon = await createMeeting(env.server.url, coordinator.aadObjectId, { date: dayFromNow(3), replyBy: dayFromNow(1), title: "Snart möte" });
    await api(env.server.url, `/meetings/${soon}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    const invitees = [coordinator, ale, molndal, chair];
    const remindedAboutIt = (user: typeof ale) => reminders(user).filter((a) => /Snart möte/.test(String(a.text))).length;
    const scheduler = instance();
    scheduler.start(0.002);
    try {
      await env.connector.waitFor(() => invitees.every((u) => remindedAboutIt(u) === 1));
    } finally {
      scheduler.stop();
    }
    const rows = await written(soon);
    assert.deepEqual(rows.map((m) => m.recipient.id).sort(), invitees.map((u) => u.aadObjectId).sort());
  });
});
