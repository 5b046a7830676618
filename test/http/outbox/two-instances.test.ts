import assert from "node:assert/strict";
import pino from "pino";
import { demoMembers } from "../../../bot/src/demo/demo-network";
import { stockholmToUtc } from "../../../bot/src/domain/time";
import { RoundTableCollector } from "../../../bot/src/round-table/collection-scheduler";
import { cardAction, meetingConversation, meetingMessage } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { cardText, sendActivity } from "../../helpers/bot-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { chatOf, createMeeting, dayFromNow, install } from "../../helpers/invitations";
import { cardIn, createFictionalMembers, createMeetingNow } from "../../helpers/roll-call";
import { testMeeting } from "../../helpers/round-table-fixtures";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("two server instances over one store", function () {
  this.timeout(120_000);
  let a: TestServer;
  let b: TestServer;
  let connector: FakeConnector;
  const people = demoMembers.filter((m) => m.active).map((m) => teamsUser(m.displayName));
  const env = { OUTBOX_CHECK_SECONDS: "1" };
  /** Every server's scheduler of a kind, started together so that their passes overlap. */
  const startAll = (name: string) => [a, b].flatMap((s) => s.app.schedulers.filter((x) => x.name === name)).map((x) => (x.start(), x));

  before(async () => {
    a = await startTestServer({ env });
    b = await startTestServer({ env, storage: a.storage, seed: false });
    connector = new FakeConnector();
    await connector.start();
    await install(a.url, connector, people);
  });
  after(async () => {
    await b?.stop();
    await a?.stop();
    await connector?.stop();
  });

  it("roll call: check-ins split over both instances are all kept, and the card ends up listing everyone", async () => {
    const chatId = "19:meeting_twoinstances@thread.v2";
    const teamsMeetingId = "MCtwoinstances";
    const meetingId = "rc-two-instances";
    await createMeetingNow(a.stores, meetingId);
    const members = await createFictionalMembers(a.stores, 40, 500);
    await sendActivity(a.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "närvaro", { serviceUrl: connector.url }));
    const chat = meetingConversation(chatId);
    const checkIn = (server: TestServer, m: (typeof members)[number]) =>
      sendActivity(server.url, cardAction({ aadObjectId: m.aadObjectId, name: m.displayName }, chat, "rollcall.checkin", { meetingId }, { serviceUrl: connector.url, teamsMeetingId }));
    // A's card update is held at the connector while B records and shows everyone else: A's card, drawn
    // with one person, lands last and must be followed by a fresh one.
    let release = () => {};
    connector.faults.push({ status: 200, until: new Promise<void>((r) => (release = r)), conversationId: chatId });
    const [first, ...rest] = members;
    const held = checkIn(a, first!);
    await connector.waitFor((calls) => calls.some((c) => c.method === "PUT" && c.conversationId === chatId));
    const responses = await Promise.all(rest.map((m) => checkIn(b, m)));
    release();
    responses.push(await held);
    const rows = (await b.stores.attendance.list(meetingId)).map((r) => r.value);
    assert.equal(new Set(rows.filter((r) => r.status === "present").map((r) => r.personId)).size, 40);
    const finalCard = cardText(cardIn(connector.lastUpdateIn(chatId)));
    assert.equal(members.filter((m) => finalCard.includes(`✅ ${m.displayName}`)).length, 40);
    assert.match(finalCard, /40 närvarande/);
  });

  it("invitation reminders: both instances' schedulers and outbox workers at once send each reminder exactly once", async () => {
    const coordinator = users.coordinator();
    const meetingId = await createMeeting(a.url, coordinator.aadObjectId, { replyBy: dayFromNow(20), title: "Möte med två servrar" });
    const invited = await api(a.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(invited.status, 200);
    const workers = startAll("outbox");
    try {
      const now = new Date(stockholmToUtc(dayFromNow(18), "09:00"));
      const schedulers = [a, b].map((s) => s.app.services.invitations.scheduler);
      connector.faults.push({ status: 429, headers: { "Retry-After": "1" }, conversationId: chatOf(users.aleMember()) });
      await Promise.all([...schedulers, ...schedulers].map((s) => s.runOnce(now)));
      await Promise.all(schedulers.map((s) => s.runOnce(new Date(now.getTime() + 3_600_000))));
    } finally {
      for (const worker of workers) worker.stop();
    }
    const written = (await a.stores.outbox.list(meetingId)).map((m) => m.value);
    assert.ok(written.length >= 5, "every active member was invited and reminded");
    assert.ok(written.every((m) => m.state === "sent"));
    for (const person of people) {
      const reminders = connector.deliveredTo(chatOf(person)).filter((x) => /^Påminnelse.*Möte med två servrar/s.test(String(x.text)));
      const expected = written.some((m) => m.recipient.id === person.aadObjectId) ? 1 : 0;
      assert.equal(reminders.length, expected, `${person.name}: ${reminders.length} reminders`);
    }
  });

  it("round-table asks: both instances' collectors and outbox workers at once ask each representative exactly once", async () => {
    const meetingId = "rt-two-instances";
    await a.stores.meetings.create(testMeeting(meetingId, new Date(Date.now() + 5 * 86_400_000).toISOString()));
    const collectors = [a, b].map((s) => new RoundTableCollector(s.stores, s.app.services.outbox, s.app.services.roundTable, pino({ level: "silent" }), s.config.roundTable, s.app.services.clock));
    const workers = startAll("outbox");
    try {
      connector.faults.push({ status: 503, headers: { "Retry-After": "1" } });
      await Promise.all([...collectors, ...collectors].map((c) => c.runOnce(new Date())));
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      for (const worker of workers) worker.stop();
    }
    const installed = new Set(people.map((p) => p.aadObjectId));
    const all = (await a.stores.outbox.list(meetingId)).map((m) => m.value);
    const written = all.filter((m) => installed.has(m.recipient.id));
    assert.ok(written.length >= 5, "one ask per representative of each kommun");
    assert.deepEqual([...new Set(written.map((m) => m.state))], ["sent"]);
    // The roll-call test's members never installed the app: their asks wait for a later try.
    assert.ok(all.filter((m) => !installed.has(m.recipient.id)).every((m) => m.state === "pending" && m.lastError?.reason === "no-conversation-reference"));
    for (const person of people) {
      const asks = connector.deliveredTo(chatOf(person)).filter((x) => JSON.stringify(x).includes(`Nätverksmöte ${meetingId}`));
      const expected = written.filter((m) => m.recipient.id === person.aadObjectId).length;
      assert.equal(asks.length, expected, `${person.name}: ${asks.length} asks`);
    }
  });
});
