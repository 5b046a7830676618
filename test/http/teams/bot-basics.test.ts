import assert from "node:assert/strict";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { botAddedToChat, personalInstall, personalMessage, meetingMessage } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { LocalIdentity } from "../../helpers/local-identity";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("bot over HTTP (local mode)", () => {
  let server: TestServer;
  let connector: FakeConnector;
  before(async () => {
    server = await startTestServer();
    connector = new FakeConnector();
    await connector.start();
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("answers 'hjälp' with the help card in Swedish", async () => {
    const res = await sendActivity(server.url, personalMessage(users.aleMember(), "hjälp"));
    assert.equal(res.status, 200);
    const card = cardOf(res.replies[0]);
    assert.equal(card?.version, "1.5");
    assert.match(cardText(card), /Nätverksmöten — hjälp/);
  });

  it("answers 'help' from an English Teams client in English", async () => {
    const res = await sendActivity(server.url, personalMessage(users.aleMember(), "help", { locale: "en-US" }));
    assert.match(cardText(cardOf(res.replies[0])), /Network meetings — help/);
  });

  it("answers unknown text with the help card saying what it did not understand, never a crash", async () => {
    for (const text of ["blablabla", "", "<script>alert(1)</script>", "x".repeat(5000)]) {
      const res = await sendActivity(server.url, personalMessage(users.aleMember(), text));
      assert.equal(res.status, 200, text.slice(0, 20));
      assert.match(cardText(cardOf(res.replies[0])), /hjälp/);
    }
    const res = await sendActivity(server.url, personalMessage(users.aleMember(), "blablabla"));
    assert.match(cardText(cardOf(res.replies[0])), /förstod inte ”blablabla”/);
  });

  it("strips the bot @mention in a meeting chat", async () => {
    const res = await sendActivity(server.url, meetingMessage(users.chair(), "19:meeting_abc@thread.v2", "MCMeeting1", "hjälp"));
    assert.match(cardText(cardOf(res.replies[0])), /Nätverksmöten — hjälp/);
    assert.doesNotMatch(cardText(cardOf(res.replies[0])), /förstod inte/);
  });

  it("stores the user's conversation reference on installationUpdate and welcomes them", async () => {
    const user = users.molndalMember();
    const res = await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
    assert.equal(res.status, 200);
    assert.match(cardText(cardOf(res.replies[0])), /hjälp/);
    const stored = await server.stores.conversations.get("user", user.aadObjectId);
    assert.equal(stored?.value.serviceUrl, connector.url);
    assert.equal(stored?.value.conversationId, `a:personal-${user.aadObjectId}`);
  });

  it("stores a meeting chat's reference when the bot is added there", async () => {
    await sendActivity(server.url, botAddedToChat(users.coordinator(), "19:meeting_xyz@thread.v2", "MCMeeting2", { serviceUrl: connector.url }));
    const stored = await server.stores.conversations.get("chat", "19:meeting_xyz@thread.v2");
    assert.equal(stored?.value.scope, "chat");
  });

  it("forgets the reference when the app is removed", async () => {
    const user = users.guest();
    await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
    await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url, action: "remove" }));
    assert.equal(await server.stores.conversations.get("user", user.aadObjectId), undefined);
  });

  it("sends replies to the Bot Connector at serviceUrl when not asked for expectReplies", async () => {
    const user = users.chair();
    const res = await sendActivity(server.url, personalMessage(user, "hjälp", { serviceUrl: connector.url, expectReplies: false }));
    assert.equal(res.status, 200);
    await connector.waitFor((calls) => calls.some((c) => c.conversationId === `a:personal-${user.aadObjectId}` && c.method === "POST"));
  });

  it("sends proactive messages and updates them through the fake Bot Connector", async () => {
    const user = users.secretary();
    await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
    const sent = await server.app.bot.notifier.sendToUser(user.aadObjectId, { type: "message", text: "Påminnelse" });
    assert.equal(sent.status, "sent");
    const conversationId = `a:personal-${user.aadObjectId}`;
    assert.ok(connector.sentTo(conversationId).some((a) => a.text === "Påminnelse"));
    if (sent.status !== "sent") return;
    const updated = await server.app.bot.notifier.updateForUser(user.aadObjectId, sent.activityId, { type: "message", text: "Ändrad" });
    assert.equal(updated.status, "sent");
    const update = connector.updatesIn(conversationId).at(-1);
    assert.equal(update?.activityId, sent.activityId);
    assert.equal(update?.body.text, "Ändrad");
  });

  it("reports a user without a conversation reference as unreachable", async () => {
    const result = await server.app.bot.notifier.sendToUser("no-such-user", { type: "message", text: "x" });
    assert.deepEqual(result, { status: "unreachable", reason: "no-conversation-reference" });
  });

  it("reports a connector refusal as unreachable with the reason", async () => {
    const user = users.coordinator();
    await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
    connector.blocked.add(`a:personal-${user.aadObjectId}`);
    const result = await server.app.bot.notifier.sendToUser(user.aadObjectId, { type: "message", text: "x" });
    assert.equal(result.status, "unreachable");
    assert.equal(result.status === "unreachable" && result.reason, "connector-error");
  });

  it("answers a malformed body with 400 and a JSON error", async () => {
    for (const body of ["{not json", "[]", JSON.stringify({ text: "no type" }), JSON.stringify({ type: "message", from: { id: "x" } })]) {
      const res = await sendActivity(server.url, body);
      assert.equal(res.status, 400, body);
      const error = (res.body as { error?: { code?: string; message?: string } }).error;
      assert.ok(error?.code && error.message, JSON.stringify(res.body));
    }
  });
});

describe("bot over HTTP with BOT_ID set", () => {
  const botId = "00000000-0000-4000-8000-0000000000b0";
  let server: TestServer;
  let identity: LocalIdentity;
  before(async () => {
    identity = new LocalIdentity();
    await identity.start();
    server = await startTestServer({ env: { BOT_ID: botId, BOT_PASSWORD: "not-used", BOT_OPENID_METADATA_URL: `${identity.url}/openid` } });
  });
  after(async () => {
    await server.stop();
    await identity.stop();
  });

  it("accepts an activity with a valid channel token", async () => {
    const activity = personalMessage(users.aleMember(), "hjälp");
    const token = await identity.channelToken(botId, String(activity.serviceUrl));
    const res = await sendActivity(server.url, activity, { Authorization: `Bearer ${token}` });
    assert.equal(res.status, 200);
    assert.match(cardText(cardOf(res.replies[0])), /hjälp/);
  });

  it("refuses tokens signed with another key, for another bot or expired, with 401", async () => {
    const activity = personalMessage(users.aleMember(), "hjälp");
    const serviceUrl = String(activity.serviceUrl);
    const tokens = [
      await identity.channelToken(botId, serviceUrl, { foreignKey: true }),
      await identity.channelToken("another-bot", serviceUrl),
      await identity.channelToken(botId, serviceUrl, { expiresIn: Math.floor(Date.now() / 1000) - 3600 }),
    ];
    for (const token of tokens) {
      const res = await sendActivity(server.url, activity, { Authorization: `Bearer ${token}` });
      assert.equal(res.status, 401);
    }
  });

  it("refuses an activity without a token with 401 and a JSON error", async () => {
    const res = await sendActivity(server.url, personalMessage(users.aleMember(), "hjälp"));
    assert.equal(res.status, 401);
    assert.equal((res.body as { error: { code: string } }).error.code, "missing_token");
  });

  it("refuses an activity with a forged token with 401", async () => {
    const forged = `${Buffer.from('{"alg":"RS256","typ":"JWT"}').toString("base64url")}.${Buffer.from('{"iss":"https://api.botframework.com","aud":"00000000-0000-4000-8000-0000000000b0"}').toString("base64url")}.c2ln`;
    const res = await sendActivity(server.url, personalMessage(users.aleMember(), "hjälp"), { Authorization: `Bearer ${forged}` });
    assert.equal(res.status, 401);
  });
});
