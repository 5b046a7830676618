import assert from "node:assert/strict";
import { personalMessage, TENANT_ID } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { LocalIdentity } from "../../helpers/local-identity";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const FOREIGN_TENANT = "00000000-0000-4000-8000-00000000dddd";
const BOT_APP_ID = "00000000-0000-4000-8000-0000000000b0";

describe("tokens and tenants with BOT_ID set", () => {
  let identity: LocalIdentity;
  let server: TestServer;
  const member = users.aleMember();

  before(async () => {
    identity = new LocalIdentity();
    await identity.start();
    server = await startTestServer({
      env: { BOT_ID: BOT_APP_ID, BOT_PASSWORD: "not-used", BOT_OPENID_METADATA_URL: `${identity.url}/openid`, ...identity.tabSettings([TENANT_ID, FOREIGN_TENANT]) },
    });
  });
  after(async () => {
    await server.stop();
    await identity.stop();
  });

  it("refuses app-only tab tokens (no access_as_user scope) with 401", async () => {
    const user = { oid: member.aadObjectId, tid: TENANT_ID };
    assert.equal((await api(server.url, "/me", { headers: { Authorization: `Bearer ${await identity.tabToken(user)}` } })).status, 200);
    for (const claims of [{ scp: undefined, roles: ["Meetings.ReadWrite.All"], idtyp: "app" }, { scp: "User.Read" }, { scp: "" }]) {
      const res = await api(server.url, "/me", { headers: { Authorization: `Bearer ${await identity.tabToken(user, claims)}` } });
      assert.equal(res.status, 401, JSON.stringify(claims));
      assert.equal(res.body.error.code, "invalid_token");
    }
  });

  it("answers a tab token posted to the bot endpoint with 401, not 500", async () => {
    const activity = personalMessage(member, "hjälp");
    const token = await identity.tabToken({ oid: member.aadObjectId, tid: TENANT_ID });
    const res = await sendActivity(server.url, activity, { Authorization: `Bearer ${token}` });
    assert.equal(res.status, 401);
    assert.equal((res.body as { error: { code: string } }).error.code, "invalid_token");
  });

  it("refuses politely an activity from a tenant no network belongs to, and stores nothing", async () => {
    const activity = personalMessage(member, "hjälp");
    const token = await identity.channelToken(BOT_APP_ID, String(activity.serviceUrl));
    const own = await sendActivity(server.url, activity, { Authorization: `Bearer ${token}` });
    assert.match(cardText(cardOf(own.replies[0])), /hjälp/);

    const stranger = { aadObjectId: "00000000-0000-4000-8000-00000000f00d", name: "Främling Utsida" };
    const foreign = personalMessage(stranger, "hjälp");
    foreign.channelData = { tenant: { id: FOREIGN_TENANT } };
    (foreign.conversation as Record<string, unknown>).tenantId = FOREIGN_TENANT;
    const res = await sendActivity(server.url, foreign, { Authorization: `Bearer ${await identity.channelToken(BOT_APP_ID, String(foreign.serviceUrl))}` });
    assert.equal(res.status, 200);
    assert.equal(res.replies.length, 1);
    assert.match(String(res.replies[0]!.text), /din organisation är inte med/);
    assert.equal(cardOf(res.replies[0]), undefined);
    assert.equal(await server.stores.conversations.get("user", stranger.aadObjectId), undefined);

    const noTenant = personalMessage(stranger, "hjälp");
    noTenant.channelData = {};
    delete (noTenant.conversation as Record<string, unknown>).tenantId;
    const none = await sendActivity(server.url, noTenant, { Authorization: `Bearer ${await identity.channelToken(BOT_APP_ID, String(noTenant.serviceUrl))}` });
    assert.match(String(none.replies[0]?.text), /din organisation är inte med/);
  });
});
