import assert from "node:assert/strict";
import { ROUND_TABLE_ITEM_TITLE } from "../../../bot/src/domain/agenda";
import type { TeamsUser } from "../../helpers/activities";
import { cardAction, meetingConversation, meetingMessage } from "../../helpers/activities";
import { cardActions, cardText, sendActivity } from "../../helpers/bot-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { markPresent, testMeeting } from "../../helpers/round-table-fixtures";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const actionTitles = (card: unknown) => cardActions(card).map((a) => a.title);

describe("round table: the chair's card (skip wording, own text on her turn, closing by button, full summary)", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const meetingId = "rt-chair";
  const chatId = "19:meeting_rt_chair@thread.v2";
  const teamsMeetingId = "MCrtchair";
  const chat = meetingConversation(chatId);

  const press = async (user: TeamsUser, verb: string, data: Record<string, unknown>) => {
    const res = await sendActivity(server.url, cardAction(user, chat, verb, { meetingId, ...data }, { teamsMeetingId, serviceUrl: connector.url }));
    assert.equal(res.status, 200);
    return (res.body as { value: Record<string, unknown> }).value;
  };
  const state = async () => (await server.stores.roundTableWalks.get(meetingId, "state"))!.value;
  const step = async (user: TeamsUser, name: string) => press(user, "roundtable.walk", { step: name, at: (await state()).currentId ?? "" });
  const chairView = () => press(users.chair(), "roundtable.refresh", {});
  const chatTexts = () => connector.sentTo(chatId).map((a) => String(a.text ?? ""));

  before(async () => {
    server = await startTestServer();
    connector = new FakeConnector();
    await connector.start();
    const start = new Date(Date.now() - 10 * 60_000).toISOString();
    await server.stores.meetings.create(testMeeting(meetingId, start, { chatConversationId: chatId, teamsMeetingId, status: "in-progress" }));
    await server.stores.agenda.create({ meetingId, number: 1, title: ROUND_TABLE_ITEM_TITLE, presenters: [], decisions: [], actions: [] });
    // Ale, Alingsås and the chair's Lerum are present; only Ale has written a text.
    for (const name of ["Elin Bergqvist", "Jonas Almgren", "Lena Forsberg"]) await markPresent(server.stores, meetingId, name);
    await server.stores.roundTable.create({ meetingId, organisationId: "ale", reporterId: teamsUser("Elin Bergqvist").aadObjectId, reporterName: "Elin Bergqvist", text: "Lugnt i Ale.", fields: {}, submitted: "before", updatedAt: start });
    const res = await sendActivity(server.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "runda", { serviceUrl: connector.url, expectReplies: false }));
    assert.equal(res.status, 200);
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("labels the skip button 'Hoppa över', without calling a present organisation absent", async () => {
    const titles = actionTitles(await chairView());
    assert.ok(titles.includes("Hoppa över"), titles.join(" | "));
    assert.ok(!titles.some((t) => /frånvarande/.test(t)), titles.join(" | "));
  });

  it("does not offer the chair her own organisation's text while another organisation has the floor", async () => {
    assert.equal((await state()).currentId, "ale");
    const titles = actionTitles(await chairView());
    assert.ok(!titles.includes("Skriv/ändra text för Lerum"), titles.join(" | "));
    // An ordinary member of an organisation still gets their own form at any time.
    assert.ok(actionTitles(await press(users.aleMember(), "roundtable.refresh", {})).includes("Skriv/ändra text för Ale"));
  });

  it("offers the chair her own organisation's text on its turn", async () => {
    await step(users.chair(), "next");
    await step(users.chair(), "next");
    assert.equal((await state()).currentId, "lerum");
    assert.ok(actionTitles(await chairView()).includes("Skriv/ändra text för Lerum"));
  });

  it("lists an organisation the chair skipped as skipped by the chair, not as absent", async () => {
    const text = cardText(await step(users.chair(), "skip"));
    assert.match(text, /Lerum \(av ordföranden\)/);
    assert.doesNotMatch(text, /frånvarande/);
  });

  it("ends with a button: the finished card says to press Avsluta rundan and offers it", async () => {
    const card = await chairView();
    assert.equal((await state()).status, "finished");
    assert.match(cardText(card), /Tryck Avsluta rundan/);
    assert.doesNotMatch(cardText(card), /Skriv avsluta runda/);
    assert.ok(actionTitles(card).includes("Avsluta rundan"));
  });

  it("refuses the close button to a member and closes nothing", async () => {
    assert.match(cardText(await step(users.aleMember(), "close")), /ordförande eller samordnaren/);
    assert.equal((await state()).status, "finished");
  });

  it("closes on the button and posts a summary that lists the organisations that spoke without text", async () => {
    const before = connector.sentTo(chatId).length;
    const card = await step(users.chair(), "close");
    assert.equal((await state()).status, "closed");
    assert.equal(connector.sentTo(chatId).length, before + 1);
    const summary = chatTexts().at(-1)!;
    assert.match(summary, /Rundan är avslutad\. Med text i anteckningarna \(1\): Ale\./);
    assert.match(summary, /Talade utan skriven text \(1\): Alingsås\./);
    assert.match(summary, /Hoppades över \(\d+\): .*Lerum/);
    assert.match(cardText(card), /Talade utan skriven text/);
    const notes = (await server.stores.agenda.get(meetingId, "0001"))!.value.notes!;
    assert.match(notes, /Ale: Lugnt i Ale\./);
  });

  it("answers a second press of the close button without posting the summary again", async () => {
    const before = connector.sentTo(chatId).length;
    assert.match(cardText(await step(users.chair(), "close")), /redan avslutad/);
    assert.equal(connector.sentTo(chatId).length, before);
  });
});
