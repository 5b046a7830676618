import assert from "node:assert/strict";
import { botAddedToChat, cardAction, personalConversation, personalInstall, type TeamsUser } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { minutesPath, NETWORK, PAST, putItem } from "../../helpers/minutes-api";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const CHAT = "19:meeting_journey@thread.v2";
const PUBLIC_URL = "https://natverk.example.org";
const LINK = `${PUBLIC_URL}/tab/#/meetings/${PAST}/minutes`;

type Card = Record<string, unknown>;
const personal = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
const cardsIn = (connector: FakeConnector, conversationId: string): Card[] => connector.sentTo(conversationId).map((a) => cardOf(a)).filter((c): c is Card => c !== undefined);

describe("minutes journey: approvers, approval card, resets, 'Justerat av' and the publication card", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const elin = users.aleMember();
  const coordinator = () => users.coordinator().aadObjectId;

  before(async () => {
    server = await startTestServer({ env: { PUBLIC_URL } });
    connector = new FakeConnector();
    await connector.start();
    for (const user of [elin, users.secretary(), users.coordinator()]) await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
    await sendActivity(server.url, botAddedToChat(users.coordinator(), CHAT, "MCjourney", { serviceUrl: connector.url }));
    const stored = (await server.stores.meetings.get(NETWORK, PAST))!;
    await server.stores.meetings.replace({ ...stored.value, chatConversationId: CHAT, teamsMeetingId: "MCjourney" }, stored.etag);
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("lists only typed decisions and action points under 'Beslut och åtgärder', never a note bullet", async () => {
    assert.equal((await putItem(server, 3, { notes: "Grupperna diskuterade:\n- Bostadsbrist i flera kommuner" })).status, 200);
    const res = await api(server.url, `${minutesPath}/publish`, { user: coordinator(), method: "POST" });
    assert.equal(res.status, 200);
    const text = cardText(cardsIn(connector, CHAT).at(-1));
    const highlights = text.slice(text.indexOf("Beslut och åtgärder"));
    assert.ok(text.includes("Beslut och åtgärder"), text);
    assert.ok(highlights.includes("• Nästa möte: Lilla Edet i fokus."), highlights);
    assert.ok(highlights.includes("• Uppdatera sändlistan för handledarnätverket"), highlights);
    assert.ok(!highlights.includes("Bostadsbrist"), highlights);
  });
});
