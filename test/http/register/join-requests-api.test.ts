import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

// Dev mode (no bot id): X-Dev-User names the caller, as an SSO token would; the identity is never read from the body.
describe("join requests in the tab API", () => {
  let server: TestServer;
  const coordinator = users.coordinator().aadObjectId;
  const member = users.aleMember().aadObjectId;
  const applicant = "99999999-0000-4000-8000-000000000997";
  const other = "99999999-0000-4000-8000-000000000996";
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const stored = (id: string) => server.stores.joinRequests.get(DEMO_NETWORK_ID, id);

  it("needs a signed-in caller to list the networks one may apply to, and shows names and ids only", async () => {
    assert.equal((await api(server.url, "/networks/public")).status, 401);
    const res = await api(server.url, "/networks/public", { user: applicant });
    assert.equal(res.status, 200);
    assert.deepEqual(Object.keys(res.body.networks[0]).sort(), ["id", "name", "organisations"]);
    assert.deepEqual(res.body.networks[0].organisations[0], { id: "ale", name: "Ale" });
  });

  it("refuses a body that names who asks, and writes nothing", async () => {
    const res = await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { organisationId: "ale", aadObjectId: other } });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, "invalid_input");
    assert.equal(await stored(applicant), undefined);
    assert.equal(await stored(other), undefined);
  });

  it("refuses a request without an organisation, or with an unknown one, in the caller's language", async () => {
    const none = await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { note: "Hej" } });
    assert.equal(none.status, 400);
    assert.equal(none.body.error.code, "organisation_required");
    assert.match(none.body.error.message, /Välj en organisation/);
    const both = await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { organisationId: "ale", organisationName: "Ny" } });
    assert.equal(both.body.error.code, "organisation_required");
    const unknown = await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { organisationId: "nowhere" }, headers: { "Accept-Language": "en" } });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.message, "The organisation is not in the network.");
    const badNetwork = await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { networkId: "nowhere", organisationId: "ale" } });
    assert.equal(badNetwork.status, 404);
    assert.equal(await stored(applicant), undefined);
  });

  it("refuses a member's own request to a network they are in", async () => {
    const res = await api(server.url, "/join-requests", { user: member, method: "POST", body: { organisationId: "ale" } });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "already_member");
  });

  it("stores a request naming a new organisation, once per person and network", async () => {
    const res = await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { organisationName: "Integrationscentrum Väst", note: "Samordnar SFI." } });
    assert.equal(res.status, 201);
    assert.equal(res.body.networkId, DEMO_NETWORK_ID);
    assert.equal(res.body.status, "pending");
    assert.equal(res.body.channel, "tab");
    const again = await api(server.url, "/join-requests", { user: applicant, method: "POST", body: { organisationId: "ale" } });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, "join_request_exists");
    assert.equal((await stored(applicant))?.value.organisationName, "Integrationscentrum Väst");
    const mine = await api(server.url, "/join-requests/mine", { user: applicant });
    assert.deepEqual(mine.body.requests.map((r: { status: string }) => r.status), ["pending"]);
  });

  it("shows the list only to the coordinator; a member or a stranger cannot approve", async () => {
    assert.equal((await api(server.url, "/join-requests", { user: member })).status, 403);
    assert.equal((await api(server.url, "/join-requests", { user: other })).status, 403);
    for (const user of [member, other, applicant]) {
      const res = await api(server.url, `/join-requests/${applicant}/approve`, { user, method: "POST", body: {} });
      assert.equal(res.status, 403, user);
    }
    assert.equal((await stored(applicant))?.value.status, "pending");
    assert.equal(await server.stores.members.get(DEMO_NETWORK_ID, applicant), undefined);
  });

  it("approves with a new organisation created once, and is idempotent", async () => {
    const res = await api(server.url, `/join-requests/${applicant}/approve`, { user: coordinator, method: "POST", body: {} });
    assert.equal(res.status, 200);
    assert.equal(res.body.changed, true);
    const organisation = (await server.stores.organisations.list(DEMO_NETWORK_ID)).map((r) => r.value).filter((o) => o.name === "Integrationscentrum Väst");
    assert.equal(organisation.length, 1);
    assert.equal(organisation[0]!.kind, "annan");
    const created = await server.stores.members.get(DEMO_NETWORK_ID, applicant);
    assert.equal(created?.value.organisationId, organisation[0]!.id);
    assert.equal(created?.value.active, true);
    const again = await api(server.url, `/join-requests/${applicant}/approve`, { user: coordinator, method: "POST", body: {} });
    assert.equal(again.body.changed, false);
    const me = await api(server.url, "/me", { user: applicant });
    assert.equal(me.body.memberships[0].network.id, DEMO_NETWORK_ID);
  });

  it("rejects another request and leaves the person outside", async () => {
    assert.equal((await api(server.url, "/join-requests", { user: other, method: "POST", body: { organisationId: "molndal" } })).status, 201);
    const unknownOrg = await api(server.url, `/join-requests/${other}/approve`, { user: coordinator, method: "POST", body: { organisationId: "nowhere" } });
    assert.equal(unknownOrg.status, 400);
    assert.equal((await stored(other))?.value.status, "pending");
    const res = await api(server.url, `/join-requests/${other}/reject`, { user: coordinator, method: "POST" });
    assert.equal(res.status, 200);
    assert.equal(res.body.request.status, "rejected");
    assert.equal(await server.stores.members.get(DEMO_NETWORK_ID, other), undefined);
    assert.equal((await api(server.url, "/me", { user: other })).body.memberships.length, 0);
    const missing = await api(server.url, `/join-requests/99999999-0000-4000-8000-000000000000/reject`, { user: coordinator, method: "POST" });
    assert.equal(missing.status, 404);
  });
});
