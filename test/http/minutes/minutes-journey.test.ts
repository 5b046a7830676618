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
type Candidate = { id: string; name: string; organisationName: string; present: boolean };
const personal = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
const cardsIn = (connector: FakeConnector, conversationId: string): Card[] => connector.sentTo(conversationId).map((a) => cardOf(a)).filter((c): c is Card => c !== undefined);

describe("minutes journey: approvers, approval card, resets, 'Justerat av' and the publication card", function () {
  this.timeout(120_000);
  let server: TestServer;
  let connector: FakeConnector;
  const elin = users.aleMember();
  const ida = users.molndalMember();
  const coordinator = () => users.coordinator().aadObjectId;
  const invoke = async (user: TeamsUser, verb: string, data: Record<string, unknown>) => {
    const res = await sendActivity(server.url, cardAction(user, personalConversation(user), verb, { meetingId: PAST, ...data }, { serviceUrl: connector.url }));
    assert.equal(res.status, 200);
    return (res.body as { value: Card }).value;
  };

  before(async () => {
    server = await startTestServer({ env: { PUBLIC_URL } });
    connector = new FakeConnector();
    await connector.start();
    for (const user of [elin, ida, users.secretary(), users.coordinator()]) await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
    await sendActivity(server.url, botAddedToChat(users.coordinator(), CHAT, "MCjourney", { serviceUrl: connector.url }));
    const stored = (await server.stores.meetings.get(NETWORK, PAST))!;
    await server.stores.meetings.replace({ ...stored.value, chatConversationId: CHAT, teamsMeetingId: "MCjourney" }, stored.etag);
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("offers the coordinator those present first, by organisation then name, with the organisation; the secretary gets no picker", async () => {
    const view = await api(server.url, minutesPath, { user: coordinator() });
    const candidates = view.body.approverCandidates as Candidate[];
    const present = candidates.filter((c) => c.present);
    assert.equal(present.length, 15);
    assert.deepEqual(candidates.slice(0, 3).map((c) => `${c.name}, ${c.organisationName}`), ["Elin Bergqvist, Ale", "Jonas Almgren, Alingsås", "Per Dahlgren, Arbetsförmedlingen"]);
    assert.ok(candidates.findIndex((c) => !c.present) === present.length, "everyone present comes before anyone absent");
    assert.ok(candidates.some((c) => c.name === "Camilla Sandberg" && !c.present));
    assert.ok(!candidates.some((c) => c.name === "Amir Haddad"), "a guest is never an approver");
    assert.equal((await api(server.url, minutesPath, { user: users.secretary().aadObjectId })).body.approverCandidates, undefined);
  });

  it("sends approvers a card with the minutes' text itself, not only the item titles", async () => {
    assert.equal((await putItem(server, 3, { notes: "Grupperna diskuterade:\n- Bostadsbrist i flera kommuner" })).status, 200);
    const res = await api(server.url, `${minutesPath}/approvers`, { user: coordinator(), method: "PUT", body: { approverIds: [elin.aadObjectId, ida.aadObjectId] } });
    assert.equal(res.status, 200);
    const text = cardText(cardsIn(connector, personal(elin)).at(-1));
    for (const expected of ["1. Inledning — aktuellt läge i respektive kommun", "Mötet inleds med aktuellt läge i respektive kommun.", "Ale: Två nya familjer anvisade", "• Bostadsbrist i flera kommuner", "5. Övriga punkter", "• Nästa möte: Lilla Edet i fokus."]) {
      assert.ok(text.includes(expected), `missing "${expected}" in ${text}`);
    }
  });

  it("shortens a long text on the card and says to read the rest in the tab", async () => {
    assert.equal((await putItem(server, 4, { notes: Array.from({ length: 80 }, (_, i) => `Rad ${i} om projektet Mammor i arbete och vad det har gett.`).join("\n") })).status, 200);
    await api(server.url, `${minutesPath}/approvers`, { user: coordinator(), method: "PUT", body: { approverIds: [ida.aadObjectId] } });
    await api(server.url, `${minutesPath}/approvers`, { user: coordinator(), method: "PUT", body: { approverIds: [elin.aadObjectId, ida.aadObjectId] } });
    const card = cardsIn(connector, personal(elin)).at(-1)!;
    assert.match(cardText(card), /Texten är förkortad här\. Läs hela anteckningarna i fliken/);
    assert.ok(!cardText(card).includes("Rad 79 "));
    assert.ok(JSON.stringify(card).length < 28_000);
    assert.ok(JSON.stringify(card).includes(LINK));
  });

  it("passes a comment to the secretary with a named link, not a bare address", async () => {
    await invoke(ida, "minutes.comment", { comment: "Punkt 4 är lång." });
    const message = String(connector.sentTo(personal(users.secretary())).at(-1)?.text);
    assert.ok(message.includes(`[Öppna anteckningarna](${LINK})`), message);
    assert.ok(!message.split("\n").some((line) => line.trim() === LINK), message);
  });

  it("sends an approver whose approval an edit undid a new message, and shows 'Justerat av' once approved again", async () => {
    await invoke(elin, "minutes.approve", {});
    const draft = await api(server.url, minutesPath, { user: users.secretary().aadObjectId });
    assert.match(draft.body.text, /Justerat av Elin Bergqvist, \d{4}-\d{2}-\d{2}/);
    const before = connector.sentTo(personal(elin)).length;
    assert.equal((await putItem(server, 4, { notes: "Kortare text.", resetApprovals: true })).status, 200);
    const sent = connector.sentTo(personal(elin));
    assert.equal(sent.length, before + 1, "a new message, not only an updated card");
    assert.match(cardText(cardOf(sent.at(-1)!)), /Anteckningarna har ändrats sedan du justerade/);
    const state = (await server.stores.minutes.get(PAST, "state"))!.value;
    assert.equal(state.approvals.length, 0);
    assert.equal(state.cards.filter((c) => c.approverId === elin.aadObjectId).length, 1, "the new card replaces the old one");
    assert.ok(!(await api(server.url, minutesPath, { user: users.secretary().aadObjectId })).body.text.includes("Justerat av"));
  });

  it("publishes at the last approval with 'Justerat av' for both, and the card lists only decisions and action points", async () => {
    await invoke(elin, "minutes.approve", {});
    await invoke(ida, "minutes.approve", {});
    const published = await api(server.url, minutesPath, { user: users.chair().aadObjectId });
    assert.equal(published.body.status, "published");
    assert.match(published.body.text, /Antecknat av Emma Strand\nJusterat av Elin Bergqvist, \d{4}-\d{2}-\d{2}\nJusterat av Ida Holm, \d{4}-\d{2}-\d{2}\n$/);
    const text = cardText(cardsIn(connector, CHAT).at(-1));
    assert.ok(text.includes("Beslut och åtgärder"), text);
    const highlights = text.slice(text.indexOf("Beslut och åtgärder"));
    assert.ok(highlights.includes("• Nästa möte: Lilla Edet i fokus."), highlights);
    assert.ok(highlights.includes("• Uppdatera sändlistan för handledarnätverket"), highlights);
    assert.ok(!highlights.includes("Bostadsbrist"), highlights);
  });
});
