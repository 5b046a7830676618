import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { cardText, sendActivity } from "../../helpers/bot-client";
import { meetingMessage, type TeamsUser } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { cardIn, withMeetingServer } from "../../helpers/roll-call";

// The meeting happens now and has no chat yet: a command in a group chat can only guess it by time.
describe("binding a meeting to a chat by acting in it", () => {
  const meetingId = "bind-chat";
  const bed = withMeetingServer(meetingId);
  const chatOfMeeting = async () => (await bed.server.stores.meetings.get(DEMO_NETWORK_ID, meetingId))!.value.chatConversationId;
  const say = async (user: TeamsUser, chatId: string, text: string) => {
    const res = await sendActivity(bed.server.url, meetingMessage(user, chatId, "", text, { serviceUrl: bed.connector.url }));
    assert.equal(res.status, 200);
    return res.replies.map((r) => String(r.text ?? cardText(cardIn(r)))).join("\n");
  };

  before(async () => {
    const meeting = (await bed.server.stores.meetings.get(DEMO_NETWORK_ID, meetingId))!;
    await bed.server.stores.meetings.replace({ ...meeting.value, chatConversationId: undefined, teamsMeetingId: undefined, joinUrl: undefined }, meeting.etag);
  });

  for (const [who, user] of [["a guest", users.guest()], ["a member", users.aleMember()], ["the secretary", users.secretary()]] as const) {
    it(`does not let ${who} bind the meeting to a random group chat, and says who can`, async () => {
      const reply = await say(user, `19:random-${user.aadObjectId}@thread.v2`, "närvaro");
      assert.match(reply, /samordnaren eller mötets ordförande/);
      assert.equal(await chatOfMeeting(), undefined);
      assert.equal(await say(user, `19:random-${user.aadObjectId}@thread.v2`, "runda").then((r) => /inte kopplad/.test(r)), true);
      assert.equal(await chatOfMeeting(), undefined);
    });
  }

  it("binds the chat when the chair starts the roll call in it", async () => {
    await say(users.chair(), "19:meeting_bind@thread.v2", "närvaro");
    assert.equal(await chatOfMeeting(), "19:meeting_bind@thread.v2");
  });
});
