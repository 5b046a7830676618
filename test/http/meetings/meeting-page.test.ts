import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { PAST_MEETING_ID, UPCOMING_MEETING_ID } from "../../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID, demoMember } from "../../../bot/src/demo/demo-network";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";
import { StorageCallLog } from "../../../bot/src/storage/storage-calls";

describe("GET /api/v1/meetings/{id}/page: the meeting page in one request", () => {
  let server: TestServer;
  const calls = new StorageCallLog();
  before(async () => {
    server = await startTestServer({ observeStorage: calls.observe });
    // The demo's upcoming meeting is a draft, which only the coordinator, chair and secretary see: send it out.
    const upcoming = (await server.stores.meetings.get(DEMO_NETWORK_ID, UPCOMING_MEETING_ID))!;
    await server.stores.meetings.replace({ ...upcoming.value, status: "invited" }, upcoming.etag);
    await server.stores.answers.upsert({ meetingId: UPCOMING_MEETING_ID, memberId: demoMember("Jonas Almgren").aadObjectId, answer: "declined", comment: "Privat kommentar", answeredAt: new Date().toISOString(), channel: "card" });
  });
  after(() => server.stop());

  // A member sees neither others' answer comments nor draft minutes parts; the page shows them no more.
  const people = { coordinator: users.coordinator(), secretary: users.secretary(), member: users.aleMember() };
  for (const [role, person] of Object.entries(people)) {
    it(`gives a ${role} each part exactly as its own route does`, async () => {
      for (const meetingId of [PAST_MEETING_ID, UPCOMING_MEETING_ID]) {
        const user = person.aadObjectId;
        const page = await api(server.url, `/meetings/${meetingId}/page`, { user });
        assert.equal(page.status, 200);
        if (meetingId === UPCOMING_MEETING_ID) assert.equal(JSON.stringify(page.body).includes("Privat kommentar"), role !== "member", "others' answer comments");
        const [meeting, responses, attendance, roundTable] = await Promise.all(["", "/responses", "/attendance", "/round-table"].map((part) => api(server.url, `/meetings/${meetingId}${part}`, { user })));
        assert.deepEqual(page.body, { meeting: meeting!.body, responses: responses!.body, attendance: attendance!.body, roundTable: roundTable!.body }, meetingId);
        const etag = async (path: string) => (await fetch(`${server.url}/api/v1/meetings/${meetingId}${path}`, { headers: { "X-Dev-User": user } })).headers.get("etag");
        assert.equal(await etag("/page"), await etag(""));
      }
    });
  }

  it("reads the meeting's rows with one partition query, and each row the parts share once", async () => {
    for (const user of [users.coordinator().aadObjectId, users.aleMember().aadObjectId]) {
      const from = calls.count;
      assert.equal((await api(server.url, `/meetings/${PAST_MEETING_ID}/page`, { user })).status, 200);
      const sent = calls.since(from).map((c) => c.path);
      assert.equal(sent.filter((p) => p.includes(`PartitionKey eq '${PAST_MEETING_ID}'`) || p.includes(`PartitionKey='${PAST_MEETING_ID}'`)).length, 1, sent.join("\n"));
      assert.equal(new Set(sent).size, sent.length, `a read sent twice:\n${sent.join("\n")}`);
      assert.ok(sent.length <= 8, sent.join("\n"));
    }
  });

  it("answers a member 404 for a draft meeting's page, as for an unknown one, and shows it to the coordinator", async () => {
    const draft = { ...(await server.stores.meetings.get(DEMO_NETWORK_ID, UPCOMING_MEETING_ID))!.value, id: "page-draft", status: "draft" as const };
    await server.stores.meetings.create(draft);
    assert.equal((await api(server.url, "/meetings/page-draft/page", { user: users.aleMember().aadObjectId })).status, 404);
    assert.equal((await api(server.url, "/meetings/page-draft/page", { user: users.coordinator().aadObjectId })).status, 200);
  });

  it("answers 404 for an unknown meeting and refuses someone outside the network, in the caller's language", async () => {
    const missing = await api(server.url, "/meetings/no-such-meeting/page", { user: users.aleMember().aadObjectId, headers: { "Accept-Language": "en" } });
    assert.equal(missing.status, 404);
    assert.match(missing.body.error.message, /[A-Za-z]/);
    const stranger = await api(server.url, `/meetings/${PAST_MEETING_ID}/page`, { user: "00000000-0000-4000-8000-999999999999" });
    assert.ok([401, 403, 404].includes(stranger.status), String(stranger.status));
    assert.ok(stranger.body.error.code);
  });
});
