import assert from "node:assert/strict";
import pino from "pino";
import { stockholmParts } from "../../../bot/src/domain/time";
import { AnswerByReminderScheduler } from "../../../bot/src/polls/answer-by-scheduler";
import type { TeamsUser } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { cardOf, cardText } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { chatOf, install } from "../../helpers/invitations";
import { testClock } from "../../helpers/test-clock";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const DAY = 86_400_000;

describe("answer-by time of polls and date polls: one automatic reminder to those who have not answered", function () {
  this.timeout(60_000);
  const clock = testClock("2031-03-03T08:00:00Z");
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const molndal = users.molndalMember();
  let server: TestServer;
  let connector: FakeConnector;
  let scheduler: AnswerByReminderScheduler;
  const as = (user: { aadObjectId: string }, path: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    api(server.url, path, { user: user.aadObjectId, ...options });
  const inDays = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();
  const dateIn = (days: number) => stockholmParts(new Date(clock.now().getTime() + days * DAY)).date;
  const texts = (user: TeamsUser, pattern: RegExp) => connector.deliveredTo(chatOf(user)).filter((a) => pattern.test(String(a.text ?? ""))).length;

  before(async () => {
    server = await startTestServer({ clock, env: { REMINDER_DAYS_BEFORE: "2", REMINDER_CHECK_MINUTES: "0" } });
    connector = new FakeConnector();
    await connector.start();
    await install(server.url, connector, [coordinator, ale, molndal]);
    const services = server.app.services;
    scheduler = new AnswerByReminderScheduler({
      stores: server.stores, polls: services.polls.polls, pollService: services.polls.service, dateFinding: services.dateFinding,
      logger: pino({ level: "silent" }), clock, daysBefore: server.config.reminders.daysBefore,
    });
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("is one of the app's schedulers", () => {
    assert.ok(server.app.schedulers.some((s) => s.name === "answer-by-reminders"));
  });

  it("reminds a poll's non-answerers on the first pass inside the window, and only once", async () => {
    const answerByUtc = inDays(1);
    const created = await as(coordinator, "/polls", { method: "POST", body: { question: "Vilken lokal passar?", kind: "single", options: ["Ale", "Mölndal"], answerByUtc } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const pollId = created.body.poll.id;
    assert.equal(created.body.poll.answerByUtc, answerByUtc);
    assert.match(cardText(cardOf(connector.sentTo(chatOf(molndal)).at(-1))!), /Svara senast/);
    assert.equal((await as(ale, `/polls/${pollId}/answers/me`, { method: "PUT", body: { choices: ["o1"] } })).status, 200);
    const reminder = /Påminnelse: du har inte svarat på enkäten ”Vilken lokal passar\?”/;

    const first = await scheduler.runOnce(clock.now());
    assert.ok(first.queued >= 2, JSON.stringify(first));
    assert.equal(texts(molndal, reminder), 1, "Mölndal has not answered");
    const sent = connector.deliveredTo(chatOf(molndal)).map((a) => String(a.text ?? "")).find((t) => reminder.test(t))!;
    assert.match(sent, new RegExp(`”\\. Svara senast \\S+ \\d{1,2} \\S+ \\d{4} kl\\. ${stockholmParts(new Date(answerByUtc)).time}\\. Svara på kortet`), "the reminder repeats the answer-by time");
    assert.equal(texts(ale, reminder), 0, "Ale has answered");
    const keys = (await server.app.services.outbox.list(`poll:${pollId}`)).map((m) => m.key);
    assert.ok(keys.includes(`reminder|answer-by|${molndal.aadObjectId}`));
    assert.ok(!keys.includes(`reminder|answer-by|${ale.aadObjectId}`));

    clock.advance(15 * 60_000);
    await scheduler.runOnce(clock.now());
    assert.equal(texts(molndal, reminder), 1, "the second pass writes nothing new");
  });

  it("does not remind before the window nor after the answer-by time", async () => {
    const created = await as(coordinator, "/polls", { method: "POST", body: { question: "Fika efteråt?", kind: "single", options: ["Ja", "Nej"], answerByUtc: inDays(5) } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const reminder = /Påminnelse: du har inte svarat på enkäten ”Fika efteråt\?”/;
    await scheduler.runOnce(clock.now());
    assert.equal(texts(molndal, reminder), 0, "five days before is outside the two-day window");
    const start = clock.now();
    clock.set(new Date(start.getTime() + 6 * DAY));
    await scheduler.runOnce(clock.now());
    assert.equal(texts(molndal, reminder), 0, "after the answer-by time no reminder");
    clock.set(new Date(start.getTime() + 4 * DAY));
    await scheduler.runOnce(clock.now());
    assert.equal(texts(molndal, reminder), 1, "inside the window");
    clock.set(start);
  });

  it("reminds a date poll's non-answerers once, the same way", async () => {
    const created = await as(coordinator, "/date-polls", { method: "POST", body: {
      title: "Höstens första möte", options: [{ kind: "time", date: dateIn(20), startTime: "09:00", endTime: "11:00" }], answerByUtc: inDays(1),
    } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.datePoll.id;
    assert.match(cardText(cardOf(connector.sentTo(chatOf(molndal)).at(-1))!), /Svara senast/);
    assert.equal((await as(molndal, `/date-polls/${id}/responses/me`, { method: "PUT", body: { marks: { d1: "yes" } } })).status, 200);
    const reminder = /Påminnelse: du har inte markerat vilka datum som passar för "Höstens första möte"/;

    await scheduler.runOnce(clock.now());
    assert.equal(texts(ale, reminder), 1, "Ale has not answered");
    assert.equal(texts(molndal, reminder), 0, "Mölndal has answered");
    await scheduler.runOnce(new Date(clock.now().getTime() + 15 * 60_000));
    assert.equal(texts(ale, reminder), 1, "once");
    const keys = (await server.app.services.outbox.list(`datepoll:${id}`)).map((m) => m.key);
    assert.ok(keys.includes(`reminder|answer-by|${ale.aadObjectId}`));
  });

  it("refuses an answer-by time in the past, or after the meeting, and writes nothing", async () => {
    const polls = (await as(coordinator, "/polls")).body.polls.length;
    const past = await as(coordinator, "/polls", { method: "POST", body: { question: "För sent?", kind: "single", options: ["A", "B"], answerByUtc: inDays(-1) } });
    assert.equal(past.status, 400);
    assert.equal(past.body.error.code, "answer_by_in_past");
    assert.match(past.body.error.message, /Svara senast måste vara en tidpunkt framåt i tiden/);
    const english = await as(coordinator, "/polls", { method: "POST", body: { question: "För sent?", kind: "single", options: ["A", "B"], answerByUtc: inDays(-1) }, headers: { "Accept-Language": "en" } });
    assert.match(english.body.error.message, /Answer by must be a time in the future/);
    const garbled = await as(coordinator, "/polls", { method: "POST", body: { question: "Fel?", kind: "single", options: ["A", "B"], answerByUtc: "i morgon" } });
    assert.equal(garbled.status, 400);
    assert.equal((await as(coordinator, "/polls")).body.polls.length, polls);

    const datePolls = (await as(coordinator, "/date-polls")).body.datePolls.length;
    const option = { kind: "time", date: dateIn(10), startTime: "09:00", endTime: "11:00" };
    const pastDate = await as(coordinator, "/date-polls", { method: "POST", body: { title: "För sent", options: [option], answerByUtc: inDays(-1) } });
    assert.equal(pastDate.status, 400);
    assert.equal(pastDate.body.error.code, "answer_by_in_past");
    const afterMeeting = await as(coordinator, "/date-polls", { method: "POST", body: { title: "Efter mötet", options: [option], answerByUtc: inDays(12) } });
    assert.equal(afterMeeting.status, 400);
    assert.equal(afterMeeting.body.error.code, "answer_by_after_meeting");
    assert.equal((await as(coordinator, "/date-polls")).body.datePolls.length, datePolls);

    const reminder = /Påminnelse/;
    const before = texts(molndal, reminder);
    await scheduler.runOnce(clock.now());
    assert.equal(texts(molndal, reminder), before);
  });
});
