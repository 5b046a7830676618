import assert from "node:assert/strict";
import pino from "pino";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { createTableStores } from "../../../bot/src/storage/table-stores";
import { systemClock } from "../../../bot/src/domain/clock";
import { RoundTableService } from "../../../bot/src/round-table/round-table-service";
import { RoundTableCollector } from "../../../bot/src/round-table/collection-scheduler";
import { Outbox } from "../../../bot/src/outbox/outbox";
import type { TeamsUser } from "../../helpers/activities";
import { cardAction, personalConversation, personalInstall } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { testMeeting } from "../../helpers/round-table-fixtures";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const DAY = 86_400_000;

describe("collecting round-table updates before the meeting (1:1)", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const meetingId = "rt-collect";
  const start = Date.parse("2030-06-12T07:00:00Z");
  const people = {
    elin: teamsUser("Elin Bergqvist"),
    fatima: teamsUser("Fatima Nordin"),
    oskar: teamsUser("Oskar Lindqvist"),
    camilla: teamsUser("Camilla Sandberg"),
    erik: teamsUser("Erik Nyström"),
    henrik: teamsUser("Henrik Sundberg"),
  };
  const timing = { daysBefore: 7, reminderDaysBefore: 2 };
  const collector = () => {
    const stores = createTableStores({ kind: "connection-string", connectionString: server.storage.connectionString });
    const logger = pino({ level: "silent" });
    const roundTable = new RoundTableService(stores, server.app.bot.notifier, logger);
    const outbox = new Outbox(stores.outbox, server.app.bot.notifier, logger, { maxAttempts: 3, claimMs: 60_000 });
    return new RoundTableCollector(stores, outbox, roundTable, logger, timing, systemClock);
  };
  const cardsTo = (user: TeamsUser) => connector.sentTo(`a:personal-${user.aadObjectId}`).map((a) => cardOf(a)!);
  const submit = async (user: TeamsUser, data: Record<string, unknown>) => {
    const res = await sendActivity(server.url, cardAction(user, personalConversation(user), "roundtable.submit", { meetingId, ...data }, { serviceUrl: connector.url }));
    return (res.body as { value: Record<string, unknown> }).value;
  };
  const submitData = (card: Record<string, unknown>) => (card.actions as { data: Record<string, unknown> }[])[0]!.data;

  before(async () => {
    server = await startTestServer({ env: { ROUND_TABLE_CHECK_MINUTES: "0" } });
    connector = new FakeConnector();
    await connector.start();
    await server.stores.meetings.create(testMeeting(meetingId, new Date(start).toISOString()));
    const goteborg = (await server.stores.organisations.get(DEMO_NETWORK_ID, "goteborg"))!;
    await server.stores.organisations.replace({ ...goteborg.value, contactMemberId: people.oskar.aadObjectId }, goteborg.etag);
    await server.stores.roundTableQuestions.create({ networkId: DEMO_NETWORK_ID, questions: ["Anvisade hittills i år"], updatedAt: new Date().toISOString(), updatedBy: "test" });
    for (const user of Object.values(people)) await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("asks nobody more than seven days before the meeting", async () => {
    const report = await collector().runOnce(new Date(start - 8 * DAY));
    assert.deepEqual(report, { asked: 0, reminded: 0, unreachable: 0 });
  });

  it("seven days before, two schedulers at once ask each representative exactly once: the contact, else every member", async () => {
    const now = new Date(start - 7 * DAY + 3600_000);
    await Promise.all([collector().runOnce(now), collector().runOnce(now)]);
    assert.equal(cardsTo(people.elin).length, 1);
    assert.equal(cardsTo(people.oskar).length, 1, "Göteborg's contact");
    assert.equal(cardsTo(people.fatima).length, 0);
    assert.equal(cardsTo(people.camilla).length, 0);
    assert.equal(cardsTo(people.erik).length, 1);
    assert.equal(cardsTo(people.henrik).length, 1);
    const again = await collector().runOnce(new Date(now.getTime() + 3600_000));
    assert.equal(again.asked, 0, "a restart asks nobody twice");
  });

  it("the card asks for 'Aktuellt läge i <kommun>' with the structured questions and last meeting's entry", () => {
    const card = cardsTo(people.elin)[0]!;
    const text = cardText(card);
    assert.match(text, /Aktuellt läge i Ale/);
    assert.match(text, /Förra mötet/);
    assert.match(text, /Två nya familjer anvisade under våren/);
    const inputs = (card.body as { type: string; id?: string; isMultiline?: boolean; maxLength?: number; label?: string }[]).filter((b) => b.type === "Input.Text");
    assert.deepEqual(inputs.map((i) => [i.id, i.label]), [["text", "Aktuellt läge i Ale"], ["f0", "Anvisade hittills i år"]]);
    assert.equal(inputs[0]!.isMultiline, true);
    assert.equal(inputs[0]!.maxLength, 8000);
  });

  it("saves the answer from the 1:1 card as submitted before the meeting, and thanks", async () => {
    const card = await submit(people.elin, { ...submitData(cardsTo(people.elin)[0]!), text: "Två familjer till i maj.", f0: "14" });
    assert.match(cardText(card), /Tack! Texten är sparad/);
    const entry = (await server.stores.roundTable.get(meetingId, "ale"))!.value;
    assert.equal(entry.text, "Två familjer till i maj.");
    assert.deepEqual(entry.fields, { "Anvisade hittills i år": "14" });
    assert.equal(entry.submitted, "before");
  });

  it("two members answering at once: one is saved, the other sees the saved text and keeps their own", async () => {
    const [a, b] = await Promise.all([
      submit(people.erik, { ...submitData(cardsTo(people.erik)[0]!), text: "Eriks läge." }),
      submit(people.henrik, { ...submitData(cardsTo(people.henrik)[0]!), text: "Henriks läge." }),
    ]);
    const saved = (await server.stores.roundTable.get(meetingId, "kungsbacka"))!.value;
    const loser = saved.reporterName === "Erik Nyström" ? b : a;
    const loserText = cardText(loser);
    assert.match(loserText, /ändrade texten samtidigt/);
    assert.match(loserText, new RegExp(`skriven av ${saved.reporterName}`));
    const input = (loser.body as { id?: string; value?: string }[]).find((i) => i.id === "text")!;
    assert.equal(input.value, saved.reporterName === "Erik Nyström" ? "Henriks läge." : "Eriks läge.");
  });

  it("refuses a member answering for another organisation, and a stranger", async () => {
    const forged = await submit(people.elin, { ...submitData(cardsTo(people.elin)[0]!), organisationId: "molndal", text: "x" });
    assert.match(cardText(forged), /egen organisation/);
    assert.equal(await server.stores.roundTable.get(meetingId, "molndal"), undefined);
    const stranger = await submit(users.stranger(), { organisationId: "ale", etag: "", text: "x" });
    assert.match(cardText(stranger), /inte registrerad/);
  });

  it("two days before, two schedulers at once remind only organisations without an answer, once", async () => {
    const now = new Date(start - 2 * DAY + 3600_000);
    await Promise.all([collector().runOnce(now), collector().runOnce(now)]);
    assert.equal(cardsTo(people.oskar).length, 2);
    assert.match(cardText(cardsTo(people.oskar)[1]), /Påminnelse/);
    assert.equal(cardsTo(people.elin).length, 1, "Ale has answered");
    assert.equal(cardsTo(people.erik).length + cardsTo(people.henrik).length, 2, "Kungsbacka has answered");
    assert.equal(cardsTo(people.fatima).length, 0);
    const again = await collector().runOnce(new Date(now.getTime() + DAY));
    assert.equal(again.reminded, 0);
    assert.equal(cardsTo(people.oskar).length, 2);
  });

  it("records who could not be reached instead of failing, and tries them again later", async () => {
    const sends = (await server.stores.outbox.list(meetingId)).map((s) => s.value);
    const unreachable = sends.filter((s) => s.state !== "sent");
    assert.ok(unreachable.length > 0);
    assert.ok(unreachable.every((s) => s.lastError?.reason === "no-conversation-reference"));
    assert.ok(unreachable.some((s) => s.state === "failed" && s.attempts === 3), "asks given up after three tries");
    assert.ok(unreachable.some((s) => s.state === "pending" && s.attempts === 2), "reminders still to be tried");
    assert.ok(sends.filter((s) => s.state === "sent").every((s) => s.activityId));
  });
});
