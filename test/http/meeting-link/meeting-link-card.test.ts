import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { cardText, sendActivity } from "../../helpers/bot-client";
import { cardAction, meetingConversation } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("choosing the network meeting of a meeting chat (card action)", () => {
  let server: TestServer;
  const chat = meetingConversation("19:meeting_choice@thread.v2");
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const press = (user: ReturnType<typeof users.coordinator>, meetingId: string) =>
    sendActivity(server.url, cardAction(user, chat, "meeting.link", { meetingId }, { teamsMeetingId: "MCchoice" }));

  it("refuses a member who is not the coordinator and links nothing", async () => {
    const res = await press(users.aleMember(), "demo-upcoming");
    assert.equal(res.status, 200);
    assert.match(cardText((res.body as { value: unknown }).value), /Bara samordnaren/);
    assert.equal((await server.stores.meetings.get(DEMO_NETWORK_ID, "demo-upcoming"))!.value.chatConversationId, undefined);
  });

  it("refuses an unknown meeting id", async () => {
    const res = await press(users.coordinator(), "no-such-meeting");
    assert.match(cardText((res.body as { value: unknown }).value), /finns inte/);
  });

  it("links the chat when the coordinator chooses, and says so on the card", async () => {
    const res = await press(users.coordinator(), "demo-upcoming");
    assert.equal(res.status, 200);
    assert.equal((res.body as { type: string }).type, "application/vnd.microsoft.card.adaptive");
    assert.match(cardText((res.body as { value: unknown }).value), /Chatten hör till/);
    const stored = (await server.stores.meetings.get(DEMO_NETWORK_ID, "demo-upcoming"))!.value;
    assert.equal(stored.chatConversationId, "19:meeting_choice@thread.v2");
    assert.equal(stored.teamsMeetingId, "MCchoice");
  });
});
