import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const ADMIN_ID = "5c0d7e21-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
const OTHER_COORDINATOR_ID = "6d1e8f32-4b5c-4d6e-9f70-8b9c0d1e2f3a";
const OTHER_NETWORK_ID = "natverket-for-aldreomsorg";
const TENANT = "00000000-0000-4000-8000-00000000aaaa";

const newNetwork = {
  name: "Nätverket för äldreomsorg",
  tenantId: TENANT,
  coordinator: { aadObjectId: OTHER_COORDINATOR_ID, displayName: "Rut Sandberg", email: "rut.sandberg@example.org", organisationName: "Kommunförbundet Väst" },
};

describe("several networks in one deployment (explicit networkId, installation admins)", () => {
  let server: TestServer;
  const as = (user: string) => (path: string, options: { method?: string; body?: unknown } = {}) => api(server.url, path, { ...options, user });
  const admin = as(ADMIN_ID);
  const otherCoordinator = as(OTHER_COORDINATOR_ID);
  const elin = as(users.aleMember().aadObjectId);
  const coordinator = as(users.coordinator().aadObjectId);
  const networkCount = async () => (await server.stores.networks.list("network")).length;

  before(async () => {
    server = await startTestServer({ env: { INSTALLATION_ADMIN_IDS: `${ADMIN_ID},11111111-2222-4333-8444-555555555555` } });
  });
  after(() => server.stop());

  it("refuses to create or list networks for anyone who is not an installation admin, and creates nothing", async () => {
    for (const call of [coordinator, elin, as("99999999-0000-4000-8000-000000000999")]) {
      const created = await call("/networks", { method: "POST", body: newNetwork });
      assert.equal(created.status, 403);
      assert.equal(created.body.error.code, "not_installation_admin");
      assert.equal((await call("/networks")).status, 403);
    }
    assert.equal(await networkCount(), 1);
  });

  it("refuses a bad network with a clear message and writes nothing", async () => {
    for (const body of [
      { ...newNetwork, name: "!!!" },
      { ...newNetwork, tenantId: "contoso" },
      { ...newNetwork, coordinator: { ...newNetwork.coordinator, email: "rut" } },
      { ...newNetwork, extra: true },
      { name: "Utan samordnare", tenantId: TENANT },
    ]) {
      const res = await admin("/networks", { method: "POST", body });
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.ok(res.body.error.message.length > 10);
    }
    assert.equal(await networkCount(), 1);
  });

  it("lets an installation admin create a network with its first coordinator, once", async () => {
    const created = await admin("/networks", { method: "POST", body: newNetwork });
    assert.equal(created.status, 201);
    assert.equal(created.body.network.id, OTHER_NETWORK_ID);
    assert.deepEqual(created.body.network.coordinatorIds, [OTHER_COORDINATOR_ID]);
    assert.equal((await admin("/me")).body.installationAdmin, true);
    assert.equal((await coordinator("/me")).body.installationAdmin, false);
    const again = await admin("/networks", { method: "POST", body: { ...newNetwork, name: "Nätverket för Äldreomsorg" } });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, "network_exists");
    const list = await admin("/networks");
    assert.deepEqual(list.body.networks.map((n: { id: string }) => n.id).sort(), [DEMO_NETWORK_ID, OTHER_NETWORK_ID].sort());
  });

  it("lets the new network's coordinator add a person who is already in another network", async () => {
    const organisation = await otherCoordinator("/organisations", { method: "POST", body: { name: "Ale kommun", kind: "kommun", order: 1 } });
    assert.equal(organisation.status, 201);
    assert.equal(organisation.body.networkId, OTHER_NETWORK_ID);
    const member = await otherCoordinator("/members", {
      method: "POST",
      body: { aadObjectId: users.aleMember().aadObjectId, displayName: "Elin Bergqvist", email: "elin.bergqvist@example.org", organisationId: organisation.body.id, role: "coordinator" },
    });
    assert.equal(member.status, 201);
    assert.equal(member.body.networkId, OTHER_NETWORK_ID);
  });

  it("shows a person in two networks both memberships, and asks which network a network-level request means", async () => {
    const me = await elin("/me");
    assert.deepEqual(me.body.memberships.map((m: { network: { id: string } }) => m.network.id).sort(), [DEMO_NETWORK_ID, OTHER_NETWORK_ID].sort());
    const roles = Object.fromEntries(me.body.memberships.map((m: { network: { id: string }; roles: string[] }) => [m.network.id, m.roles]));
    assert.deepEqual(roles[DEMO_NETWORK_ID], ["member"]);
    assert.deepEqual(roles[OTHER_NETWORK_ID], ["coordinator"]);
    for (const path of ["/meetings", "/organisations", "/members", "/search?q=integration"]) {
      const res = await elin(path);
      assert.equal(res.status, 400, path);
      assert.equal(res.body.error.code, "network_required");
      assert.match(res.body.error.message, /flera nätverk/);
    }
  });

  it("scopes every list to the named network, with nothing of one network in the other", async () => {
    const demoMeetings = await elin(`/meetings?networkId=${DEMO_NETWORK_ID}`);
    assert.equal(demoMeetings.status, 200);
    assert.ok(demoMeetings.body.meetings.length > 0);
    const otherMeetings = await elin(`/meetings?networkId=${OTHER_NETWORK_ID}`);
    assert.deepEqual(otherMeetings.body.meetings, []);
    const organisations = await elin(`/organisations?networkId=${OTHER_NETWORK_ID}`);
    assert.deepEqual(organisations.body.organisations.map((o: { name: string }) => o.name), ["Kommunförbundet Väst", "Ale kommun"]);
    const members = await elin(`/members?networkId=${OTHER_NETWORK_ID}`);
    assert.deepEqual(members.body.members.map((m: { displayName: string }) => m.displayName).sort(), ["Elin Bergqvist", "Rut Sandberg"]);
    const search = await elin(`/search?q=integration&networkId=${OTHER_NETWORK_ID}`);
    assert.equal(search.status, 200);
    assert.deepEqual(search.body.results, []);
  });

  it("gives a person their role per network: coordinator in one is nothing special in the other", async () => {
    const inOther = await elin(`/organisations?networkId=${OTHER_NETWORK_ID}`, { method: "POST", body: { name: "Kungälvs kommun", kind: "kommun", order: 2 } });
    assert.equal(inOther.status, 201);
    const inDemo = await elin(`/organisations?networkId=${DEMO_NETWORK_ID}`, { method: "POST", body: { name: "Kungälvs kommun", kind: "kommun", order: 2 } });
    assert.equal(inDemo.status, 403);
    assert.equal((await server.stores.organisations.list(DEMO_NETWORK_ID)).some((o) => o.value.name === "Kungälvs kommun"), false);
  });

  it("never lets one network's coordinator read or change another network", async () => {
    const elinId = users.aleMember().aadObjectId;
    const before = (await server.stores.members.get(DEMO_NETWORK_ID, elinId))!.value;
    const attempts = [
      otherCoordinator(`/members?networkId=${DEMO_NETWORK_ID}`),
      otherCoordinator(`/meetings?networkId=${DEMO_NETWORK_ID}`),
      otherCoordinator(`/organisations?networkId=${DEMO_NETWORK_ID}`, { method: "POST", body: { name: "Kapad kommun", kind: "kommun", order: 1 } }),
      otherCoordinator(`/members/${elinId}?networkId=${DEMO_NETWORK_ID}`, { method: "PUT", body: { displayName: "Kapad", email: "x@example.org", organisationId: "ale", role: "guest" } }),
      coordinator(`/members?networkId=${OTHER_NETWORK_ID}`),
    ];
    for (const res of await Promise.all(attempts)) {
      assert.equal(res.status, 403);
      assert.equal(res.body.error.code, "not_a_member");
    }
    assert.deepEqual((await server.stores.members.get(DEMO_NETWORK_ID, elinId))!.value, before);
  });

  it("keeps a one-network person's requests working without networkId, and refuses a malformed one", async () => {
    assert.equal((await coordinator("/meetings")).status, 200);
    assert.equal((await coordinator(`/meetings?networkId=${DEMO_NETWORK_ID}`)).status, 200);
    const bad = await coordinator("/meetings?networkId=..%2F..%2Fnetworks");
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, "invalid_network_id");
    assert.equal((await api(server.url, "/meetings?networkId=x")).status, 401);
  });
});
