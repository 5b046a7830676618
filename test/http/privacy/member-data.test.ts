import assert from "node:assert/strict";
import { UPCOMING_MEETING_ID } from "../../../bot/src/demo/demo-meetings";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { minutesPath, NETWORK, PAST, people } from "../../helpers/minutes-api";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const OTHER_NETWORK = "annat-natverk";
const OTHER_COORDINATOR = "5a0c1e2f-3b4d-4c5e-8f60-718293a4b5c6";

describe("a member's data: export and erasure by the coordinator", () => {
  let server: TestServer;
  const coordinator = people.coordinator();
  const ida = users.molndalMember().aadObjectId;
  const exportOf = (user: string, id = ida) => api(server.url, `/members/${id}/export`, { user });
  const erase = (user: string, id = ida) => api(server.url, `/members/${id}`, { user, method: "DELETE" });
  let publishedMarkdown = "";

  before(async () => {
    server = await startTestServer();
    const { stores } = server;
    // Ida answers (the invitation is out), writes the round table, comments on and approves the minutes (which publishes them).
    const upcoming = (await stores.meetings.get(NETWORK, UPCOMING_MEETING_ID))!;
    await stores.meetings.replace({ ...upcoming.value, status: "invited" }, upcoming.etag);
    const answer = await api(server.url, `/meetings/${UPCOMING_MEETING_ID}/responses/me`, { user: ida, method: "PUT", body: { answer: "declined", comment: "Sjuk den dagen" } });
    assert.equal(answer.status, 200);
    const member = (await stores.members.get(NETWORK, ida))!.value;
    await stores.roundTable.upsert({ meetingId: UPCOMING_MEETING_ID, organisationId: member.organisationId, reporterId: ida, reporterName: member.displayName, text: "Läget i Mölndal", fields: {}, submitted: "before", updatedAt: "2026-01-10T09:00:00.000Z" });
    await stores.conversations.upsert({ scope: "user", key: ida, conversationId: "a:ida-1to1", serviceUrl: "http://127.0.0.1:1/", reference: { user: { id: "29:ida", aadObjectId: ida } }, updatedAt: "2026-01-10T09:00:00.000Z" });
    assert.equal((await api(server.url, `${minutesPath}/approvers`, { user: coordinator, method: "PUT", body: { approverIds: [ida] } })).status, 200);
    assert.equal((await api(server.url, `${minutesPath}/comments`, { user: ida, method: "POST", body: { text: "Punkt 3 saknar beslut" } })).status, 201);
    assert.equal((await api(server.url, `${minutesPath}/approve`, { user: ida, method: "POST" })).status, 200);
    publishedMarkdown = await (await fetch(`${server.url}/api/v1/meetings/${PAST}/minutes.md`, { headers: { "X-Dev-User": coordinator } })).text();
    assert.match(publishedMarkdown, /Ida Holm/);
    // A second network with its own coordinator, to whom Ida is a stranger.
    await stores.networks.create({ ...(await stores.networks.get("network", NETWORK))!.value, id: OTHER_NETWORK, name: "Annat nätverk", coordinatorIds: [OTHER_COORDINATOR] });
    await stores.members.create({ aadObjectId: OTHER_COORDINATOR, networkId: OTHER_NETWORK, displayName: "Tove Sjöberg", email: "tove.sjoberg@example.org", organisationId: "x", role: "coordinator", active: true });
  });
  after(() => server.stop());

  it("exports everything stored about the person in the network, as a JSON download", async () => {
    const res = await fetch(`${server.url}/api/v1/members/${ida}/export`, { headers: { "X-Dev-User": coordinator } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-disposition")!, /attachment; filename="personuppgifter-\d{4}-\d{2}-\d{2}\.json"/);
    const body = await res.json() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(body.membership.displayName, "Ida Holm");
    assert.equal(body.conversationReference.conversationId, "a:ida-1to1");
    const upcoming = body.meetings.find((m: { meetingId: string }) => m.meetingId === UPCOMING_MEETING_ID);
    assert.equal(upcoming.answer.comment, "Sjuk den dagen");
    assert.equal(upcoming.roundTable[0].text, "Läget i Mölndal");
    const past = body.meetings.find((m: { meetingId: string }) => m.meetingId === PAST);
    assert.equal(past.attendance.name, "Ida Holm");
    assert.equal(past.minutesComments[0].text, "Punkt 3 saknar beslut");
    assert.equal(past.minutesApproval.approver, true);
    assert.deepEqual(body.auditEntries.map((e: { action: string }) => e.action), ["minutes.approve", "minutes.publish"]);
    assert.ok(!JSON.stringify(body).includes(users.aleMember().aadObjectId), "nobody else's rows");
  });

  it("audits the export", async () => {
    const entries = (await api(server.url, "/audit?from=2000-01-01", { user: coordinator })).body.entries as { action: string; target: string; actorId: string }[];
    const exports = entries.filter((e) => e.action === "member.export");
    assert.ok(exports.length >= 1);
    assert.ok(exports.every((e) => e.target === ida && e.actorId === coordinator));
  });

  it("refuses non-coordinators, coordinators of other networks and unknown people, changing nothing", async () => {
    const auditBefore = (await api(server.url, "/audit?from=2000-01-01", { user: coordinator })).body.entries.length;
    for (const call of [exportOf, erase]) {
      for (const user of [people.secretary(), users.chair().aadObjectId, ida]) {
        const res = await call(user);
        assert.equal(res.status, 403);
        assert.equal(res.body.error.code, "coordinator_only");
      }
      const foreign = await call(OTHER_COORDINATOR);
      assert.equal(foreign.status, 404);
      assert.equal(foreign.body.error.code, "member_not_found");
      const unknown = await call(coordinator, "00000000-0000-4000-8000-00000000abcd");
      assert.equal(unknown.status, 404);
      assert.match(unknown.body.error.message, /inte medlem/);
      const tooLong = await call(coordinator, "%20%20");
      assert.equal(tooLong.status, 400);
      assert.equal((await call(users.stranger().aadObjectId)).body.error.code, "not_a_member");
    }
    assert.equal((await erase(coordinator, coordinator)).body.error.code, "cannot_erase_self");
    assert.ok(await server.stores.members.get(NETWORK, ida));
    assert.equal((await api(server.url, "/audit?from=2000-01-01", { user: coordinator })).body.entries.length, auditBefore);
  });

  it("erases the register row, conversation reference, answers and comments, and keeps published minutes", async () => {
    const res = await erase(coordinator);
    assert.equal(res.status, 200);
    assert.equal(res.body.removed.membership, 1);
    assert.equal(res.body.removed.answers, 1);
    assert.equal(res.body.removed.minutesComments, 1);
    assert.equal(res.body.removed.conversationReferences, 1);
    assert.ok(res.body.kept.includes("published-minutes"));
    const { stores } = server;
    assert.equal(await stores.members.get(NETWORK, ida), undefined);
    assert.equal(await stores.conversations.get("user", ida), undefined);
    assert.equal(await stores.answers.get(UPCOMING_MEETING_ID, ida), undefined);
    assert.deepEqual((await stores.minutes.get(PAST, "state"))!.value.comments, []);
    const markdown = await (await fetch(`${server.url}/api/v1/meetings/${PAST}/minutes.md`, { headers: { "X-Dev-User": coordinator } })).text();
    assert.equal(markdown, publishedMarkdown);
    const entries = (await api(server.url, "/audit?from=2000-01-01", { user: coordinator })).body.entries as { action: string; target: string; targetName?: string }[];
    const erasure = entries.filter((e) => e.action === "member.erase");
    assert.equal(erasure.length, 1);
    assert.equal(erasure[0]!.target, ida);
    assert.equal(erasure[0]!.targetName, undefined);
    assert.equal((await exportOf(coordinator)).status, 404);
  });
});
