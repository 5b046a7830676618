import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { PAST_MEETING_ID } from "../../../bot/src/demo/demo-meetings";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

// The demo's past meeting has draft minutes: item 1 has notes, item 5 a decision and an action point.
const TEAMS_MEETING_ID = "MCMjE5OmRyYWZ0LXByb2plY3Rpb25AdGhyZWFkLnYy";

describe("draft minutes never leak through the meeting routes", () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    const past = (await server.stores.meetings.get(DEMO_NETWORK_ID, PAST_MEETING_ID))!;
    await server.stores.meetings.replace({ ...past.value, teamsMeetingId: TEAMS_MEETING_ID }, past.etag);
  });
  after(() => server.stop());

  type Item = { number: number; title: string; notes?: string; decisions: string[]; actions: unknown[] };
  const minutesParts = (agenda: Item[]) => agenda.flatMap((i) => [i.notes ?? "", ...i.decisions, ...i.actions.map((a) => JSON.stringify(a))]).filter(Boolean);
  const routes = [`/meetings/${PAST_MEETING_ID}`, `/meetings/by-teams-meeting/${TEAMS_MEETING_ID}`];

  for (const path of routes) {
    it(`shows a member and a guest the agenda of ${path.split("/")[2]} without notes, decisions or action points`, async () => {
      for (const user of [users.aleMember(), users.guest()]) {
        const res = await api(server.url, path, { user: user.aadObjectId });
        assert.equal(res.status, 200);
        const agenda = res.body.agenda as Item[];
        assert.equal(agenda.length, 5);
        assert.deepEqual(minutesParts(agenda), [], `${user.name} sees draft minutes`);
        assert.equal(agenda[4]!.title, "Övriga punkter");
      }
    });

    it(`shows the coordinator, the secretary and the chair the draft in ${path.split("/")[2]}`, async () => {
      for (const user of [users.coordinator(), users.secretary(), users.chair()]) {
        const res = await api(server.url, path, { user: user.aadObjectId });
        const parts = minutesParts(res.body.agenda as Item[]);
        assert.ok(parts.some((p) => p.includes("Lilla Edet i fokus")), `${user.name} misses the decision`);
        assert.ok(parts.some((p) => p.includes("Mammor i arbete")), `${user.name} misses the notes`);
      }
    });
  }

  it("shows a named approver the draft too", async () => {
    const approver = users.molndalMember();
    const state = await server.stores.minutes.get(PAST_MEETING_ID, "state");
    const value = { meetingId: PAST_MEETING_ID, approverIds: [approver.aadObjectId], approvals: [], comments: [], cards: [], updatedAt: "2025-03-12T12:00:00.000Z", ...(state?.value ?? {}) };
    value.approverIds = [approver.aadObjectId];
    if (state) await server.stores.minutes.replace(value, state.etag);
    else await server.stores.minutes.create(value);
    const res = await api(server.url, `/meetings/${PAST_MEETING_ID}`, { user: approver.aadObjectId });
    assert.ok(minutesParts(res.body.agenda as Item[]).length > 0);
  });
});
