import assert from "node:assert/strict";
import { personalMessage } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { LocalIdentity } from "../../helpers/local-identity";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const HOST = "0a0a0a0a-0000-4000-8000-00000000a001";
const MUNICIPALITY = "0b0b0b0b-0000-4000-8000-00000000b002";
const THIRD = "0c0c0c0c-0000-4000-8000-00000000c003";
const BOT_APP_ID = "00000000-0000-4000-8000-0000000000b0";
const COORDINATOR = "7f3c2a10-5b4d-4e6f-8a9b-0c1d2e3f4a5b";
const GUEST = "1a2b3c4d-0000-4000-8000-000000000b2b";
const HOME = "2b3c4d5e-0000-4000-8000-0000000000e1";
const NETWORK = "valfardsnatverket-ost";

describe("members from other organisations' tenants: B2B guests and a multi-tenant app", () => {
  let identity: LocalIdentity;
  let server: TestServer;
  let organisationId: string;
  const as = async (oid: string, tid: string) => {
    const token = await identity.tabToken({ oid, tid });
    return (path: string, options: { method?: string; body?: unknown } = {}) => api(server.url, path, { ...options, headers: { Authorization: `Bearer ${token}` } });
  };
  const member = (aadObjectId: string, tenantId?: string) => ({
    aadObjectId, displayName: "Tove Lind", email: "tove.lind@example.org", organisationId, role: "member", ...(tenantId ? { tenantId } : {}),
  });

  before(async () => {
    identity = new LocalIdentity();
    await identity.start();
    server = await startTestServer({
      seed: false,
      env: {
        BOT_ID: BOT_APP_ID, BOT_PASSWORD: "secret", BOT_TENANT_ID: HOST, BOT_OPENID_METADATA_URL: `${identity.url}/openid`, DEMO_DATA: "false",
        NETWORK_NAME: "Välfärdsnätverket Öst", FIRST_COORDINATOR_ID: COORDINATOR, FIRST_COORDINATOR_NAME: "Sanna Lindqvist",
        FIRST_COORDINATOR_EMAIL: "sanna.lindqvist@example.org", FIRST_COORDINATOR_ORGANISATION: "Regionförbundet Östra",
        INSTALLATION_ADMIN_IDS: COORDINATOR,
        // A multi-tenant app: tokens of any tenant are checked, and the network decides whose users it knows.
        ...identity.tabSettings([]),
      },
    });
    const coordinator = await as(COORDINATOR, HOST);
    organisationId = (await coordinator("/organisations", { method: "POST", body: { name: "Lindås kommun", kind: "kommun", order: 1 } })).body.id;
  });
  after(async () => {
    await server.stop();
    await identity.stop();
  });

  it("knows a B2B guest by their object id in the host tenant, and nobody signing in with it from elsewhere", async () => {
    const coordinator = await as(COORDINATOR, HOST);
    assert.equal((await coordinator("/members", { method: "POST", body: member(GUEST) })).status, 201);
    const inHost = await (await as(GUEST, HOST))("/me");
    assert.deepEqual(inHost.body.memberships.map((m: { network: { id: string } }) => m.network.id), [NETWORK]);
    const fromElsewhere = await as(GUEST, MUNICIPALITY);
    assert.deepEqual((await fromElsewhere("/me")).body.memberships, []);
    assert.equal((await fromElsewhere("/meetings")).status, 403);
  });

  it("refuses a member from a tenant the network does not allow, and writes nothing", async () => {
    const coordinator = await as(COORDINATOR, HOST);
    const res = await coordinator("/members", { method: "POST", body: member(HOME, MUNICIPALITY) });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, "tenant_not_allowed");
    assert.equal(await server.stores.members.get(NETWORK, HOME), undefined);
    const bad = await coordinator("/members", { method: "POST", body: member(HOME, "lindas-kommun") });
    assert.equal(bad.status, 400);
  });

  it("lets only an installation admin allow another tenant", async () => {
    const notAdmin = await as(GUEST, HOST);
    assert.equal((await notAdmin(`/networks/${NETWORK}/tenants`, { method: "PUT", body: { allowedTenantIds: [MUNICIPALITY] } })).status, 403);
    const admin = await as(COORDINATOR, HOST);
    assert.equal((await admin(`/networks/${NETWORK}/tenants`, { method: "PUT", body: { allowedTenantIds: ["inte-en-tenant"] } })).status, 400);
    assert.equal((await admin("/networks/finns-inte/tenants", { method: "PUT", body: { allowedTenantIds: [MUNICIPALITY] } })).status, 404);
    assert.equal((await server.stores.networks.get("network", NETWORK))!.value.allowedTenantIds, undefined);
    const res = await admin(`/networks/${NETWORK}/tenants`, { method: "PUT", body: { allowedTenantIds: [MUNICIPALITY] } });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.allowedTenantIds, [MUNICIPALITY]);
  });

  it("knows a member who signs in from their home tenant by tenant and object id together", async () => {
    const coordinator = await as(COORDINATOR, HOST);
    assert.equal((await coordinator("/members", { method: "POST", body: member(HOME, MUNICIPALITY) })).status, 201);
    const fromHome = await (await as(HOME, MUNICIPALITY))("/me");
    assert.deepEqual(fromHome.body.memberships.map((m: { network: { id: string } }) => m.network.id), [NETWORK]);
    for (const tid of [HOST, THIRD]) {
      assert.deepEqual((await (await as(HOME, tid))("/me")).body.memberships, [], tid);
    }
    assert.equal((await (await as(HOME, MUNICIPALITY))("/meetings")).status, 200);
  });

  it("lets the bot answer users of an allowed tenant and still refuses a tenant no network allows", async () => {
    const fromMunicipality = personalMessage({ aadObjectId: HOME, name: "Tove Lind" }, "hjälp");
    fromMunicipality.channelData = { tenant: { id: MUNICIPALITY } };
    (fromMunicipality.conversation as Record<string, unknown>).tenantId = MUNICIPALITY;
    const allowed = await sendActivity(server.url, fromMunicipality, { Authorization: `Bearer ${await identity.channelToken(BOT_APP_ID, String(fromMunicipality.serviceUrl))}` });
    assert.match(cardText(cardOf(allowed.replies[0])), /hjälp/);

    const fromThird = personalMessage({ aadObjectId: "3c4d5e6f-0000-4000-8000-0000000000f3", name: "Ola Utsida" }, "hjälp");
    fromThird.channelData = { tenant: { id: THIRD } };
    (fromThird.conversation as Record<string, unknown>).tenantId = THIRD;
    const refused = await sendActivity(server.url, fromThird, { Authorization: `Bearer ${await identity.channelToken(BOT_APP_ID, String(fromThird.serviceUrl))}` });
    assert.match(String(refused.replies[0]?.text), /din organisation är inte med/);
  });
});
