import assert from "node:assert/strict";
import { cardAction, cardSubmit, meetingMessage, personalConversation, personalMessage } from "../helpers/activities";
import { api, cardOf, cardText, sendActivity } from "../helpers/bot-client";
import { users } from "../helpers/demo-users";
import { FakeConnector } from "../helpers/fake-connector";
import { chatOf, createMeeting, install } from "../helpers/invitations";
import { startTestServer, type TestServer } from "../helpers/test-server";

describe("'skicka kallelse' and the card fallback", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const say = (user: typeof ale, text: string, locale?: string) => sendActivity(server.url, personalMessage(user, text, { serviceUrl: connector.url, locale }));

  before(async () => {
    server = await startTestServer();
    connector = new FakeConnector();
    await connector.start();
    await install(server.url, connector, [coordinator, ale]);
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("is listed in the help", async () => {
    const res = await say(ale, "hjälp");
    assert.match(cardText(cardOf(res.replies[0])), /skicka kallelse/);
  });

  it("refuses a member, a stranger and a meeting chat, and sends nothing", async () => {
    assert.match(String((await say(ale, "skicka kallelse")).replies[0]?.text), /samordnare/);
    assert.match(String((await say(users.stranger(), "skicka kallelse")).replies[0]?.text), /inte registrerad som medlem/);
    const inMeeting = await sendActivity(server.url, meetingMessage(coordinator, "19:meeting_k@thread.v2", "MCk", "skicka kallelse"));
    assert.match(String(inMeeting.replies[0]?.text), /personliga chatt/);
    assert.equal(connector.sentTo(chatOf(ale)).length, 0);
    assert.equal((await server.stores.invitations.list("demo-upcoming")).length, 0);
  });

  it("sends the only upcoming meeting's invitation straight away and reports who was reached", async () => {
    const res = await say(coordinator, "skicka kallelse");
    assert.match(String(res.replies[0]?.text), /Kallelsen till "Nätverksmöte mottagande och integration": skickad till 2[\s\S]*Nås inte: .*appen är inte installerad/);
    assert.equal(connector.sentTo(chatOf(ale)).length, 1);
    const again = await say(coordinator, "send invitation", "en-US");
    assert.match(String(again.replies[0]?.text), /sent to 0, updated for 0, 2 already had the latest version/);
  });

  it("lets the coordinator choose when several meetings are upcoming", async () => {
    const second = await createMeeting(server.url, coordinator.aadObjectId, { title: "Extra möte om boende" });
    const res = await say(coordinator, "skicka kallelse");
    const card = cardOf(res.replies[0])!;
    assert.match(cardText(card), /Vilket möte gäller kallelsen\?[\s\S]*Extra möte om boende/);
    const refused = await sendActivity(server.url, cardAction(ale, personalConversation(ale), "invitations.send", { meetingId: second }, { serviceUrl: connector.url }));
    assert.match(cardText((refused.body as { value: unknown }).value), /samordnaren/);
    const chosen = await sendActivity(server.url, cardAction(coordinator, personalConversation(coordinator), "invitations.send", { meetingId: second }, { serviceUrl: connector.url }));
    assert.match(cardText((chosen.body as { value: unknown }).value), /Kallelsen till "Extra möte om boende": skickad till 2/);
  });

  it("takes an answer from the Action.Submit fallback and replaces the card in place", async () => {
    const cardId = (await server.stores.invitations.get("demo-upcoming", ale.aadObjectId))!.value.activityId!;
    const submit = cardSubmit(ale, personalConversation(ale), { verb: "rsvp.answer", meetingId: "demo-upcoming", memberId: ale.aadObjectId, answer: "declined", comment: "Semester" }, { serviceUrl: connector.url, replyToId: cardId });
    const res = await sendActivity(server.url, submit);
    assert.equal(res.status, 200);
    const stored = await server.stores.rsvps.get("demo-upcoming", ale.aadObjectId);
    assert.equal(stored?.value.answer, "declined");
    assert.equal(stored?.value.comment, "Semester");
    const update = connector.updatesIn(chatOf(ale)).find((c) => c.activityId === cardId);
    assert.match(cardText(cardOf(update?.body)), /Ditt svar: Kommer inte/);
    const responses = await api(server.url, "/meetings/demo-upcoming/responses", { user: coordinator.aadObjectId });
    assert.equal(responses.body.totals.declined, 1);
  });
});
