import assert from "node:assert/strict";
import { GENERATED_BLOCK_START } from "../../../bot/src/domain/round-table-minutes";
import { ROUND_TABLE_ITEM_TITLE } from "../../../bot/src/domain/agenda";
import type { TeamsUser } from "../../helpers/activities";
import { cardAction, meetingConversation, meetingMessage } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { markPresent, testMeeting } from "../../helpers/round-table-fixtures";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("round table in the meeting chat", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const meetingId = "rt-live";
  const chatId = "19:meeting_rt_live@thread.v2";
  const teamsMeetingId = "MCrtlive";
  const chat = meetingConversation(chatId);

  const say = (user: TeamsUser, text: string, expectReplies = true) =>
    sendActivity(server.url, meetingMessage(user, chatId, teamsMeetingId, text, { serviceUrl: connector.url, expectReplies }));
  const press = async (user: TeamsUser, verb: string, data: Record<string, unknown>) => {
    const res = await sendActivity(server.url, cardAction(user, chat, verb, { meetingId, ...data }, { teamsMeetingId, serviceUrl: connector.url }));
    assert.equal(res.status, 200);
    return (res.body as { value: Record<string, unknown> }).value;
  };
  const state = async () => (await server.stores.roundTableWalks.get(meetingId, "state"))!.value;
  const step = async (user: TeamsUser, name: string) => press(user, "roundtable.walk", { step: name, at: (await state()).currentId ?? "" });

  before(async () => {
    server = await startTestServer();
    connector = new FakeConnector();
    await connector.start();
    const start = new Date(Date.now() - 10 * 60_000).toISOString();
    await server.stores.meetings.create(testMeeting(meetingId, start, { chatConversationId: chatId, teamsMeetingId, status: "in-progress" }));
    await server.stores.agenda.create({ meetingId, number: 1, title: ROUND_TABLE_ITEM_TITLE, presenters: [], decisions: [], actions: [], notes: "Mötet inleds med aktuellt läge i respektive kommun." });
    for (const name of ["Elin Bergqvist", "Jonas Almgren", "Lena Forsberg", "Ida Holm", "Johan Berg"]) await markPresent(server.stores, meetingId, name);
    await markPresent(server.stores, meetingId, "Sara Wikström", [4]);
    // Göteborg has nobody present but sent its update beforehand, so it keeps its turn.
    await server.stores.roundTable.create({ meetingId, organisationId: "goteborg", reporterId: teamsUser("Fatima Nordin").aadObjectId, reporterName: "Fatima Nordin", text: "Ny webbsida för nyanlända i april.", fields: {}, submitted: "before", updatedAt: start });
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("refuses 'runda' from someone who is not the chair or coordinator, politely", async () => {
    const res = await say(users.aleMember(), "runda");
    assert.match(String(res.replies[0]?.text), /ordförande eller samordnaren/);
    assert.equal(await server.stores.roundTableWalks.get(meetingId, "state"), undefined);
  });

  it("'runda' by the chair posts the walk card: current highlighted with its text, the rest left, absent ones skipped", async () => {
    const res = await say(users.chair(), "runda", false);
    assert.equal(res.status, 200);
    const posted = connector.sentTo(chatId).at(-1)!;
    const card = cardOf(posted)!;
    assert.equal(card.version, "1.5");
    assert.equal((card.refresh as { action: { verb: string } }).action.verb, "roundtable.refresh");
    const text = cardText(card);
    assert.match(text, /Nu: Ale/);
    assert.match(text, /Kungsbacka \(ingen närvarande\)/);
    assert.match(text, /Härryda \(ingen närvarande\)/, "present for item 4 only is not present for the round table");
    assert.doesNotMatch(text, /Göteborgs Stad \(ingen/);
    const walk = await state();
    assert.equal(walk.status, "running");
    assert.equal(walk.currentId, "ale");
    assert.ok(walk.cardActivityId);
  });

  it("'next' moves on, answers with the chair's view and updates the card in the chat for everyone", async () => {
    const updatesBefore = connector.updatesIn(chatId).length;
    const card = await step(users.chair(), "next");
    assert.match(cardText(card), /Nu: Alingsås/);
    assert.equal(card.refresh, undefined);
    const update = connector.updatesIn(chatId).at(-1)!;
    assert.equal(connector.updatesIn(chatId).length, updatesBefore + 1);
    assert.equal(update.activityId, (await state()).cardActivityId);
    assert.match(cardText(cardOf(update.body)), /Nu: Alingsås/);
  });

  it("refuses a press from an outdated card instead of moving twice", async () => {
    const card = await press(users.chair(), "roundtable.walk", { step: "next", at: "ale" });
    assert.match(cardText(card), /äldre läge/);
    assert.equal((await state()).currentId, "alingsas");
  });

  it("refuses the chair's buttons to an ordinary member", async () => {
    const card = await step(users.aleMember(), "next");
    assert.match(cardText(card), /ordförande eller samordnaren/);
    assert.equal((await state()).currentId, "alingsas");
  });

  it("'skip' lists the organisation as skipped by the chair and shows the next one's pre-submitted text", async () => {
    const card = await step(users.chair(), "skip");
    const text = cardText(card);
    assert.match(text, /Alingsås \(av ordföranden\)/);
    assert.match(text, /Nu: Göteborgs Stad/);
    assert.match(text, /Ny webbsida för nyanlända i april\./);
    assert.match(text, /före mötet av Fatima Nordin/);
  });

  it("'pause' stops the walk until 'resume'; 'back' returns to the organisation before", async () => {
    await step(users.chair(), "pause");
    assert.match(cardText(await step(users.chair(), "next")), /pausad/);
    assert.equal((await state()).currentId, "goteborg");
    await step(users.chair(), "resume");
    assert.match(cardText(await step(users.chair(), "back")), /Nu: Alingsås/);
    await step(users.chair(), "next");
    assert.equal((await state()).currentId, "goteborg");
  });

  it("lets a representative write their organisation's text during the meeting (source 'during')", async () => {
    const card = await press(users.aleMember(), "roundtable.edit", { organisationId: "ale", etag: "", text: "Boendefrågan löst med korttidskontrakt." });
    assert.match(cardText(card), /Texten för Ale är sparad/);
    const entry = (await server.stores.roundTable.get(meetingId, "ale"))!.value;
    assert.equal(entry.submitted, "during");
    assert.equal(entry.reporterName, "Elin Bergqvist");
  });

  it("refuses a member of Ale editing Mölndal's text on the card and stores nothing", async () => {
    const card = await press(users.aleMember(), "roundtable.edit", { organisationId: "molndal", etag: "", text: "Ale skriver för Mölndal." });
    assert.match(cardText(card), /egen organisation/);
    assert.equal(await server.stores.roundTable.get(meetingId, "molndal"), undefined);
  });

  it("answers a stale edit with the conflict, showing the current text and keeping the typed one", async () => {
    const card = await press(users.aleMember(), "roundtable.edit", { organisationId: "ale", etag: "", text: "Min nya text." });
    const text = cardText(card);
    assert.match(text, /Elin Bergqvist ändrade texten samtidigt/);
    assert.match(text, /Din text finns kvar/);
    assert.ok(JSON.stringify(card).includes("Min nya text."));
  });

  it("refuses a card of another meeting pressed in this chat", async () => {
    const res = await sendActivity(server.url, cardAction(users.chair(), chat, "roundtable.walk", { meetingId: "demo-upcoming", step: "next", at: "" }, { teamsMeetingId, serviceUrl: connector.url }));
    assert.match(cardText((res.body as { value: unknown }).value), /annat möte/);
  });

  it("refreshes into each person's own view: controls for the chair, only their own text for a member", async () => {
    const chairView = cardText(await press(users.chair(), "roundtable.refresh", {}));
    assert.match(chairView, /Nästa/);
    const memberView = cardText(await press(users.molndalMember(), "roundtable.refresh", {}));
    assert.doesNotMatch(memberView, /Nästa/);
    assert.match(memberView, /Skriv\/ändra text för Mölndal/);
    assert.doesNotMatch(memberView, /Skriv\/ändra text för Göteborgs Stad/);
  });

  it("shows the card in English to an English Teams client", async () => {
    const res = await sendActivity(server.url, cardAction(users.chair(), chat, "roundtable.refresh", { meetingId }, { teamsMeetingId, serviceUrl: connector.url, locale: "en-US" }));
    const text = cardText((res.body as { value: unknown }).value);
    assert.match(text, /Current situation in each municipality/);
    assert.match(text, /Now: Göteborgs Stad/);
  });

  it("lets the coordinator add the second round 'Omvärldsbevakning' on the card, and nobody else", async () => {
    const refused = await press(users.chair(), "roundtable.agencies", { includeAgencies: true });
    assert.match(cardText(refused), /Bara samordnaren/);
    const card = await press(users.coordinator(), "roundtable.agencies", { includeAgencies: true });
    assert.match(cardText(card), /Omvärldsbevakning/);
    assert.match(cardText(card), /Arbetsförmedlingen \(ingen närvarande\)/);
  });

  it("'avsluta runda' writes the entries into item 1 without touching the secretary's text, and sums up", async () => {
    const res = await say(users.chair(), "avsluta runda");
    assert.match(String(res.replies[0]?.text), /Rundan är avslutad/);
    assert.match(String(res.replies[0]?.text), /Kungsbacka/);
    const notes = (await server.stores.agenda.get(meetingId, "0001"))!.value.notes!;
    assert.ok(notes.startsWith("Mötet inleds med aktuellt läge i respektive kommun.\n\n" + GENERATED_BLOCK_START));
    assert.ok(notes.indexOf("Ale: Boendefrågan löst med korttidskontrakt.") < notes.indexOf("Göteborgs Stad: Ny webbsida för nyanlända i april."));
    assert.equal((await state()).status, "closed");
    assert.match(cardText(cardOf(connector.updatesIn(chatId).at(-1)!.body)), /Rundan är avslutad/);
  });

  it("keeps item 1 in step when the secretary corrects an entry after the round", async () => {
    const etag = (await server.stores.roundTable.get(meetingId, "goteborg"))!.etag;
    const res = await api(server.url, `/meetings/${meetingId}/round-table/goteborg`, { user: users.secretary().aadObjectId, method: "PUT", body: { text: "Ny webbsida lanseras i maj." }, headers: { "If-Match": etag } });
    assert.equal(res.status, 200);
    const notes = (await server.stores.agenda.get(meetingId, "0001"))!.value.notes!;
    assert.match(notes, /Göteborgs Stad: Ny webbsida lanseras i maj\./);
    assert.doesNotMatch(notes, /april/);
    assert.equal(notes.split(GENERATED_BLOCK_START).length, 2);
  });

  it("creates agenda item 1 when the meeting has none", async () => {
    const other = "rt-no-agenda";
    const otherChat = "19:meeting_rt_other@thread.v2";
    await server.stores.meetings.create(testMeeting(other, new Date(Date.now() - 5 * 60_000).toISOString(), { chatConversationId: otherChat, teamsMeetingId: "MCother" }));
    const res = await sendActivity(server.url, meetingMessage(users.coordinator(), otherChat, "MCother", "close round", { locale: "en-US" }));
    assert.match(String(res.replies[0]?.text), /The round is closed/);
    const item = (await server.stores.agenda.get(other, "0001"))!.value;
    assert.equal(item.title, ROUND_TABLE_ITEM_TITLE);
    assert.ok(item.notes!.startsWith(GENERATED_BLOCK_START));
  });
});
