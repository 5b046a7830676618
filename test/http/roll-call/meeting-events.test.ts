import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { linkMeetingToChat } from "../../../bot/src/meeting-link/meeting-chat-link";
import { meetingEvent, meetingMessage, participantsValue } from "../../helpers/activities";
import { cardText, sendActivity } from "../../helpers/bot-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { cardIn, withMeetingServer } from "../../helpers/roll-call";

describe("meeting events (real Teams event shapes)", () => {
  const chatId = "19:meeting_events@thread.v2";
  const teamsMeetingId = "MCevents";
  const meetingId = "rc-events";
  const bed = withMeetingServer(meetingId);
  const organizer = users.chair();

  before(async () => {
    await linkMeetingToChat(bed.server.stores, meetingId, { conversationId: chatId, teamsMeetingId });
  });

  const send = (name: string, value: Record<string, unknown>, chat = chatId, meetingTeamsId = teamsMeetingId) =>
    sendActivity(bed.server.url, meetingEvent(organizer, chat, meetingTeamsId, name, value, { serviceUrl: bed.connector.url }));
  const record = async (personId: string) => (await bed.server.stores.attendance.get(meetingId, personId))?.value;
  const meeting = async () => (await bed.server.stores.meetings.get(DEMO_NETWORK_ID, meetingId))!.value;
  const startValue = { Id: chatId, JoinUrl: "https://teams.microsoft.com/l/meetup-join/x", Title: "Nätverksmöte", MeetingType: "Scheduled", StartTime: new Date().toISOString() };

  it("pre-fills presence from meetingParticipantJoin (singular, as Teams sends it) for network members only, before the roll call opens", async () => {
    const res = await send("meetingParticipantJoin", participantsValue([users.aleMember(), users.stranger()]));
    assert.equal(res.status, 200);
    const ale = await record(users.aleMember().aadObjectId);
    assert.equal(ale?.status, "present");
    assert.equal(ale?.source, "join-event");
    assert.equal(ale?.organisationName, "Ale");
    assert.equal(await record(users.stranger().aadObjectId), undefined);
  });

  it("accepts the plural event name too", async () => {
    await send("meetingParticipantsJoin", participantsValue([users.molndalMember()]));
    assert.equal((await record(users.molndalMember().aadObjectId))?.source, "join-event");
  });

  it("never marks anyone absent on leave", async () => {
    await send("meetingParticipantLeave", participantsValue([users.aleMember()], false));
    assert.equal((await record(users.aleMember().aadObjectId))?.status, "present");
  });

  it("only adds: a join never overrides what the chair recorded", async () => {
    await sendActivity(bed.server.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "närvaro", { serviceUrl: bed.connector.url }));
    await sendActivity(bed.server.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "frånvarande Per Dahlgren", { serviceUrl: bed.connector.url }));
    const perDahlgren = teamsUser("Per Dahlgren");
    await send("meetingParticipantJoin", participantsValue([perDahlgren]));
    const per = await record(perDahlgren.aadObjectId);
    assert.equal(per?.status, "absent");
    assert.equal(per?.source, "chair");
  });

  it("updates the posted roll-call card when a join adds someone", async () => {
    await send("meetingParticipantJoin", participantsValue([users.secretary()]));
    assert.match(cardText(cardIn(bed.connector.updatesIn(chatId).at(-1))), /✅ Emma Strand/);
  });

  it("ignores events from a chat that is not linked to a network meeting", async () => {
    const res = await send("meetingParticipantJoin", participantsValue([users.coordinator()]), "19:meeting_other@thread.v2", "MCother");
    assert.equal(res.status, 200);
    assert.equal(await record(users.coordinator().aadObjectId), undefined);
  });

  it("moves the meeting to in-progress on meetingStart and to minutes-draft on meetingEnd", async () => {
    assert.equal((await meeting()).status, "invited");
    await send("meetingStart", startValue);
    assert.equal((await meeting()).status, "in-progress");
    await send("meetingStart", startValue);
    assert.equal((await meeting()).status, "in-progress");
    await send("meetingEnd", { ...startValue, EndTime: new Date().toISOString() });
    assert.equal((await meeting()).status, "minutes-draft");
  });

  it("leaves the status alone when the domain does not allow the move", async () => {
    await send("meetingStart", startValue);
    assert.equal((await meeting()).status, "minutes-draft");
  });

  it("adds nobody once the roll call is closed", async () => {
    await sendActivity(bed.server.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "avsluta närvaro", { serviceUrl: bed.connector.url }));
    await send("meetingParticipantJoin", participantsValue([users.coordinator()]));
    assert.equal(await record(users.coordinator().aadObjectId), undefined);
  });
});
