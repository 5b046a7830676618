import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const joinUrlOf = (chatId: string) => `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0?context=%7b%7d`;
const linked: Meeting = {
  id: "linked", networkId: DEMO_NETWORK_ID, title: "Nätverksmöte", startUtc: "2030-05-06T07:00:00.000Z", endUtc: "2030-05-06T09:00:00.000Z",
  form: "digital", place: "Digitalt via Teams", status: "invited", rollCall: "not-started", sequence: 1,
  chatConversationId: "19:meeting_wrong@thread.v2", teamsMeetingId: "MCMeetingWrong",
};

describe("the coordinator sees and changes which chat a meeting is linked to", () => {
  let server: TestServer;
  const as = (user: string) => (path: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => api(server.url, path, { ...options, user });
  const coordinator = as(users.coordinator().aadObjectId);
  const stored = async () => (await server.stores.meetings.get(DEMO_NETWORK_ID, linked.id))!;

  beforeEach(async () => {
    server = await startTestServer();
    await server.stores.meetings.create(linked);
  });
  afterEach(() => server.stop());

  it("shows the coordinator the link and lets them remove it (eTag-checked)", async () => {
    const read = await coordinator(`/meetings/${linked.id}`);
    assert.equal(read.body.chatConversationId, linked.chatConversationId);
    const etag = (await stored()).etag;
    const res = await coordinator(`/meetings/${linked.id}/chat-link`, { method: "DELETE", headers: { "If-Match": etag } });
    assert.equal(res.status, 200);
    assert.equal(res.body.chatConversationId, undefined);
    const after = (await stored()).value;
    assert.equal(after.chatConversationId, undefined);
    assert.equal(after.teamsMeetingId, undefined);
    assert.equal(after.title, linked.title);
  });

  it("refuses a stale version and changes nothing", async () => {
    const stale = (await stored()).etag;
    await server.stores.meetings.replace({ ...linked, title: "Nytt namn" }, stale);
    const res = await coordinator(`/meetings/${linked.id}/chat-link`, { method: "DELETE", headers: { "If-Match": stale } });
    assert.equal(res.status, 409);
    assert.equal((await stored()).value.chatConversationId, linked.chatConversationId);
  });

  it("refuses everyone but the coordinator, and changes nothing", async () => {
    for (const user of [users.chair(), users.secretary(), users.aleMember(), users.guest(), users.stranger()]) {
      const res = await as(user.aadObjectId)(`/meetings/${linked.id}/chat-link`, { method: "DELETE" });
      assert.equal(res.status, 403, user.name);
    }
    assert.equal((await api(server.url, `/meetings/${linked.id}/chat-link`, { method: "DELETE" })).status, 401);
    assert.equal((await stored()).value.chatConversationId, linked.chatConversationId);
  });

  it("moves the link to the chat of a new Teams link when the coordinator changes it", async () => {
    const read = await coordinator(`/meetings/${linked.id}`);
    const { etag } = await stored();
    const body = {
      title: read.body.title, date: "2030-05-06", startTime: "09:00", endTime: "11:00", form: "digital", place: "Digitalt via Teams",
      joinUrl: joinUrlOf("19:meeting_right@thread.v2"),
    };
    const res = await coordinator(`/meetings/${linked.id}`, { method: "PUT", body, headers: { "If-Match": etag } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const after = (await stored()).value;
    assert.equal(after.chatConversationId, "19:meeting_right@thread.v2");
    assert.equal(after.teamsMeetingId, undefined);
  });
});
