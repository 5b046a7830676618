import assert from "node:assert/strict";
import { GraphStub } from "../../../bot/src/graph/stub/graph-stub";
import { staticTokenSource } from "../../../bot/src/graph/token-source";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { freePort } from "../../helpers/free-port";
import { createMeeting } from "../../helpers/invitations";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const coordinator = users.coordinator();
const elin = users.aleMember();

describe("Graph demo (local mode, GRAPH_DEMO): the whole flow against the built-in stub", function () {
  this.timeout(90_000);
  let stub: GraphStub;
  let server: TestServer;

  before(async () => {
    stub = new GraphStub();
    stub.token = "demo-graph-token";
    const url = await stub.start();
    const port = await freePort();
    server = await startTestServer({ port, env: { GRAPH_DEMO: "true", GRAPH_BASE_URL: url, PUBLIC_URL: `http://localhost:${port}` }, deps: { graphTokens: staticTokenSource(stub.token), graphDemoStub: stub } });
  });
  after(async () => {
    await server?.stop();
    await stub?.stop();
  });

  it("sends the invitation to the calendar, takes an Outlook answer, and proposes attendance from the report", async () => {
    const meetingId = await createMeeting(server.url, coordinator.aadObjectId, { joinUrl: undefined });
    const sent = await api(server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(sent.body.graph.calendar.status, "created");
    const installed = (sent.body.graph.installation as { status: string }[]).filter((i) => i.status === "installed").length;
    assert.ok(installed > 0, "members are reached in the local chat page");

    const answered = await api(server.url, "/dev/graph/answer", { user: elin.aadObjectId, method: "POST", body: { meetingId, response: "accepted" } });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(answered.body.applied, 1);
    const responses = await api(server.url, `/meetings/${meetingId}/responses`, { user: coordinator.aadObjectId });
    assert.equal(responses.body.responses.find((r: { memberId: string }) => r.memberId === elin.aadObjectId).channel, "calendar");

    const report = await api(server.url, "/dev/graph/attendance", { user: coordinator.aadObjectId, method: "POST", body: { meetingId } });
    assert.equal(report.status, 200, JSON.stringify(report.body));
    const proposal = await api(server.url, `/meetings/${meetingId}/attendance/proposal`, { user: coordinator.aadObjectId });
    assert.deepEqual((proposal.body.rows as { name: string }[]).map((r) => r.name).sort(), ["Elin Bergqvist", "Gästföreläsare (demo)"]);
  });

  it("refuses the demo's routes to a member for the attendance report, and bad input", async () => {
    const meetingId = (await server.stores.meetings.list("gr-mottagande-integration"))[0]!.value.id;
    assert.equal((await api(server.url, "/dev/graph/attendance", { user: elin.aadObjectId, method: "POST", body: { meetingId } })).status, 403);
    assert.equal((await api(server.url, "/dev/graph/answer", { user: elin.aadObjectId, method: "POST", body: { meetingId, response: "maybe" } })).status, 400);
  });
});
