import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("health check", () => {
  it("says ok while storage answers and 503 with the reason when it does not", async () => {
    const server = await startTestServer({ seed: false });
    try {
      const ok = await fetch(`${server.url}/healthz`);
      assert.equal(ok.status, 200);
      assert.deepEqual(await ok.json(), { status: "ok", storage: "ok" });
      await server.storage.stop();
      const down = await fetch(`${server.url}/healthz`);
      assert.equal(down.status, 503);
      const body = (await down.json()) as { status: string; storage: string };
      assert.equal(body.status, "error");
      assert.ok(body.storage.length > 0);
    } finally {
      await server.app.close();
    }
  });
});

describe("tab API basics (local mode)", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("lists the demo users for the dev-mode picker", async () => {
    const res = await api(server.url, "/dev/users");
    assert.equal(res.status, 200);
    assert.ok(res.body.users.length >= 20);
    assert.ok(res.body.users.some((u: { role: string }) => u.role === "coordinator"));
  });

  it("tells who the caller is with their roles", async () => {
    const res = await api(server.url, "/me", { user: users.coordinator().aadObjectId });
    assert.equal(res.status, 200);
    assert.equal(res.body.memberships[0].network.name, "Nätverket mottagande och integration");
    assert.deepEqual(res.body.memberships[0].roles, ["coordinator"]);
    assert.equal(res.body.devMode, true);
  });

  it("refuses an unknown person politely and gives no data", async () => {
    const res = await api(server.url, "/meetings", { user: users.stranger().aadObjectId });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, "not_a_member");
    assert.match(res.body.error.message, /samordnare/);
    const meeting = await api(server.url, "/meetings/demo-upcoming", { user: users.stranger().aadObjectId });
    assert.equal(meeting.status, 403);
  });

  it("answers 401 without any identity", async () => {
    const res = await api(server.url, "/meetings");
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, "not_signed_in");
  });

  it("answers in English when asked", async () => {
    const res = await api(server.url, "/meetings", { user: users.stranger().aadObjectId, headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    assert.match(res.body.error.message, /not registered/);
  });

  it("lists meetings (drafts only to the coordinator) and reads one with its agenda", async () => {
    const list = await api(server.url, "/meetings", { user: users.aleMember().aadObjectId });
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.meetings.map((m: { id: string }) => m.id), ["demo-2025-03-12"], "the upcoming meeting is a draft: not listed for members");
    assert.equal(list.body.meetings[0].minutesPublished, false);
    const coordinators = await api(server.url, "/meetings", { user: users.coordinator().aadObjectId });
    assert.deepEqual(coordinators.body.meetings.map((m: { id: string; status: string }) => [m.id, m.status]), [["demo-2025-03-12", "minutes-draft"], ["demo-upcoming", "draft"]]);
    const one = await api(server.url, "/meetings/demo-2025-03-12", { user: users.aleMember().aadObjectId });
    assert.equal(one.body.agenda.length, 5);
    assert.equal(one.body.agenda[3].title, "Kommun i fokus: Härryda");
    assert.equal((await api(server.url, "/meetings/nope", { user: users.aleMember().aadObjectId })).status, 404);
  });

  it("lets the coordinator add an organisation and a member, and refuses a member", async () => {
    const coordinator = users.coordinator().aadObjectId;
    const refused = await api(server.url, "/organisations", { user: users.aleMember().aadObjectId, method: "POST", body: { name: "Ny kommun", kind: "kommun", order: 500 } });
    assert.equal(refused.status, 403);
    const bad = await api(server.url, "/organisations", { user: coordinator, method: "POST", body: { name: "", kind: "kommun", order: 1 } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, "name");
    const created = await api(server.url, "/organisations", { user: coordinator, method: "POST", body: { name: "Ny kommun", kind: "kommun", order: 500 } });
    assert.equal(created.status, 201);
    const member = { aadObjectId: "11111111-0000-4000-8000-000000000001", displayName: "Test Testsson", email: "test@example.org", organisationId: created.body.id, role: "member" };
    assert.equal((await api(server.url, "/members", { user: coordinator, method: "POST", body: member })).status, 201);
    assert.equal((await api(server.url, "/members", { user: coordinator, method: "POST", body: member })).status, 409);
    const unknownOrg = await api(server.url, "/members", { user: coordinator, method: "POST", body: { ...member, aadObjectId: "x2", organisationId: "nope" } });
    assert.equal(unknownOrg.status, 404);
    const orgs = await api(server.url, "/organisations", { user: member.aadObjectId });
    assert.equal(orgs.body.organisations.at(-1).name, "Ny kommun");
  });
});

describe("tab API with BOT_ID set", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ env: { BOT_ID: "app", BOT_PASSWORD: "secret" } })));
  after(() => server.stop());

  it("has no dev users route", async () => {
    assert.equal((await api(server.url, "/dev/users")).status, 404);
  });

  it("never accepts X-Dev-User", async () => {
    const res = await api(server.url, "/meetings", { user: users.coordinator().aadObjectId });
    assert.equal(res.status, 401);
  });
});
