import assert from "node:assert/strict";
import { demoMember } from "../../../bot/src/demo/demo-network";
import { GraphError } from "../../../bot/src/graph/graph-errors";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { graphWorld } from "../../helpers/graph-world";
import { createMeeting } from "../../helpers/invitations";
import { startTestServer } from "../../helpers/test-server";

const coordinator = users.coordinator();

describe("Graph: the app reaches everyone (installation), and Graph's faults never stop the cards", function () {
  this.timeout(90_000);
  const world = graphWorld({ people: [coordinator] });
  const unreachable = demoMember("Per Dahlgren");

  it("installs the app for members without it, sends them the card, and reports the one it could not install and why", async () => {
    world.stub.installFails.set(unreachable.aadObjectId, 403);
    const meetingId = await createMeeting(world.server.url, coordinator.aadObjectId, { joinUrl: undefined });
    const res = await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(res.status, 200);
    const installation = res.body.graph.installation as { memberId: string; status: string; reason?: string }[];
    const failed = installation.filter((i) => i.status === "failed");
    assert.deepEqual(failed.map((f) => [f.memberId, f.reason]), [[unreachable.aadObjectId, "forbidden"]]);
    assert.ok(installation.filter((i) => i.status === "installed").length >= 20);
    const bind = world.stub.requests.find((r) => r.method === "POST" && r.path.endsWith("/teamwork/installedApps"))!.body as Record<string, string>;
    assert.equal(bind["teamsApp@odata.bind"], "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/a1b2c3d4-0000-4000-8000-00000000a991");
    const results = res.body.results as { memberId: string; status: string; reason?: string }[];
    assert.equal(results.find((r) => r.memberId === demoMember("Ida Holm").aadObjectId)!.status, "sent");
    assert.deepEqual(results.find((r) => r.memberId === unreachable.aadObjectId), { memberId: unreachable.aadObjectId, displayName: unreachable.displayName, organisationId: unreachable.organisationId, status: "unreachable", reason: "no-conversation-reference" });
    const idaChat = `19:${demoMember("Ida Holm").aadObjectId}_bot@unq.gbl.spaces`;
    assert.ok(world.connector.calls.some((c) => c.conversationId === idaChat && c.method === "POST"), "the card went to the new 1:1 chat");
  });

  it("installs the app in the meeting chat and adds the meeting tab there", async () => {
    const tab = world.stub.chatTabs.at(-1)!;
    assert.match(tab.chatId, /^19:meeting_.+@thread\.v2$/);
    assert.ok(world.stub.chatApps.has(tab.chatId));
    const body = tab.body as { configuration: { contentUrl: string; entityId: string } };
    assert.match(body.configuration.contentUrl, /\/tab\/#\/meeting-context$/);
  });

  it("waits what Retry-After says on 429 and then succeeds", async () => {
    world.waits.length = 0;
    world.stub.throttle = { count: 2, retryAfter: "3" };
    const meetingId = await createMeeting(world.server.url, coordinator.aadObjectId, { joinUrl: undefined });
    const res = await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(res.body.graph.calendar.status, "created");
    assert.deepEqual(world.waits.slice(0, 2), [3000, 3000]);
  });

  it("refused credentials: a clear error in the report and the log, the cards still go out, and nothing is lost", async () => {
    world.token.value = "expired-token";
    const meetingId = await createMeeting(world.server.url, coordinator.aadObjectId, { joinUrl: undefined });
    const res = await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(res.status, 200);
    assert.equal(res.body.graph.calendar.status, "failed");
    assert.equal(res.body.graph.calendar.reason, "credentials");
    assert.match(res.body.graph.calendar.detail, /401 InvalidAuthenticationToken/);
    assert.equal(res.body.totals.sent + res.body.totals["already-sent"] > 0, true, "the cards went out");
    assert.equal(await world.server.stores.calendarEvents.get(meetingId, "state"), undefined);
    const sync = await world.server.app.services.graph!.sync.runOnce();
    assert.equal(sync.applied, 0);
    assert.equal((await world.server.app.services.graph!.sync.state())!.value.lastFailure?.kind, "credentials");

    world.token.fail = GraphError.credentials("AADSTS7000222: The provided client secret keys are expired.");
    const again = await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.match(again.body.graph.calendar.detail, /AADSTS7000222/);

    world.token.fail = undefined;
    world.token.value = world.stub.token;
    const fixed = await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(fixed.body.graph.calendar.status, "created", "sending again once the credentials work creates the event");
    await world.server.app.services.graph!.sync.runOnce();
    assert.equal((await world.server.app.services.graph!.sync.state())!.value.lastFailure, undefined);
  });

  it("works exactly as before without Graph settings: no graph part in the report", async () => {
    const plain = await startTestServer();
    try {
      const meetingId = await createMeeting(plain.url, coordinator.aadObjectId);
      const res = await api(plain.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
      assert.equal(res.status, 200);
      assert.equal(res.body.graph, undefined);
      assert.equal(plain.app.services.graph, undefined);
    } finally {
      await plain.stop();
    }
  });
});
