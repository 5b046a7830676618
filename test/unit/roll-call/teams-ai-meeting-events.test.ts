import assert from "node:assert/strict";
import { Application, TurnState } from "@microsoft/teams-ai";
import { TestAdapter, TurnContext, type Activity } from "botbuilder";

// Why the bot routes participant events itself (bot/src/teams/meeting-events.ts): this pins down what
// teams-ai 1.7.4 does with the event name Teams really sends.
describe("teams-ai meeting participant events", () => {
  const run = async (name: string) => {
    const app = new Application<TurnState>({ removeRecipientMention: false, startTypingTimer: false });
    let fired = false;
    app.meetings.participantsJoin(async () => {
      fired = true;
    });
    const activity = { type: "event", name, channelId: "msteams", conversation: { id: "19:meeting_x@thread.v2" }, from: { id: "29:u" }, recipient: { id: "28:bot" }, value: { members: [] } };
    await app.run(new TurnContext(new TestAdapter(), activity as unknown as Activity));
    return fired;
  };

  it("does not fire app.meetings.participantsJoin for the singular name Teams sends", async () => {
    assert.equal(await run("application/vnd.microsoft.meetingParticipantJoin"), false);
  });

  it("fires it only for the plural name", async () => {
    assert.equal(await run("application/vnd.microsoft.meetingParticipantsJoin"), true);
  });
});
