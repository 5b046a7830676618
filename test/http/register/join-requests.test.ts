import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { cardAction, personalConversation, personalInstall, personalMessage, type TeamsUser } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { chatOf, latestCard, serverWithConnector } from "../../helpers/invitations";

type Card = Record<string, unknown>;

const invokeCard = (res: { body: unknown }) => (res.body as { value: Card }).value;
const textsTo = (env: ReturnType<typeof serverWithConnector>, user: TeamsUser) => env.connector.sentTo(chatOf(user)).map((a) => String(a.text ?? ""));

describe("join request from the bot's 1:1 chat, decided on the coordinator's card", () => {
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const stranger = users.stranger();
  const env = serverWithConnector([coordinator, ale]);
  const press = (user: TeamsUser, verb: string, data: Record<string, unknown>, options: { id?: string } = {}) =>
    sendActivity(env.server.url, cardAction(user, personalConversation(user), verb, data, { serviceUrl: env.connector.url, ...options }));

  it("offers a stranger who installs the app the 'Ansök om medlemskap' card with the network's organisations", async () => {
    const res = await sendActivity(env.server.url, personalInstall(stranger, { serviceUrl: env.connector.url }));
    assert.equal(res.status, 200);
    const card = cardOf(res.replies[0])!;
    assert.match(cardText(card), /Ansök om medlemskap[\s\S]*Din organisation[\s\S]*Ale[\s\S]*Mölndal[\s\S]*Skicka ansökan/);
    const action = (card.actions as { verb: string; data: Record<string, unknown> }[])[0]!;
    assert.equal(action.verb, "join.request");
    assert.deepEqual(action.data, { networkId: DEMO_NETWORK_ID }, "the card carries no identity");
    assert.ok(env.connector.calls.some((c) => c.method === "GET" && c.path.endsWith(`/members/29:${stranger.aadObjectId}`)), "asked Teams for the member info");
  });

  it("stores the request under the presser's identity from the activity, whatever the card data says", async () => {
    const res = await press(stranger, "join.request", { networkId: DEMO_NETWORK_ID, organisationId: "ale", note: "Jag arbetar med mottagande i Ale.", aadObjectId: ale.aadObjectId, displayName: "Någon annan" });
    assert.equal(res.status, 200);
    assert.match(cardText(invokeCard(res)), /Tack! Din ansökan/);
    const stored = await env.server.stores.joinRequests.get(DEMO_NETWORK_ID, stranger.aadObjectId);
    assert.equal(stored?.value.displayName, "Kim Utomstående");
    assert.equal(stored?.value.organisationId, "ale");
    assert.equal(stored?.value.status, "pending");
    assert.equal(stored?.value.channel, "bot");
    assert.equal(await env.server.stores.joinRequests.get(DEMO_NETWORK_ID, ale.aadObjectId), undefined);
  });

  it("sends the coordinator a 1:1 card with the applicant, organisation, note and Godkänn / Avslå", async () => {
    const sent = latestCard(env.connector, coordinator, (t) => t.includes("Ny ansökan om medlemskap"));
    assert.ok(sent, "no card to the coordinator");
    const text = cardText(sent.card);
    assert.match(text, /Kim Utomstående[\s\S]*Ale[\s\S]*Jag arbetar med mottagande i Ale\.[\s\S]*Godkänn[\s\S]*Avslå/);
    const verbs = (sent.card.actions as { verb: string; data: Record<string, unknown> }[]).map((a) => [a.verb, a.data]);
    assert.deepEqual(verbs, [["join.approve", { networkId: DEMO_NETWORK_ID, aadObjectId: stranger.aadObjectId }], ["join.reject", { networkId: DEMO_NETWORK_ID, aadObjectId: stranger.aadObjectId }]]);
    assert.equal(latestCard(env.connector, ale, (t) => t.includes("Ny ansökan")), undefined, "members get no card");
  });

  it("refuses a second request for the same network and says the first is waiting", async () => {
    const again = await press(stranger, "join.request", { networkId: DEMO_NETWORK_ID, organisationName: "Något annat" });
    assert.match(cardText(invokeCard(again)), /redan ansökt/);
    const message = await sendActivity(env.server.url, personalMessage(stranger, "hej", { serviceUrl: env.connector.url }));
    assert.match(String(message.replies[0]?.text), /väntar på samordnaren/);
  });

  it("refuses approval by a member and by the applicant, and changes nothing", async () => {
    for (const user of [ale, stranger]) {
      const res = await press(user, "join.approve", { networkId: DEMO_NETWORK_ID, aadObjectId: stranger.aadObjectId });
      assert.match(cardText(invokeCard(res)), /samordnaren|inte registrerad/);
    }
    assert.equal((await env.server.stores.joinRequests.get(DEMO_NETWORK_ID, stranger.aadObjectId))?.value.status, "pending");
    assert.equal(await env.server.stores.members.get(DEMO_NETWORK_ID, stranger.aadObjectId), undefined);
  });

  it("approves on the coordinator's press: the person becomes a member and is welcomed in 1:1, once", async () => {
    const id = "f:approve-press-1";
    const res = await press(coordinator, "join.approve", { networkId: DEMO_NETWORK_ID, aadObjectId: stranger.aadObjectId }, { id });
    assert.match(cardText(invokeCard(res)), /Godkänd av Johan Berg/);
    assert.equal((invokeCard(res).actions as unknown[] | undefined), undefined, "no buttons once decided");
    const member = await env.server.stores.members.get(DEMO_NETWORK_ID, stranger.aadObjectId);
    assert.deepEqual({ ...member?.value }, { aadObjectId: stranger.aadObjectId, networkId: DEMO_NETWORK_ID, displayName: "Kim Utomstående", email: "", organisationId: "ale", role: "member", active: true });
    await env.connector.waitFor(() => textsTo(env, stranger).some((t) => t.includes("Välkommen")));

    const repeated = await press(coordinator, "join.approve", { networkId: DEMO_NETWORK_ID, aadObjectId: stranger.aadObjectId }, { id });
    assert.match(cardText(invokeCard(repeated)), /Godkänd av Johan Berg/);
    const secondPress = await press(coordinator, "join.approve", { networkId: DEMO_NETWORK_ID, aadObjectId: stranger.aadObjectId });
    assert.match(cardText(invokeCard(secondPress)), /Godkänd av Johan Berg/);
    assert.equal(textsTo(env, stranger).filter((t) => t.includes("Välkommen")).length, 1, "welcomed once");
    const updated = env.connector.updatesIn(chatOf(coordinator));
    assert.ok(updated.some((u) => /Godkänd av Johan Berg/.test(JSON.stringify(u.body))), "the coordinator's card was updated in place");
  });

  it("refuses the opposite decision afterwards", async () => {
    const res = await press(coordinator, "join.reject", { networkId: DEMO_NETWORK_ID, aadObjectId: stranger.aadObjectId });
    assert.match(cardText(invokeCard(res)), /redan avgjord/);
    assert.equal((await env.server.stores.members.get(DEMO_NETWORK_ID, stranger.aadObjectId))?.value.active, true);
  });

  it("lists the decided request for the coordinator in the tab API", async () => {
    const res = await api(env.server.url, "/join-requests", { user: coordinator.aadObjectId });
    assert.equal(res.status, 200);
    const row = res.body.requests.find((r: { aadObjectId: string }) => r.aadObjectId === stranger.aadObjectId);
    assert.equal(row.status, "approved");
    assert.equal(row.decidedBy, coordinator.aadObjectId);
  });
});
