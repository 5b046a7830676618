import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { testClock } from "../../helpers/test-clock";
import { startTestServer, type TestServer } from "../../helpers/test-server";

type Entry = { action: string; actorId: string; target: string; targetName?: string; at: string; changes: { field: string; before?: string; after?: string }[] };

describe("audit log: the coordinator's register changes (organisations, round-table order, network settings)", () => {
  let server: TestServer;
  const clock = testClock("2026-03-02T09:00:00Z");
  const coordinator = users.coordinator().aadObjectId;
  const call = (path: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => api(server.url, path, { ...options, user: coordinator });
  const added = async (count: number) => ((await call("/audit?from=2000-01-01")).body.entries as Entry[]).slice(count);
  const count = async () => ((await call("/audit?from=2000-01-01")).body.entries as Entry[]).length;

  before(async () => (server = await startTestServer({ clock })));
  after(() => server.stop());

  it("records adding and changing an organisation, with before and after", async () => {
    const start = await count();
    clock.advance(60_000);
    const created = await call("/organisations", { method: "POST", body: { name: "Lerums kommun", kind: "kommun" } });
    assert.equal(created.status, 201);
    clock.advance(60_000);
    const changed = await call(`/organisations/${created.body.id}`, { method: "PUT", body: { name: "Lerum", kind: "kommun" } });
    assert.equal(changed.status, 200);
    const entries = await added(start);
    assert.deepEqual(entries.map((e) => e.action), ["organisation.add", "organisation.update"]);
    assert.equal(entries[0]!.actorId, coordinator);
    assert.equal(entries[1]!.targetName, "Lerum");
    assert.deepEqual(entries[1]!.changes.find((c) => c.field === "name"), { field: "name", before: "Lerums kommun", after: "Lerum" });
  });

  it("records a new round-table order once, and nothing for a refused one", async () => {
    const list = await call("/organisations");
    const ids = (list.body.organisations as { id: string }[]).map((o) => o.id);
    const start = await count();
    assert.equal((await call("/organisations/order", { method: "PUT", body: { organisationIds: ids.slice(1) } })).status, 400);
    assert.equal(await count(), start, "a refused order leaves no entry");
    clock.advance(60_000);
    const res = await call("/organisations/order", { method: "PUT", body: { organisationIds: [...ids].reverse() }, headers: { "If-Match": list.body.version } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const entries = await added(start);
    assert.deepEqual(entries.map((e) => e.action), ["organisation.reorder"]);
    assert.equal(entries[0]!.changes[0]!.field, "order");
  });

  it("records a change of the network's settings, and the refusal of another person changes nothing", async () => {
    const network = await call("/network");
    const start = await count();
    assert.equal((await api(server.url, "/network", { user: users.aleMember().aadObjectId, method: "PUT", body: { name: "Kapat", defaultPlace: "x", language: "sv" } })).status, 403);
    clock.advance(60_000);
    const res = await call("/network", { method: "PUT", body: { name: network.body.network.name, defaultPlace: "Stadshuset, Mölndal", language: "sv", settings: { reminderDaysBefore: 3 } } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const entries = await added(start);
    assert.deepEqual(entries.map((e) => e.action), ["network.update"]);
    assert.deepEqual(entries[0]!.changes.map((c) => c.field).sort(), ["defaultPlace", "reminderDaysBefore"]);
  });
});
