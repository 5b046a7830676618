import assert from "node:assert/strict";
import { DEMO_NETWORK_ID, DEMO_TENANT_ID } from "../../../bot/src/demo/demo-network";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

// A second network in the same deployment: a request names its network, and only that network's
// coordinators decide it.
describe("join requests with several networks", () => {
  let server: TestServer;
  const other = "natverk-b";
  const coordinatorA = users.coordinator().aadObjectId;
  const coordinatorsB = ["99999999-0000-4000-8000-0000000000b1", "99999999-0000-4000-8000-0000000000b2"];
  const applicant = "99999999-0000-4000-8000-000000000971";
  before(async () => {
    server = await startTestServer();
    await server.stores.networks.create({ id: other, name: "Nätverk B", tenantId: DEMO_TENANT_ID, coordinatorIds: coordinatorsB, defaultPlace: "Digitalt via Teams", language: "sv" });
    await server.stores.organisations.create({ id: "b-org", networkId: other, name: "Kommun B", kind: "kommun", order: 10 });
    for (const [i, id] of coordinatorsB.entries()) {
      await server.stores.members.create({ aadObjectId: id, networkId: other, displayName: `Samordnare B${i + 1}`, email: `b${i + 1}@example.org`, organisationId: "b-org", role: "coordinator", active: true });
    }
  });
  after(() => server.stop());

  it("asks which network when there are several, and lists both to a stranger", async () => {
    const res = await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { organisationId: "b-org" } });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, "network_required");
    const networks = await api(server.url, "/networks/public", { user: applicant });
    assert.deepEqual(networks.body.networks.map((n: { id: string }) => n.id).sort(), [DEMO_NETWORK_ID, other].sort());
    const wrongOrg = await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { networkId: other, organisationId: "ale" } });
    assert.equal(wrongOrg.body.error.code, "organisation_unknown", "another network's organisation is unknown here");
  });

  it("keeps another network's coordinator out of the request", async () => {
    assert.equal((await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { networkId: other, organisationId: "b-org" } })).status, 201);
    const named = await api(server.url, `/join-requests/${applicant}/approve?networkId=${other}`, { user: coordinatorA, method: "POST", body: {} });
    assert.equal(named.status, 403);
    const ownNetwork = await api(server.url, `/join-requests/${applicant}/approve`, { user: coordinatorA, method: "POST", body: {} });
    assert.equal(ownNetwork.status, 404);
    assert.deepEqual((await api(server.url, "/join-requests", { user: coordinatorA })).body.requests, []);
    assert.equal((await server.stores.joinRequests.get(other, applicant))?.value.status, "pending");
  });

  it("makes one decision when two coordinators approve at the same moment", async () => {
    const results = await Promise.all(coordinatorsB.map((user) => api(server.url, `/join-requests/${applicant}/approve`, { user, method: "POST", body: {} })));
    assert.deepEqual(results.map((r) => r.status), [200, 200]);
    assert.deepEqual(results.map((r) => r.body.changed).sort(), [false, true]);
    const member = await server.stores.members.get(other, applicant);
    assert.equal(member?.value.organisationId, "b-org");
    assert.equal(await server.stores.members.get(DEMO_NETWORK_ID, applicant), undefined);
  });
});
