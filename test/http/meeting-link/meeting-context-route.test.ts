import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const meeting = (id: string, extra: Partial<Meeting>): Meeting => ({
  id, networkId: DEMO_NETWORK_ID, title: `Möte ${id}`, startUtc: "2030-05-06T07:00:00.000Z", endUtc: "2030-05-06T09:00:00.000Z",
  form: "digital", place: "Digitalt via Teams", status: "invited", rollCall: "not-started", sequence: 0, ...extra,
});
const teamsIdOf = (chatId: string) => Buffer.from(`0#${chatId}#0`).toString("base64");

describe("GET /api/v1/meetings/by-teams-meeting/{teamsMeetingId}", () => {
  let server: TestServer;
  const member = users.aleMember().aadObjectId;
  const byTeams = (id: string, user = member) => api(server.url, `/meetings/by-teams-meeting/${encodeURIComponent(id)}`, { user });

  before(async () => {
    server = await startTestServer();
    await server.stores.meetings.create(meeting("by-id", { teamsMeetingId: "MCMeetingStored" }));
    await server.stores.meetings.create(meeting("by-chat", { chatConversationId: "19:meeting_chat@thread.v2" }));
    await server.stores.meetings.create(meeting("by-join-url", { joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent("19:meeting_join@thread.v2")}/0?context=%7b%7d` }));
    await server.stores.meetings.create(meeting("elsewhere", { networkId: "another-network", teamsMeetingId: "MCMeetingElsewhere" }));
    await server.stores.agenda.create({ meetingId: "by-join-url", number: 1, title: "Aktuellt läge", presenters: [], decisions: [], actions: [] });
  });
  after(() => server.stop());

  it("finds the meeting by the stored Teams meeting id, with its agenda", async () => {
    const res = await byTeams("MCMeetingStored");
    assert.equal(res.status, 200);
    assert.equal(res.body.id, "by-id");
    assert.deepEqual(res.body.agenda, []);
  });

  it("finds the meeting by the chat id inside the Teams meeting id", async () => {
    assert.equal((await byTeams(teamsIdOf("19:meeting_chat@thread.v2"))).body.id, "by-chat");
  });

  it("finds the meeting by the chat id inside its join URL", async () => {
    const res = await byTeams(teamsIdOf("19:meeting_join@thread.v2"));
    assert.equal(res.status, 200);
    assert.equal(res.body.id, "by-join-url");
    assert.equal(res.body.agenda[0].title, "Aktuellt läge");
    const stored = await server.stores.meetings.get(DEMO_NETWORK_ID, "by-join-url");
    assert.equal(stored?.value.chatConversationId, undefined, "reading links nothing");
  });

  it("answers 404 with a JSON error for a Teams meeting that belongs to no network meeting", async () => {
    const res = await byTeams(teamsIdOf("19:meeting_unknown@thread.v2"));
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, "teams_meeting_not_linked");
    assert.equal((await byTeams("not-base64-at-all!")).status, 404);
  });

  it("never finds a meeting of another network", async () => {
    assert.equal((await byTeams("MCMeetingElsewhere")).status, 404);
  });

  it("refuses a non-member politely and 401s without identity", async () => {
    const res = await byTeams("MCMeetingStored", users.stranger().aadObjectId);
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, "not_a_member");
    assert.equal((await api(server.url, "/meetings/by-teams-meeting/MCMeetingStored")).status, 401);
  });
});
