import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { cardAction, personalConversation, type TeamsUser } from "../../helpers/activities";
import { cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { createMeeting, meetingBody, serverWithConnector } from "../../helpers/invitations";

describe("invitations: bad input gets a clear answer and writes nothing", () => {
  let meetingId = "";
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const molndal = users.molndalMember();
  const stranger = users.stranger();
  const env = serverWithConnector([coordinator, ale, molndal]);
  const press = async (user: TeamsUser, verb: string, data: Record<string, unknown>) => {
    const res = await sendActivity(env.server.url, cardAction(user, personalConversation(user), verb, data, { serviceUrl: env.connector.url }));
    assert.equal(res.status, 200);
    return cardText((res.body as { value: unknown }).value);
  };
  const answers = async () => (await env.server.stores.answers.list(meetingId)).length;
  const meetingCount = async () => (await env.server.stores.meetings.list(DEMO_NETWORK_ID)).length;

  before(async () => {
    meetingId = await createMeeting(env.server.url, coordinator.aadObjectId);
    await api(env.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
  });

  it("refuses an answer from someone who is not a member, politely, and from a guest", async () => {
    assert.match(await press(stranger, "rsvp.answer", { meetingId, memberId: stranger.aadObjectId, answer: "attending" }), /inte registrerad som medlem/);
    const tab = await api(env.server.url, `/meetings/${meetingId}/responses/me`, { user: stranger.aadObjectId, method: "PUT", body: { answer: "attending" } });
    assert.equal(tab.status, 403);
    assert.equal(tab.body.error.code, "not_a_member");
    const guest = await api(env.server.url, `/meetings/${meetingId}/responses/me`, { user: users.guest().aadObjectId, method: "PUT", body: { answer: "attending" } });
    assert.equal(guest.status, 403);
    assert.equal(guest.body.error.code, "not_invited");
    assert.equal(await answers(), 0);
  });

  it("refuses a card action naming an unknown meeting", async () => {
    assert.match(await press(ale, "rsvp.answer", { meetingId: "no-such-meeting", memberId: ale.aadObjectId, answer: "attending" }), /Mötet finns inte/);
    assert.match(await press(ale, "rsvp.answer", { memberId: ale.aadObjectId, answer: "attending" }), /Mötet finns inte/);
  });

  it("refuses a card action naming another member, without showing that member's card", async () => {
    const text = await press(molndal, "rsvp.answer", { meetingId, memberId: ale.aadObjectId, answer: "declined" });
    assert.match(text, /inte ditt/);
    assert.doesNotMatch(text, /Kallelse/);
    assert.equal(await answers(), 0);
  });

  it("refuses a tampered verb", async () => {
    assert.match(await press(ale, "rsvp.delete", { meetingId, memberId: ale.aadObjectId, answer: "attending" }), /Okänd åtgärd/);
    assert.match(await press(ale, "rsvp.answer", { meetingId, memberId: ale.aadObjectId, answer: "maybe" }), /Kommer, Kommer inte eller Skickar ersättare/);
    assert.equal(await answers(), 0);
  });

  it("refuses a substitute without a name, on the card and in the tab", async () => {
    const text = await press(ale, "rsvp.answer", { meetingId, memberId: ale.aadObjectId, answer: "substitute", substituteName: "  " });
    assert.match(text, /Skriv namnet på din ersättare/);
    assert.match(text, /Skickar ersättare/, "the buttons are still there");
    const tab = await api(env.server.url, `/meetings/${meetingId}/responses/me`, { user: ale.aadObjectId, method: "PUT", body: { answer: "substitute" } });
    assert.equal(tab.status, 400);
    assert.equal(tab.body.error.code, "substitute_name_missing");
    assert.equal(await answers(), 0);
  });

  it("refuses an answer after the meeting has started, and the card says so", async () => {
    const [stored] = await env.server.stores.meetings.where("meetingId", meetingId);
    const started = { ...stored!.value, id: "started-meeting", startUtc: new Date(Date.now() - 60_000).toISOString(), status: "invited" as const };
    await env.server.stores.meetings.create(started);
    const text = await press(ale, "rsvp.answer", { meetingId: started.id, memberId: ale.aadObjectId, answer: "attending" });
    assert.match(text, /Mötet har (redan )?börjat/);
    assert.doesNotMatch(text, /Ändra svar/);
    assert.match(await press(ale, "rsvp.change", { meetingId: started.id, memberId: ale.aadObjectId }), /börjat/);
    const tab = await api(env.server.url, `/meetings/${started.id}/responses/me`, { user: ale.aadObjectId, method: "PUT", body: { answer: "attending" } });
    assert.equal(tab.status, 409);
    assert.equal(tab.body.error.code, "meeting_started");
    assert.equal((await env.server.stores.answers.list(started.id)).length, 0);
  });

  it("refuses a meeting that ends before it starts or whose reply-by day is not before it", async () => {
    const before = await meetingCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ startTime: "11:00", endTime: "10:00" }, "end_before_start"],
      [{ replyBy: meetingBody().date }, "reply_by_after_start"],
      [{ replyBy: "2099-01-01" }, "reply_by_after_start"],
      [{ date: "2020-01-01", replyBy: undefined }, "start_in_past"],
      [{ date: "2031-02-30" }, "invalid_time"],
      [{ startTime: "9:00" }, "invalid_input"],
      [{ form: "teleport" }, "invalid_input"],
      [{ title: "   " }, "invalid_input"],
      [{ chairId: stranger.aadObjectId }, "unknown_member"],
      [{ joinUrl: "javascript:alert(1)" }, "invalid_input"],
    ];
    for (const [change, code] of cases) {
      const res = await api(env.server.url, "/meetings", { user: coordinator.aadObjectId, method: "POST", body: meetingBody(change) });
      assert.equal(res.status, 400, JSON.stringify(change));
      assert.equal(res.body.error.code, code, JSON.stringify(change));
      assert.ok(res.body.error.message.length > 10);
    }
    const update = await api(env.server.url, `/meetings/${meetingId}`, { user: coordinator.aadObjectId, method: "PUT", body: { endTime: "08:00" } });
    assert.equal(update.body.error.code, "end_before_start");
    assert.equal(await meetingCount(), before);
    assert.equal((await api(env.server.url, `/meetings/${meetingId}`, { user: ale.aadObjectId })).body.sequence, 0);
  });

  it("refuses an agenda over the storage and card limits", async () => {
    const agendaBefore = await env.server.stores.agenda.list(meetingId);
    const huge = [{ title: "Punkt", description: "å".repeat(40_000) }];
    const tooMany = Array.from({ length: 41 }, (_, i) => ({ title: `Punkt ${i + 1}` }));
    for (const items of [huge, tooMany, [{ title: "" }], [{ title: "x".repeat(201) }]]) {
      const res = await api(env.server.url, `/meetings/${meetingId}/agenda`, { user: coordinator.aadObjectId, method: "PUT", body: { items } });
      assert.equal(res.status, 400);
      assert.equal(res.body.error.code, "invalid_input");
      assert.match(res.body.error.field, /^items/);
    }
    const create = await api(env.server.url, "/meetings", { user: coordinator.aadObjectId, method: "POST", body: meetingBody({ agenda: huge }) });
    assert.equal(create.status, 400);
    assert.equal(create.body.error.field, "agenda.0.description");
    assert.deepEqual((await env.server.stores.agenda.list(meetingId)).map((r) => r.value), agendaBefore.map((r) => r.value));
  });

  it("lets only the coordinator create, change, cancel and send", async () => {
    const member = ale.aadObjectId;
    const calls: [string, string, unknown?][] = [
      ["POST", "/meetings", meetingBody()],
      ["PUT", `/meetings/${meetingId}`, { place: "Hemma" }],
      ["POST", `/meetings/${meetingId}/cancel`],
      ["POST", `/meetings/${meetingId}/invitations`],
    ];
    for (const [method, path, body] of calls) {
      const res = await api(env.server.url, path, { user: member, method, body });
      assert.equal(res.status, 403, `${method} ${path}`);
    }
    assert.equal((await api(env.server.url, `/meetings/${meetingId}`, { user: member })).body.status, "invited");
  });

  it("refuses a calendar link with a wrong key, and a download without identity", async () => {
    const wrong = await fetch(`${env.server.url}/api/v1/meetings/${meetingId}/calendar.ics?invitee=${ale.aadObjectId}&key=guess`);
    assert.equal(wrong.status, 403);
    assert.equal(((await wrong.json()) as { error: { code: string } }).error.code, "invalid_calendar_link");
    assert.equal((await fetch(`${env.server.url}/api/v1/meetings/${meetingId}/calendar.ics`)).status, 401);
    assert.equal((await fetch(`${env.server.url}/api/v1/meetings/${meetingId}/calendar.ics`, { headers: { "X-Dev-User": stranger.aadObjectId } })).status, 403);
  });
});
