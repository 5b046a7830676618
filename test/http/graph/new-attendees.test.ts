import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { eventually, graphWorld } from "../../helpers/graph-world";
import { createMeeting } from "../../helpers/invitations";

const coordinator = users.coordinator();

function newcomer(n: number) {
  return { aadObjectId: `00000000-0000-4000-8000-00000000088${n}`, displayName: `Nykomling ${n}`, email: `nykomling.${n}@example.org`, organisationId: "ale", role: "member" as const, active: true };
}

describe("Graph: members who become active are added to the calendar events of upcoming meetings", function () {
  this.timeout(60_000);
  const world = graphWorld({ people: [coordinator] });
  let meetingId: string;
  let cancelledId: string;

  const eventOf = async (id: string) => {
    const record = (await world.server.stores.calendarEvents.get(id, "state"))!.value;
    return { record, event: world.stub.calendar.events.get(record.eventId)! };
  };
  const invited = async (id: string, email: string) => (await eventOf(id)).event.attendees.some((a) => a.emailAddress.address === email);

  before(async () => {
    meetingId = await createMeeting(world.server.url, coordinator.aadObjectId, { joinUrl: undefined });
    cancelledId = await createMeeting(world.server.url, coordinator.aadObjectId, { joinUrl: undefined });
    for (const id of [meetingId, cancelledId]) {
      const res = await api(world.server.url, `/meetings/${id}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
      assert.equal(res.body.graph.calendar.status, "created");
    }
    const cancelled = await api(world.server.url, `/meetings/${cancelledId}/cancel`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
  });

  it("a member the coordinator adds is an attendee at once, with the full list, and a cancelled meeting's event is left alone", async () => {
    const before = (await eventOf(meetingId)).event.attendees.map((a) => a.emailAddress.address);
    const member = newcomer(1);
    const res = await api(world.server.url, "/members", { user: coordinator.aadObjectId, method: "POST", body: member });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    await eventually(() => invited(meetingId, member.email), "the newcomer on the event");
    const { event, record } = await eventOf(meetingId);
    assert.deepEqual(event.attendees.map((a) => a.emailAddress.address).sort(), [...before, member.email].sort(), "everyone before plus the newcomer");
    assert.ok(record.attendees.includes(member.email));
    const patch = world.stub.requests.filter((r) => r.method === "PATCH" && r.path.endsWith(`/events/${encodeURIComponent(record.eventId)}`)).at(-1)!;
    assert.deepEqual(Object.keys(patch.body as object), ["attendees"], "only the attendee list is written, so a meeting change made meanwhile is kept");
    const cancelled = await eventOf(cancelledId);
    assert.equal(cancelled.event.isCancelled, true);
    assert.equal(await invited(cancelledId, member.email), false);
    assert.equal(world.stub.requests.filter((r) => r.method === "PATCH" && r.path.endsWith(`/events/${encodeURIComponent(cancelled.record.eventId)}`)).length, 0);
  });

  it("a member the coordinator reactivates is an attendee again", async () => {
    const member = newcomer(2);
    const added = await api(world.server.url, "/members", { user: coordinator.aadObjectId, method: "POST", body: { ...member, active: false } });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const { aadObjectId, ...rest } = member;
    const res = await api(world.server.url, `/members/${aadObjectId}`, { user: coordinator.aadObjectId, method: "PUT", body: rest });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await eventually(() => invited(meetingId, member.email), "the reactivated member on the event");
  });

  it("an approved join request and an activated e-mail invitation make attendees too", async () => {
    const services = world.server.app.services;
    const applicant = newcomer(4);
    await services.joinRequests.request({ aadObjectId: applicant.aadObjectId, displayName: applicant.displayName, email: applicant.email }, { organisationId: "ale" }, "tab");
    const approved = await api(world.server.url, `/join-requests/${applicant.aadObjectId}/approve`, { user: coordinator.aadObjectId, method: "POST", body: {} });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    await eventually(() => invited(meetingId, applicant.email), "the approved applicant on the event");

    const invitee = newcomer(5);
    const imported = await api(world.server.url, "/pending-members/import", { user: coordinator.aadObjectId, method: "POST", body: { text: `${invitee.displayName};${invitee.email};Ale` } });
    assert.equal(imported.status, 201, JSON.stringify(imported.body));
    assert.equal(await invited(meetingId, invitee.email), false, "an invitation by e-mail is not yet a member");
    await services.pendingMembers.activate({ aadObjectId: invitee.aadObjectId, displayName: invitee.displayName, emails: [invitee.email] });
    await eventually(() => invited(meetingId, invitee.email), "the activated invitee on the event");
  });

  it("Graph failing leaves the member added and nothing else broken; the next send adds them", async () => {
    const member = newcomer(3);
    world.stub.failing = { count: 1, status: 500 };
    const res = await api(world.server.url, "/members", { user: coordinator.aadObjectId, method: "POST", body: member });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    await eventually(async () => Boolean((await eventOf(meetingId)).record.lastFailure), "the failure stored on the event row");
    assert.equal(world.stub.failing.count, 0);
    assert.equal(await invited(meetingId, member.email), false);
    const { record } = await eventOf(meetingId);
    assert.equal(record.lastFailure!.kind, "unavailable");
    const list = await api(world.server.url, "/members", { user: coordinator.aadObjectId });
    assert.equal(list.status, 200);
    assert.ok(JSON.stringify(list.body).includes(member.aadObjectId), "the member is in the register");

    const again = await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(again.status, 200);
    assert.equal(again.body.graph.calendar.status, "updated");
    assert.equal(await invited(meetingId, member.email), true);
    assert.equal((await eventOf(meetingId)).record.lastFailure, undefined);
  });
});
