import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { minutesPath as path, PAST, people, putItem } from "../../helpers/minutes-api";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const { secretary, coordinator, member } = people;

describe("minutes API: approvers and follow-ups", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const approvers = (user: string, approverIds: unknown) => api(server.url, `${path}/approvers`, { user, method: "PUT", body: { approverIds } });
  const elin = () => users.aleMember().aadObjectId;
  const ida = () => users.molndalMember().aadObjectId;

  it("lets only the coordinator name approvers, at most two active members", async () => {
    assert.equal((await approvers(secretary(), [elin()])).status, 403);
    assert.equal((await approvers(coordinator(), [elin(), ida(), secretary()])).status, 400);
    assert.equal((await approvers(coordinator(), [elin(), elin()])).body.error.code, "approvers_repeated");
    assert.equal((await approvers(coordinator(), ["no-such-person"])).body.error.code, "unknown_approver");
    assert.equal((await approvers(coordinator(), [users.guest().aadObjectId])).body.error.code, "unknown_approver");
    const res = await approvers(coordinator(), [elin(), ida()]);
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "in-approval");
    assert.deepEqual(res.body.approvers.map((a: { name: string; approved: boolean }) => [a.name, a.approved]), [["Elin Bergqvist", false], ["Ida Holm", false]]);
  });

  it("lets a named approver read the draft; the coordinator cannot publish before both approved", async () => {
    const read = await api(server.url, path, { user: elin() });
    assert.equal(read.status, 200);
    assert.equal(read.body.permissions.approve, true);
    const res = await api(server.url, `${path}/publish`, { user: coordinator(), method: "POST" });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "awaiting_approval");
    assert.match(res.body.error.message, /Elin Bergqvist, Ida Holm/);
  });

  it("refuses approval by someone not named with 403", async () => {
    const res = await api(server.url, `${path}/approve`, { user: secretary(), method: "POST" });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, "not_an_approver");
  });

  it("resets approvals when the secretary edits after an approval, once she confirms it", async () => {
    assert.equal((await api(server.url, `${path}/approve`, { user: elin(), method: "POST" })).status, 200);
    const unconfirmed = await putItem(server, 4, { notes: "Ändrat efter justering." });
    assert.equal(unconfirmed.status, 409);
    assert.match(unconfirmed.body.error.message, /Elin Bergqvist har redan justerat/);
    assert.equal((await api(server.url, path, { user: elin() })).body.approvers[0].approved, true);
    assert.equal((await putItem(server, 4, { notes: "Ändrat efter justering.", resetApprovals: true })).status, 200);
    const read = await api(server.url, path, { user: elin() });
    assert.equal(read.body.approvers[0].approved, false);
  });

  it("stores an approver's comment and refuses an empty one", async () => {
    assert.equal((await api(server.url, `${path}/comments`, { user: ida(), method: "POST", body: { text: "  " } })).status, 400);
    assert.equal((await api(server.url, `${path}/comments`, { user: secretary(), method: "POST", body: { text: "Jag är inte justerare" } })).status, 403);
    const res = await api(server.url, `${path}/comments`, { user: ida(), method: "POST", body: { text: "Punkt 4: stava projektets namn rätt." } });
    assert.equal(res.status, 201);
    const read = await api(server.url, path, { user: secretary() });
    assert.equal(read.body.comments[0].text, "Punkt 4: stava projektets namn rätt.");
    assert.equal(read.body.comments[0].byName, "Ida Holm");
  });

  it("publishes when the last approver approves", async () => {
    assert.equal((await api(server.url, `${path}/approve`, { user: elin(), method: "POST" })).body.status, "in-approval");
    const res = await api(server.url, `${path}/approve`, { user: ida(), method: "POST" });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "published");
    assert.equal(res.body.publishedBy, "Ida Holm");
    assert.equal((await approvers(coordinator(), [elin()])).status, 409);
  });

  it("shows the earlier meeting's open action points as follow-ups of the next meeting until done", async () => {
    const next = await api(server.url, "/meetings/demo-upcoming/minutes", { user: secretary() });
    assert.deepEqual(next.body.followUps.map((f: { meetingId: string; itemNumber: number; what: string; owner: string }) => [f.meetingId, f.itemNumber, f.what, f.owner]), [
      [PAST, 5, "Uppdatera sändlistan för handledarnätverket", "Stenungsund"],
    ]);
    const refused = await api(server.url, `${path}/actions/a1`, { user: member(), method: "PUT", body: { done: true } });
    assert.equal(refused.status, 403);
    assert.equal((await api(server.url, `${path}/actions/nope`, { user: secretary(), method: "PUT", body: { done: true } })).status, 404);
    assert.equal((await api(server.url, `${path}/actions/a1`, { user: secretary(), method: "PUT", body: { done: "ja" } })).status, 400);
    const done = await api(server.url, `${path}/actions/a1`, { user: secretary(), method: "PUT", body: { done: true } });
    assert.equal(done.status, 200);
    assert.equal(done.body.done, true);
    assert.deepEqual((await api(server.url, "/meetings/demo-upcoming/minutes", { user: secretary() })).body.followUps, []);
  });
});

describe("minutes API: simultaneous approvals and publishing", () => {
  let server: TestServer;
  beforeEach(async () => (server = await startTestServer()));
  afterEach(() => server.stop());

  it("publishes exactly once when both approvers approve at the same moment", async () => {
    const approverIds = [users.aleMember().aadObjectId, users.molndalMember().aadObjectId];
    assert.equal((await api(server.url, `${path}/approvers`, { user: coordinator(), method: "PUT", body: { approverIds } })).status, 200);
    const results = await Promise.all(approverIds.map((user) => api(server.url, `${path}/approve`, { user, method: "POST" })));
    assert.deepEqual(results.map((r) => r.status), [200, 200]);
    assert.ok(results.some((r) => r.body.status === "published"));
    assert.equal((await server.stores.minutesVersions.list(PAST)).length, 1);
    const read = await api(server.url, path, { user: member() });
    assert.deepEqual(read.body.approvers.map((a: { approved: boolean }) => a.approved), [true, true]);
  });

  it("lets only one of two simultaneous publishes win", async () => {
    const results = await Promise.all([1, 2].map(() => api(server.url, `${path}/publish`, { user: coordinator(), method: "POST" })));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    assert.equal((await server.stores.minutesVersions.list(PAST)).length, 1);
  });
});
