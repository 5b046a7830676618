import assert from "node:assert/strict";
import { botAddedToChat, cardAction, personalConversation, personalInstall, type TeamsUser } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { NETWORK, PAST, setRollCall } from "../../helpers/minutes-api";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const CHAT = "19:meeting_past@thread.v2";
const PUBLIC_URL = "https://natverk.example.org";
const LINK = `${PUBLIC_URL}/tab/#/meetings/${PAST}/minutes`;

type Card = Record<string, unknown>;
const personal = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
const cardsIn = (connector: FakeConnector, conversationId: string): Card[] => connector.sentTo(conversationId).map((a) => cardOf(a)).filter((c): c is Card => c !== undefined);
const verbsOf = (card: Card | undefined) => JSON.stringify(card ?? {}).match(/minutes\.(approve|comment)/g) ?? [];

async function setUp(env: Record<string, string> = {}) {
  const server = await startTestServer({ env: { PUBLIC_URL, ...env } });
  const connector = new FakeConnector();
  await connector.start();
  for (const user of [users.aleMember(), users.molndalMember(), users.secretary(), users.coordinator(), users.chair()]) {
    await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
  }
  await sendActivity(server.url, botAddedToChat(users.coordinator(), CHAT, "MCpast", { serviceUrl: connector.url }));
  const stored = (await server.stores.meetings.get(NETWORK, PAST))!;
  await server.stores.meetings.replace({ ...stored.value, chatConversationId: CHAT, teamsMeetingId: "MCpast" }, stored.etag);
  return { server, connector };
}

async function invoke(server: TestServer, connector: FakeConnector, user: TeamsUser, verb: string, data: Record<string, unknown>, locale?: string): Promise<Card> {
  const res = await sendActivity(server.url, cardAction(user, personalConversation(user), verb, data, { locale, serviceUrl: connector.url }));
  assert.equal(res.status, 200);
  const body = res.body as { statusCode: number; type: string; value: Card };
  assert.equal(body.type, "application/vnd.microsoft.card.adaptive");
  return body.value;
}

describe("minutes approval through the bot (justering)", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const elin = users.aleMember();
  const ida = users.molndalMember();
  before(async () => ({ server, connector } = await setUp()));
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("sends each named approver the 1:1 card 'Anteckningarna är klara för justering' with approve and comment", async () => {
    const res = await api(server.url, `/meetings/${PAST}/minutes/approvers`, { user: users.coordinator().aadObjectId, method: "PUT", body: { approverIds: [elin.aadObjectId, ida.aadObjectId] } });
    assert.equal(res.status, 200);
    for (const approver of [elin, ida]) {
      const card = cardsIn(connector, personal(approver)).at(-1);
      assert.equal(card?.version, "1.5");
      assert.match(cardText(card), /Anteckningarna är klara för justering/);
      assert.match(cardText(card), /4\. Kommun i fokus: Härryda/);
      assert.deepEqual(verbsOf(card), ["minutes.approve", "minutes.comment"]);
      assert.ok(JSON.stringify(card).includes(LINK));
    }
    assert.equal(cardsIn(connector, personal(users.secretary())).length, 0);
    assert.equal((await server.stores.minutes.get(PAST, "state"))!.value.cards.length, 2);
  });

  it("refuses the card's approve from someone not named, on the card, without approving", async () => {
    const card = await invoke(server, connector, users.secretary(), "minutes.approve", { meetingId: PAST });
    assert.match(cardText(card), /Bara de utsedda justerarna/);
    assert.equal((await server.stores.minutes.get(PAST, "state"))!.value.approvals.length, 0);
  });

  it("shows a stranger only a polite refusal", async () => {
    const card = await invoke(server, connector, users.stranger(), "minutes.approve", { meetingId: PAST });
    assert.match(cardText(card), /inte registrerad som medlem/);
    assert.deepEqual(verbsOf(card), []);
  });

  it("passes an approver's comment to the secretary and the coordinator, and says so on the card", async () => {
    const card = await invoke(server, connector, ida, "minutes.comment", { meetingId: PAST, comment: "Punkt 4: <b>stava</b> rätt." });
    assert.match(cardText(card), /Din kommentar är skickad/);
    assert.deepEqual(verbsOf(card), ["minutes.approve", "minutes.comment"]);
    for (const user of [users.secretary(), users.coordinator()]) {
      const message = connector.sentTo(personal(user)).at(-1);
      assert.match(String(message?.text), /Ida Holm kommenterade anteckningarna .*”Punkt 4: stava rätt\.”/);
    }
    const empty = await invoke(server, connector, ida, "minutes.comment", { meetingId: PAST, comment: " " });
    assert.match(cardText(empty), /Skriv en kommentar/);
  });

  it("answers the first approval with the card saying so, and updates it again when the secretary edits", async () => {
    const card = await invoke(server, connector, elin, "minutes.approve", { meetingId: PAST }, "en-US");
    assert.match(cardText(card), /You have approved the minutes/);
    assert.deepEqual(verbsOf(card), []);
    const minutes = await api(server.url, `/meetings/${PAST}/minutes`, { user: users.secretary().aadObjectId });
    const etag = minutes.body.items[3].etag;
    const before = connector.updatesIn(personal(elin)).length;
    const unconfirmed = await api(server.url, `/meetings/${PAST}/minutes/items/4`, { user: users.secretary().aadObjectId, method: "PUT", body: { notes: "Rättat efter kommentar." }, headers: { "If-Match": etag } });
    assert.equal(unconfirmed.status, 409);
    assert.equal(unconfirmed.body.error.code, "approvals_would_reset");
    assert.equal(connector.updatesIn(personal(elin)).length, before);
    await api(server.url, `/meetings/${PAST}/minutes/items/4`, { user: users.secretary().aadObjectId, method: "PUT", body: { notes: "Rättat efter kommentar.", resetApprovals: true }, headers: { "If-Match": etag } });
    const updates = connector.updatesIn(personal(elin));
    assert.equal(updates.length, before + 1);
    assert.deepEqual(verbsOf(cardOf(updates.at(-1)!.body)), ["minutes.approve", "minutes.comment"]);
  });

  it("does not publish at the last approval while the roll call is open, and says why on the card", async () => {
    await invoke(server, connector, elin, "minutes.approve", { meetingId: PAST });
    await setRollCall(server, "open");
    const card = await invoke(server, connector, ida, "minutes.approve", { meetingId: PAST });
    assert.match(cardText(card), /publiceras inte än: .*närvaroregistreringen pågår/);
    assert.equal((await server.stores.minutesVersions.list(PAST)).length, 0);
    await setRollCall(server, "closed");
  });

  it("publishes at the last approval and posts the summary card in the meeting chat and to members 1:1", async () => {
    const card = await invoke(server, connector, ida, "minutes.approve", { meetingId: PAST });
    assert.match(cardText(card), /Anteckningarna är publicerade/);
    assert.equal((await server.stores.minutesVersions.list(PAST)).length, 1);
    const chatCard = cardsIn(connector, CHAT).at(-1);
    assert.match(cardText(chatCard), /Anteckningarna är publicerade/);
    assert.match(cardText(chatCard), /Nätverksmöte mottagande och integration 2025-03-12/);
    assert.match(cardText(chatCard), /• Nästa möte: Lilla Edet i fokus\./);
    assert.ok(JSON.stringify(chatCard).includes(LINK));
    for (const user of [users.chair(), users.secretary(), elin]) {
      assert.ok(cardsIn(connector, personal(user)).some((c) => /Anteckningarna är publicerade/.test(cardText(c))), user.name);
    }
    const elinCard = connector.updatesIn(personal(elin)).at(-1);
    assert.match(cardText(cardOf(elinCard!.body)), /Anteckningarna är publicerade/);
  });

  it("announces a correction as a new version with its change note", async () => {
    const minutes = await api(server.url, `/meetings/${PAST}/minutes`, { user: users.secretary().aadObjectId });
    await api(server.url, `/meetings/${PAST}/minutes/items/4`, { user: users.secretary().aadObjectId, method: "PUT", body: { notes: "Rättad.", changeNote: "Fel namn på projektet" }, headers: { "If-Match": minutes.body.items[3].etag } });
    const chatCard = cardsIn(connector, CHAT).at(-1);
    assert.match(cardText(chatCard), /Anteckningarna är rättade \(version 2\)/);
    assert.match(cardText(chatCard), /Fel namn på projektet/);
  });
});

describe("minutes announcement with MINUTES_NOTIFY_MEMBERS=false", () => {
  it("posts in the meeting chat only", async () => {
    const { server, connector } = await setUp({ MINUTES_NOTIFY_MEMBERS: "false" });
    try {
      const res = await api(server.url, `/meetings/${PAST}/minutes/publish`, { user: users.coordinator().aadObjectId, method: "POST" });
      assert.equal(res.status, 200);
      assert.equal(cardsIn(connector, CHAT).length, 1);
      assert.equal(cardsIn(connector, personal(users.aleMember())).length, 0);
    } finally {
      await server.stop();
      await connector.stop();
    }
  });
});
