import assert from "node:assert/strict";
import { TENANT_ID } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { FakeGraph, GRAPH_TOKEN } from "../../helpers/fake-graph";
import { users } from "../../helpers/demo-users";
import { LocalIdentity, TAB_SSO } from "../../helpers/local-identity";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const BOT_APP_ID = "00000000-0000-4000-8000-0000000000b0";

describe("the coordinator searches the directory by name (Graph, on behalf of the signed-in user)", function () {
  this.timeout(60_000);
  let identity: LocalIdentity;
  let graph: FakeGraph;
  let server: TestServer;
  const search = async (who: { aadObjectId: string }, q: string) => {
    const token = await identity.tabToken({ oid: who.aadObjectId, tid: TENANT_ID });
    return { token, res: await api(server.url, `/directory/people?q=${encodeURIComponent(q)}`, { headers: { Authorization: `Bearer ${token}` } }) };
  };

  before(async () => {
    identity = new LocalIdentity();
    await identity.start();
    graph = new FakeGraph();
    const url = await graph.start();
    server = await startTestServer({
      env: {
        BOT_ID: BOT_APP_ID, BOT_PASSWORD: "secret", BOT_OPENID_METADATA_URL: `${identity.url}/openid`, ...identity.tabSettings([TENANT_ID]),
        GRAPH_CLIENT_SECRET: "tab-app-secret", GRAPH_BASE_URL: `${url}/v1.0`, GRAPH_AUTHORITY_HOST: url,
      },
    });
  });
  beforeEach(() => {
    graph.mode = "ok";
    graph.tokenRequests = [];
    graph.userRequests = [];
  });
  after(async () => {
    await server.stop();
    await graph.stop();
    await identity.stop();
  });

  it("exchanges the coordinator's own token and returns the people Graph finds", async () => {
    const { token, res } = await search(users.coordinator(), "Anna");
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.people, [
      { aadObjectId: "5e6f7a8b-0000-4000-8000-000000000001", displayName: "Anna Ekholm", email: "anna.ekholm@lindas.example.org", jobTitle: "Integrationssamordnare", organisation: "Lindås kommun" },
      { aadObjectId: "5e6f7a8b-0000-4000-8000-000000000002", displayName: "Anna Berg", email: "anna.berg@lindas.example.org" },
    ]);
    const exchange = graph.tokenRequests[0]!;
    assert.equal(exchange.get("grant_type"), "urn:ietf:params:oauth:grant-type:jwt-bearer");
    assert.equal(exchange.get("requested_token_use"), "on_behalf_of");
    assert.equal(exchange.get("assertion"), token);
    assert.equal(exchange.get("client_id"), TAB_SSO.appId);
    assert.equal(exchange.get("client_secret"), "tab-app-secret");
    const call = graph.userRequests[0]!;
    assert.equal(call.headers.authorization, `Bearer ${GRAPH_TOKEN}`);
    assert.equal(call.headers.consistencylevel, "eventual");
    assert.match(decodeURIComponent(call.url), /\$search="displayName:Anna" OR "mail:Anna"/);
    const me = await api(server.url, "/me", { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(me.body.directorySearch, true);
  });

  it("refuses everyone but the coordinator before calling Graph", async () => {
    for (const who of [users.chair(), users.aleMember(), users.guest(), users.stranger()]) {
      const { res } = await search(who, "Anna");
      assert.equal(res.status, 403, who.name);
    }
    assert.equal((await api(server.url, "/directory/people?q=Anna")).status, 401);
    assert.equal(graph.tokenRequests.length, 0);
  });

  it("refuses a bad query with a clear message and calls nothing", async () => {
    for (const q of ["A", "x".repeat(101), 'Anna" OR "mail:x', "Anna\u0000"]) {
      const { res } = await search(users.coordinator(), q);
      assert.equal(res.status, 400, q);
      assert.equal(res.body.error.code, "invalid_query");
    }
    assert.equal(graph.tokenRequests.length, 0);
  });

  it("says what to do when the app has no consent, and answers 503 in time when Graph is down or hangs", async () => {
    graph.mode = "no-consent";
    const refused = (await search(users.coordinator(), "Anna")).res;
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, "directory_not_consented");
    graph.mode = "down";
    assert.equal((await search(users.coordinator(), "Anna")).res.status, 503);
    graph.mode = "hang";
    const started = performance.now();
    const hung = (await search(users.coordinator(), "Anna")).res;
    assert.equal(hung.status, 503);
    assert.equal(hung.body.error.code, "directory_unavailable");
    assert.ok(performance.now() - started < 15_000);
  });

  it("is off without Graph settings, and in dev mode", async () => {
    const local = await startTestServer();
    try {
      const res = await api(local.url, "/directory/people?q=Anna", { user: users.coordinator().aadObjectId });
      assert.equal(res.status, 400);
      assert.equal(res.body.error.code, "directory_needs_sign_in");
      assert.equal((await api(local.url, "/me", { user: users.coordinator().aadObjectId })).body.directorySearch, false);
    } finally {
      await local.stop();
    }
  });
});
