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
    // Newer data: a named and an anonymous poll answer, date marks, a focus turn, group notes and material.
    await stores.polls.create({ id: "poll-named", networkId: NETWORK, question: "Vilket tema i vår?", kind: "single", options: [{ id: "a", text: "Skola" }], anonymous: false, audience: "members", status: "open", resultsShared: false, createdBy: coordinator, createdAt: "2026-01-10T09:00:00.000Z", salt: "s", reminderRounds: 0 });
    await stores.pollRows.create({ kind: "answer", pollId: "poll-named", answerId: ida, memberId: ida, organisationId: member.organisationId, choices: ["a"], answeredAt: "2026-01-10T09:00:00.000Z" });
    await stores.pollRows.create({ kind: "answer", pollId: "poll-named", answerId: "anon-1", choices: ["a"] });
    await stores.datePolls.create({ id: "datepoll-1", networkId: NETWORK, title: "Höstens möte", options: [{ id: "o1", kind: "weekday", weekday: 2, partOfDay: "morning" }], form: "digital", place: "", status: "open", createdBy: coordinator, createdAt: "2026-01-10T09:00:00.000Z", reminderRounds: 0 });
    await stores.dateResponses.create({ datePollId: "datepoll-1", memberId: ida, organisationId: member.organisationId, marks: { o1: "yes" }, answeredAt: "2026-01-10T09:00:00.000Z" });
    await stores.focusTurns.create({ networkId: NETWORK, organisationId: member.organisationId, meetingId: UPCOMING_MEETING_ID, date: "2026-02-01", status: "accepted", topic: "Skolskjuts", presenters: ["Miljöstrategen"], askedAt: "2026-01-10T09:00:00.000Z", answeredAt: "2026-01-11T09:00:00.000Z", answeredById: ida, answeredByName: "Ida Holm" });
    await stores.dialogueNotes.create({ meetingId: UPCOMING_MEETING_ID, itemNumber: 2, groupId: "g1", text: "Gruppen talade om skolskjuts", updatedAt: "2026-01-10T09:00:00.000Z", updatedById: ida, updatedByName: "Ida Holm" });
    await stores.materials.create({ meetingId: UPCOMING_MEETING_ID, id: "mat-1", itemNumber: 2, kind: "link", title: "Underlag", url: "https://example.org/underlag", addedBy: ida, addedByName: "Ida Holm", addedAt: "2026-01-10T09:00:00.000Z" });
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
    assert.equal(upcoming.materials[0].title, "Underlag");
    assert.equal(upcoming.dialogueNotes[0].text, "Gruppen talade om skolskjuts");
    assert.deepEqual(body.network.pollAnswers.map((p: { question: string; answer: { choices: string[] } }) => [p.question, p.answer.choices]), [["Vilket tema i vår?", ["a"]]]);
    assert.deepEqual(body.network.dateResponses.map((d: { title: string; response: { marks: unknown } }) => [d.title, d.response.marks]), [["Höstens möte", { o1: "yes" }]]);
    assert.deepEqual(body.network.focusTurns.map((t: { topic: string }) => t.topic), ["Skolskjuts"]);
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
    assert.equal(res.body.removed.pollAnswers, 1);
    assert.equal(res.body.removed.dateResponses, 1);
    assert.deepEqual(res.body.anonymised, { focusTurns: 1, dialogueNotes: 1, materials: 1 });
    const { stores } = server;
    const pollRows = (await stores.pollRows.list("poll-named")).map((r) => r.value);
    assert.deepEqual(pollRows.map((r) => r.kind === "answer" && r.answerId), ["anon-1"], "the anonymous answer stays");
    assert.equal(await stores.dateResponses.get("datepoll-1", ida), undefined);
    const [turn] = (await stores.focusTurns.list(NETWORK)).map((r) => r.value).filter((t) => t.topic === "Skolskjuts");
    assert.equal(turn!.status, "accepted");
    assert.equal(turn!.answeredById, undefined);
    assert.equal(turn!.answeredByName, undefined);
    const notes = (await stores.dialogueNotes.list(UPCOMING_MEETING_ID)).map((r) => r.value);
    assert.deepEqual(notes.map((n) => [n.text, n.updatedById, n.updatedByName]), [["Gruppen talade om skolskjuts", "", "(borttagen person)"]]);
    const material = (await stores.materials.get(UPCOMING_MEETING_ID, "mat-1"))!.value;
    assert.deepEqual([material.url, material.addedBy, material.addedByName], ["https://example.org/underlag", "", "(borttagen person)"]);
    assert.ok(!JSON.stringify([notes, material, turn]).includes("Ida Holm"), "the name is gone from kept rows");
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
