import assert from "node:assert/strict";
import { demoMembers } from "../../../bot/src/demo/demo-network";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { graphWorld, ORGANIZER } from "../../helpers/graph-world";
import { createMeeting } from "../../helpers/invitations";

const coordinator = users.coordinator();

/** The event body the app posts, as far as these tests read it. */
interface PostedEvent {
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  body: { contentType: string; content: string };
  attendees: { emailAddress: { address: string }; type: string }[];
}

describe("Graph: the invitation creates, changes and cancels the event on the organizer's calendar", function () {
  this.timeout(60_000);
  const world = graphWorld({ people: [coordinator, users.aleMember()] });
  let meetingId: string;

  before(async () => {
    meetingId = await createMeeting(world.server.url, coordinator.aadObjectId, { joinUrl: undefined });
  });

  it("creates an online Teams meeting with the active members as attendees, the agenda in Swedish and Stockholm time", async () => {
    const res = await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(res.status, 200);
    assert.equal(res.body.graph.calendar.status, "created");
    const created = world.stub.requests.find((r) => r.method === "POST" && r.path === `/users/${encodeURIComponent(ORGANIZER)}/events`);
    assert.ok(created, "POST /users/{organizer}/events");
    assert.equal(created.authorization, `Bearer ${world.stub.token}`);
    const body = created.body as PostedEvent;
    assert.equal(body.isOnlineMeeting, true);
    assert.equal(body.onlineMeetingProvider, "teamsForBusiness");
    assert.equal(body.start.timeZone, "W. Europe Standard Time");
    assert.match(body.start.dateTime, /T09:00:00$/);
    assert.match(body.end.dateTime, /T11:30:00$/);
    assert.equal(body.body.contentType, "HTML");
    assert.match(body.body.content, /^<p>Kallelse till Nätverket mottagande och integration: /);
    assert.match(body.body.content, /kl\. 09:00–11:30 \(svensk tid\)/);
    assert.match(body.body.content, /<b>Dagordning<\/b><\/p><ol><li><b>Inledning[^<]*<\/b> \(45 min\)<\/li><li><b>Omvärldsbevakning<\/b> \(Nils Åberg, 20 min\)/);
    const expected = demoMembers.filter((m) => m.active && m.role !== "guest").map((m) => m.email!.toLowerCase()).sort();
    assert.deepEqual(body.attendees.map((a) => a.emailAddress.address), expected);
    assert.ok(body.attendees.every((a) => a.type === "required"));
  });

  it("stores the event id, join URL and meeting chat id, and puts the link and chat on the meeting", async () => {
    const record = (await world.server.stores.calendarEvents.get(meetingId, "state"))!.value;
    const event = world.stub.calendar.events.get(record.eventId)!;
    assert.equal(record.joinUrl, event.onlineMeeting!.joinUrl);
    assert.match(record.chatId!, /^19:meeting_.+@thread\.v2$/);
    const meeting = await api(world.server.url, `/meetings/${meetingId}`, { user: coordinator.aadObjectId });
    assert.equal(meeting.body.meeting?.joinUrl ?? meeting.body.joinUrl, event.onlineMeeting!.joinUrl);
    const [row] = await world.server.stores.meetings.where("meetingId", meetingId);
    assert.equal(row!.value.chatConversationId, record.chatId);
  });

  it("does not write the event twice when the invitation is sent again", async () => {
    const res = await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(res.body.graph.calendar.status, "unchanged");
    assert.equal(world.stub.calendar.events.size, 1);
  });

  it("updates the event when the meeting changes, and adds members who joined the register later", async () => {
    const newcomer = { aadObjectId: "00000000-0000-4000-8000-000000000777", displayName: "Vera Ny", email: "vera.ny@example.org", organisationId: "ale", role: "member" as const, active: true };
    const created = await api(world.server.url, "/members", { user: coordinator.aadObjectId, method: "POST", body: newcomer });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const meeting = await api(world.server.url, `/meetings/${meetingId}`, { user: coordinator.aadObjectId });
    const etag = meeting.body.etag ?? meeting.body.meeting?.etag;
    const res = await api(world.server.url, `/meetings/${meetingId}`, { user: coordinator.aadObjectId, method: "PUT", body: { title: "Nätverksmöte (ny titel)" }, headers: etag ? { "If-Match": etag } : {} });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const record = (await world.server.stores.calendarEvents.get(meetingId, "state"))!.value;
    const event = world.stub.calendar.events.get(record.eventId)!;
    assert.equal(event.subject, "Nätverksmöte (ny titel)");
    assert.ok(event.attendees.some((a) => a.emailAddress.address === "vera.ny@example.org"), "the newcomer is invited");
    const patch = world.stub.requests.filter((r) => r.method === "PATCH" && r.path.includes("/events/"));
    assert.ok(patch.length >= 1);
    assert.equal((patch.at(-1)!.body as Record<string, unknown>).isOnlineMeeting, undefined, "the online meeting is kept as it is");
  });

  it("cancels the event when the meeting is cancelled", async () => {
    const res = await api(world.server.url, `/meetings/${meetingId}/cancel`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const record = (await world.server.stores.calendarEvents.get(meetingId, "state"))!.value;
    assert.equal(record.cancelled, true);
    assert.equal(world.stub.calendar.events.get(record.eventId)!.isCancelled, true);
    assert.ok(world.stub.requests.some((r) => r.method === "POST" && r.path.endsWith(`/events/${encodeURIComponent(record.eventId)}/cancel`)));
  });

  it("keeps a Teams link the coordinator pasted: the event carries it in its body and no new Teams meeting is made", async () => {
    const pasted = await createMeeting(world.server.url, coordinator.aadObjectId);
    const res = await api(world.server.url, `/meetings/${pasted}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(res.body.graph.calendar.status, "created");
    const body = world.stub.requests.filter((r) => r.method === "POST" && r.path.endsWith("/events")).at(-1)!.body as PostedEvent;
    assert.equal(body.isOnlineMeeting, false);
    assert.match(body.body.content, /https:\/\/teams\.microsoft\.com\/l\/meetup-join\/test/);
  });
});
