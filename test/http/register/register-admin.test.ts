import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const OTHER_NETWORK = "annat-natverk";
const OTHER_COORDINATOR = "88888888-0000-4000-8000-000000000888";

describe("register administration API (organisations, members, network)", () => {
  let server: TestServer;
  const coordinator = () => users.coordinator().aadObjectId;
  const as = (user: string, path: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => api(server.url, path, { user, ...options });
  const snapshot = async () => JSON.stringify([
    (await server.stores.organisations.list(DEMO_NETWORK_ID)).map((r) => r.value),
    (await server.stores.members.list(DEMO_NETWORK_ID)).map((r) => r.value),
    (await server.stores.networks.get("network", DEMO_NETWORK_ID))?.value,
  ]);

  before(async () => {
    server = await startTestServer();
    await server.stores.networks.create({ id: OTHER_NETWORK, name: "Annat nätverk", tenantId: "t", coordinatorIds: [OTHER_COORDINATOR], defaultPlace: "Borås", language: "sv" });
    await server.stores.organisations.create({ id: "boras", networkId: OTHER_NETWORK, name: "Borås", kind: "kommun", order: 0 });
    await server.stores.members.create({ aadObjectId: OTHER_COORDINATOR, networkId: OTHER_NETWORK, displayName: "Kim Annan", email: "kim@example.org", organisationId: "boras", role: "coordinator", active: true });
  });
  after(() => server.stop());

  it("lists organisations in round-table order with eTags and a list version (also as ETag)", async () => {
    const res = await fetch(`${server.url}/api/v1/organisations`, { headers: { "X-Dev-User": coordinator() } });
    const body = (await res.json()) as { organisations: { id: string; etag: string }[]; version: string };
    assert.equal(res.status, 200);
    assert.equal(body.organisations[0]!.id, "ale");
    assert.ok(body.organisations.every((o) => o.etag.length > 0));
    assert.equal(res.headers.get("etag"), body.version);
  });

  it("adds an organisation last at the round table, renames it with If-Match, and refuses a stale eTag", async () => {
    const added = await as(coordinator(), "/organisations", { method: "POST", body: { name: "Nya kommunen", kind: "kommun" } });
    assert.equal(added.status, 201);
    assert.equal(added.body.active, true);
    const list = await as(coordinator(), "/organisations");
    const row = list.body.organisations.at(-1);
    assert.equal(row.id, added.body.id);
    const renamed = await as(coordinator(), `/organisations/${row.id}`, { method: "PUT", headers: { "If-Match": row.etag }, body: { name: "Nyby kommun", kind: "kommun" } });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.name, "Nyby kommun");
    assert.equal(renamed.body.order, row.order, "order kept when not given");
    const before = await snapshot();
    const stale = await as(coordinator(), `/organisations/${row.id}`, { method: "PUT", headers: { "If-Match": row.etag }, body: { name: "Gammal", kind: "kommun" } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, "concurrent_update");
    assert.equal(await snapshot(), before);
  });

  it("reorders every organisation in one request and refuses an incomplete order or a stale version", async () => {
    const list = (await as(coordinator(), "/organisations")).body;
    const ids: string[] = list.organisations.map((o: { id: string }) => o.id);
    const wanted = [ids[1]!, ids[0]!, ...ids.slice(2)];
    const before = await snapshot();
    const missing = await as(coordinator(), "/organisations/order", { method: "PUT", headers: { "If-Match": list.version }, body: { organisationIds: wanted.slice(1) } });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error.code, "invalid_order");
    assert.match(missing.body.error.message, /precis en gång/);
    const twice = await as(coordinator(), "/organisations/order", { method: "PUT", body: { organisationIds: [...wanted.slice(0, -1), wanted[0]] } });
    assert.equal(twice.status, 400);
    const stale = await as(coordinator(), "/organisations/order", { method: "PUT", headers: { "If-Match": "\"old\"" }, body: { organisationIds: wanted } });
    assert.equal(stale.status, 409);
    assert.equal(await snapshot(), before, "nothing changed");
    const done = await as(coordinator(), "/organisations/order", { method: "PUT", headers: { "If-Match": list.version }, body: { organisationIds: wanted } });
    assert.equal(done.status, 200);
    assert.deepEqual(done.body.organisations.map((o: { id: string }) => o.id), wanted);
    assert.notEqual(done.body.version, list.version);
  });

  it("deactivates an organisation (kept in the list, left out of new round tables) and refuses new members in it", async () => {
    const res = await as(coordinator(), "/organisations/tjorn", { method: "PUT", body: { name: "Tjörn", kind: "kommun", active: false } });
    assert.equal(res.status, 200);
    assert.equal(res.body.active, false);
    const list = await as(users.aleMember().aadObjectId, "/organisations");
    assert.ok(list.body.organisations.some((o: { id: string; active: boolean }) => o.id === "tjorn" && o.active === false));
    const walk = await as(coordinator(), "/meetings/demo-upcoming/round-table");
    assert.ok(!walk.body.walk.some((s: { organisationId: string }) => s.organisationId === "tjorn"));
    const member = await as(coordinator(), "/members", { method: "POST", body: { aadObjectId: "x-tjorn", displayName: "Ny Person", email: "ny@example.org", organisationId: "tjorn", role: "member" } });
    assert.equal(member.status, 400);
    assert.equal(member.body.error.code, "organisation_inactive");
  });

  it("sets and removes a contact person, who must be an active member of the organisation", async () => {
    const ale = await as(coordinator(), "/organisations/ale", { method: "PUT", body: { name: "Ale", kind: "kommun", contactMemberId: users.aleMember().aadObjectId } });
    assert.equal(ale.status, 200);
    assert.equal(ale.body.contactMemberId, users.aleMember().aadObjectId);
    const wrong = await as(coordinator(), "/organisations/ale", { method: "PUT", headers: { "Accept-Language": "en" }, body: { name: "Ale", kind: "kommun", contactMemberId: users.molndalMember().aadObjectId } });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.error.code, "invalid_contact");
    assert.match(wrong.body.error.message, /contact person must be an active member/);
    const cleared = await as(coordinator(), "/organisations/ale", { method: "PUT", body: { name: "Ale", kind: "kommun", contactMemberId: null } });
    assert.equal(cleared.body.contactMemberId, undefined);
  });

  it("lists members for the coordinator with eTags and reach; others see active members' names only", async () => {
    await server.stores.conversations.upsert({
      scope: "user", key: users.aleMember().aadObjectId, conversationId: "a:1", serviceUrl: "http://x/", reference: {}, updatedAt: new Date(0).toISOString(),
      lastDeliveryFailure: { at: "2026-01-01T08:00:00.000Z" },
    });
    await server.stores.conversations.upsert({ scope: "user", key: users.molndalMember().aadObjectId, conversationId: "a:2", serviceUrl: "http://x/", reference: {}, updatedAt: new Date(0).toISOString() });
    const all = await as(coordinator(), "/members");
    const byId = new Map(all.body.members.map((m: { aadObjectId: string }) => [m.aadObjectId, m]));
    assert.deepEqual((byId.get(users.aleMember().aadObjectId) as { reach: unknown }).reach, { appInstalled: true, lastDeliveryFailedAt: "2026-01-01T08:00:00.000Z" });
    assert.deepEqual((byId.get(users.molndalMember().aadObjectId) as { reach: unknown }).reach, { appInstalled: true });
    assert.deepEqual((byId.get(users.chair().aadObjectId) as { reach: unknown }).reach, { appInstalled: false });
    const member = await as(users.aleMember().aadObjectId, "/members");
    assert.ok(member.body.members.every((m: Record<string, unknown>) => m.reach === undefined && m.email === undefined && m.etag === undefined));
  });

  it("changes a member's organisation and role with If-Match and keeps the network's coordinator list in step", async () => {
    const list = await as(coordinator(), "/members");
    const ida = list.body.members.find((m: { aadObjectId: string }) => m.aadObjectId === users.molndalMember().aadObjectId);
    const res = await as(coordinator(), `/members/${ida.aadObjectId}`, { method: "PUT", headers: { "If-Match": ida.etag }, body: { displayName: ida.displayName, email: ida.email, organisationId: "partille", role: "coordinator", active: true } });
    assert.equal(res.status, 200);
    assert.equal(res.body.organisationId, "partille");
    assert.ok((await server.stores.networks.get("network", DEMO_NETWORK_ID))!.value.coordinatorIds.includes(ida.aadObjectId));
    const back = await as(coordinator(), `/members/${ida.aadObjectId}`, { method: "PUT", headers: { "If-Match": res.body.etag }, body: { displayName: ida.displayName, email: ida.email, organisationId: "molndal", role: "member", active: true } });
    assert.equal(back.status, 200);
    assert.ok(!(await server.stores.networks.get("network", DEMO_NETWORK_ID))!.value.coordinatorIds.includes(ida.aadObjectId));
    const stale = await as(coordinator(), `/members/${ida.aadObjectId}`, { method: "PUT", headers: { "If-Match": ida.etag }, body: { displayName: "X", email: ida.email, organisationId: "molndal", role: "member", active: true } });
    assert.equal(stale.status, 409);
  });

  it("refuses to leave the network without an active coordinator, and changes nothing", async () => {
    const me = (await as(coordinator(), "/members")).body.members.find((m: { aadObjectId: string }) => m.aadObjectId === coordinator());
    const before = await snapshot();
    const res = await as(coordinator(), `/members/${coordinator()}`, { method: "PUT", body: { displayName: me.displayName, email: me.email, organisationId: me.organisationId, role: "member", active: true } });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "last_coordinator");
    assert.match(res.body.error.message, /minst en aktiv samordnare/);
    assert.equal(await snapshot(), before);
  });

  it("reads the network with its settings (defaults from the deployment) and lets the coordinator change them", async () => {
    const read = await as(users.aleMember().aadObjectId, "/network");
    assert.equal(read.status, 200);
    assert.equal(read.body.network.name, "Nätverket mottagande och integration");
    assert.deepEqual(read.body.settings, { reminderDaysBefore: 2, roundTableDaysBefore: 7, roundTableReminderDaysBefore: 2, notifyMembersOnPublish: true });
    const body = { name: "Nätverket för mottagande", defaultPlace: "Göteborg", language: "sv", settings: { roundTableDaysBefore: 10, notifyMembersOnPublish: false } };
    const saved = await as(coordinator(), "/network", { method: "PUT", headers: { "If-Match": read.body.etag }, body });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.network.name, "Nätverket för mottagande");
    assert.deepEqual(saved.body.settings, { reminderDaysBefore: 2, roundTableDaysBefore: 10, roundTableReminderDaysBefore: 2, notifyMembersOnPublish: false });
    const me = await as(coordinator(), "/me");
    assert.equal(me.body.memberships[0].network.name, "Nätverket för mottagande");
    const stale = await as(coordinator(), "/network", { method: "PUT", headers: { "If-Match": read.body.etag }, body });
    assert.equal(stale.status, 409);
  });

  it("refuses bad network settings with a message naming the problem, changing nothing", async () => {
    const before = await snapshot();
    const order = await as(coordinator(), "/network", { method: "PUT", body: { name: "N", defaultPlace: "P", language: "sv", settings: { roundTableDaysBefore: 2, roundTableReminderDaysBefore: 3 } } });
    assert.equal(order.status, 400);
    assert.equal(order.body.error.code, "invalid_settings");
    assert.match(order.body.error.message, /färre dagar före mötet/);
    for (const bad of [{ name: "", defaultPlace: "P", language: "sv" }, { name: "N", defaultPlace: "P", language: "de" }, { name: "N", defaultPlace: "P", language: "sv", settings: { reminderDaysBefore: -1 } }, { name: "N", defaultPlace: "P", language: "sv", extra: 1 }]) {
      const res = await as(coordinator(), "/network", { method: "PUT", body: bad });
      assert.equal(res.status, 400, JSON.stringify(bad));
    }
    assert.equal(await snapshot(), before);
  });

  for (const [who, user] of [["a member", () => users.aleMember().aadObjectId], ["a guest", () => users.guest().aadObjectId]] as const) {
    it(`refuses every register change by ${who}, changing nothing`, async () => {
      const before = await snapshot();
      const list = (await as(coordinator(), "/organisations")).body;
      const attempts = [
        as(user(), "/organisations", { method: "POST", body: { name: "X", kind: "kommun" } }),
        as(user(), "/organisations/ale", { method: "PUT", body: { name: "X", kind: "kommun" } }),
        as(user(), "/organisations/order", { method: "PUT", body: { organisationIds: list.organisations.map((o: { id: string }) => o.id).reverse() } }),
        as(user(), "/members", { method: "POST", body: { aadObjectId: "x9", displayName: "X", email: "x@example.org", organisationId: "ale", role: "member" } }),
        as(user(), `/members/${coordinator()}`, { method: "PUT", body: { displayName: "X", email: "x@example.org", organisationId: "ale", role: "member", active: false } }),
        as(user(), "/network", { method: "PUT", body: { name: "X", defaultPlace: "X", language: "en" } }),
      ];
      for (const res of await Promise.all(attempts)) {
        assert.equal(res.status, 403);
        assert.equal(res.body.error.code, "not_allowed");
      }
      assert.equal(await snapshot(), before);
    });
  }

  it("gives another network's coordinator nothing of this network", async () => {
    const before = await snapshot();
    const org = await as(OTHER_COORDINATOR, "/organisations/ale", { method: "PUT", body: { name: "Kapad", kind: "kommun" } });
    assert.equal(org.status, 404);
    const member = await as(OTHER_COORDINATOR, `/members/${coordinator()}`, { method: "PUT", body: { displayName: "X", email: "x@example.org", organisationId: "boras", role: "member", active: false } });
    assert.equal(member.status, 404);
    const order = await as(OTHER_COORDINATOR, "/organisations/order", { method: "PUT", body: { organisationIds: ["ale"] } });
    assert.equal(order.status, 400);
    const list = await as(OTHER_COORDINATOR, "/organisations");
    assert.deepEqual(list.body.organisations.map((o: { id: string }) => o.id), ["boras"]);
    for (const [method, path, body] of [
      ["GET", "/organisations", undefined], ["GET", "/members", undefined], ["GET", "/network", undefined],
      ["PUT", "/network", { name: "Kapat", defaultPlace: "X", language: "sv" }], ["POST", "/organisations", { name: "Kapad", kind: "kommun" }],
    ] as const) {
      const named = await as(OTHER_COORDINATOR, `${path}?networkId=${DEMO_NETWORK_ID}`, { method, body });
      assert.equal(named.status, 403, `${method} ${path}`);
      assert.equal(named.body.error.code, "not_a_member");
    }
    assert.equal(await snapshot(), before);
  });
});
