import assert from "node:assert/strict";
import { demoMember } from "../../../bot/src/demo/demo-network";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { eventually, graphWorld } from "../../helpers/graph-world";
import { createMeeting } from "../../helpers/invitations";

const coordinator = users.coordinator();
const elin = users.aleMember();

describe("Graph: change notifications with the validation handshake, clientState and renewal", function () {
  this.timeout(60_000);
  const world = graphWorld({ people: [coordinator, elin], notifications: true });
  let meetingId: string;
  const answerOf = async (memberId: string) => {
    const res = await api(world.server.url, `/meetings/${meetingId}/responses`, { user: coordinator.aadObjectId });
    return (res.body.responses as { memberId: string; answer: string | null; channel?: string }[]).find((r) => r.memberId === memberId)!;
  };

  before(async () => {
    meetingId = await createMeeting(world.server.url, coordinator.aadObjectId, { joinUrl: undefined });
    await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
  });

  it("answers Graph's validation request with the token as plain text", async () => {
    const token = "Validation: Testing client application reachability for subscription Request-Id: 1";
    const res = await fetch(`${world.server.url}/api/v1/graph/notifications?validationToken=${encodeURIComponent(token)}`, { method: "POST" });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/plain/);
    assert.equal(await res.text(), token);
  });

  it("subscribes to the organizer's events (the stub checks the handshake) instead of polling", async () => {
    const run = await world.server.app.services.graph!.sync.runOnce();
    assert.equal(run.subscription, "created");
    const [subscription] = [...world.stub.subscriptions.values()];
    assert.ok(subscription);
    assert.equal(subscription.resource, "/users/natverksmoten%40example.org/events");
    assert.equal(subscription.changeType, "updated,deleted");
    assert.ok((subscription.clientState ?? "").length >= 32);
    assert.ok(!world.stub.requests.some((r) => r.path.includes("calendarView/delta")), "no polling while subscribed");
  });

  it("applies an answer when Graph notifies a change", async () => {
    const event = world.stub.calendar.respond(demoMember("Elin Bergqvist").email!, "declined", new Date(world.clock.now().getTime() - 60_000).toISOString())!;
    const [status] = await world.stub.notify(event);
    assert.equal(status, 202);
    await eventually(async () => (await answerOf(elin.aadObjectId)).answer === "declined", "the answer from the notification");
    assert.equal((await answerOf(elin.aadObjectId)).channel, "calendar");
  });

  it("refuses a notification with a wrong clientState and changes nothing", async () => {
    const event = world.stub.calendar.respond(demoMember("Elin Bergqvist").email!, "accepted", world.clock.now().toISOString())!;
    const [status] = await world.stub.notify(event, "not-the-secret");
    assert.equal(status, 403);
    const forged = await api(world.server.url, "/graph/notifications", { method: "POST", body: { value: [{ subscriptionId: "x", clientState: "y", changeType: "updated", resourceData: { id: event.id } }] }, headers: { "Accept-Language": "en" } });
    assert.equal(forged.status, 403);
    assert.equal(forged.body.error.code, "invalid_client_state");
    assert.equal((await answerOf(elin.aadObjectId)).answer, "declined");
  });

  it("refuses a body that is not a list of notifications", async () => {
    const res = await api(world.server.url, "/graph/notifications", { method: "POST", body: { value: "nope" } });
    assert.equal(res.status, 400);
  });

  it("keeps the subscription while it has time left, and renews it a day before it expires", async () => {
    assert.equal((await world.server.app.services.graph!.sync.runOnce()).subscription, "kept");
    const before = [...world.stub.subscriptions.values()][0]!.expirationDateTime;
    world.clock.advance(2.5 * 24 * 3600_000);
    assert.equal((await world.server.app.services.graph!.sync.runOnce()).subscription, "renewed");
    const after = [...world.stub.subscriptions.values()][0]!;
    assert.ok(Date.parse(after.expirationDateTime) > Date.parse(before));
    assert.equal(world.stub.subscriptions.size, 1);
    assert.ok(world.stub.requests.some((r) => r.method === "PATCH" && r.path === `/subscriptions/${after.id}`));
  });

  it("makes a new subscription when the old one expired unnoticed", async () => {
    world.clock.advance(5 * 24 * 3600_000);
    assert.equal((await world.server.app.services.graph!.sync.runOnce()).subscription, "created");
  });
});
