import assert from "node:assert/strict";
import { TENANT_ID } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { LocalIdentity } from "../../helpers/local-identity";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const COORDINATOR_ID = "7f3c2a10-5b4d-4e6f-8a9b-0c1d2e3f4a5b";

describe("first start after deployment (BOT_ID set, no demo data, FIRST_COORDINATOR_ID)", () => {
  let identity: LocalIdentity;
  let server: TestServer;
  let token: string;
  const call = (path: string, options: { method?: string; body?: unknown } = {}) => api(server.url, path, { ...options, headers: { Authorization: `Bearer ${token}` } });

  before(async () => {
    identity = new LocalIdentity();
    await identity.start();
    server = await startTestServer({
      seed: false,
      env: {
        BOT_ID: "app",
        BOT_PASSWORD: "secret",
        BOT_TENANT_ID: TENANT_ID,
        DEMO_DATA: "false",
        NETWORK_NAME: "Välfärdsnätverket Öst",
        FIRST_COORDINATOR_ID: COORDINATOR_ID,
        FIRST_COORDINATOR_NAME: "Sanna Lindqvist",
        FIRST_COORDINATOR_EMAIL: "sanna.lindqvist@example.org",
        FIRST_COORDINATOR_ORGANISATION: "Regionförbundet Östra",
        ...identity.tabSettings([TENANT_ID]),
      },
    });
    token = await identity.tabToken({ oid: COORDINATOR_ID, tid: TENANT_ID, name: "Sanna Lindqvist" });
  });
  after(async () => {
    await server.stop();
    await identity.stop();
  });

  it("knows the first coordinator at /me, as coordinator of the new network", async () => {
    const res = await call("/me");
    assert.equal(res.status, 200);
    assert.equal(res.body.devMode, false);
    assert.equal(res.body.memberships.length, 1);
    assert.equal(res.body.memberships[0].network.id, "valfardsnatverket-ost");
    assert.equal(res.body.memberships[0].organisation.name, "Regionförbundet Östra");
    assert.ok(res.body.memberships[0].roles.includes("coordinator"));
  });

  it("lets the coordinator add an organisation and a member of it", async () => {
    const organisation = await call("/organisations", { method: "POST", body: { name: "Lindås kommun", kind: "kommun", order: 1 } });
    assert.equal(organisation.status, 201);
    assert.equal(organisation.body.networkId, "valfardsnatverket-ost");
    const member = await call("/members", {
      method: "POST",
      body: { aadObjectId: "2b8e4f61-0c3a-4d5e-9f70-a1b2c3d4e5f6", displayName: "Viktor Holm", email: "viktor.holm@example.org", organisationId: organisation.body.id, role: "member" },
    });
    assert.equal(member.status, 201);
    assert.equal((await server.stores.members.list("valfardsnatverket-ost")).length, 2);
  });

  it("still refuses someone who is not a member", async () => {
    const stranger = await identity.tabToken({ oid: "9a9a9a9a-0000-4000-8000-000000000001", tid: TENANT_ID });
    const res = await api(server.url, "/organisations", { headers: { Authorization: `Bearer ${stranger}` } });
    assert.equal(res.status, 403);
  });
});
