import assert from "node:assert/strict";
import { demoMember } from "../../../bot/src/demo/demo-network";
import { cardAction, meetingConversation, meetingMessage, personalConversation } from "../../helpers/activities";
import { sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { serverWithConnector } from "../../helpers/invitations";
import { PAST } from "../../helpers/minutes-api";
import { invokeCardText, withMeetingServer } from "../../helpers/roll-call";

describe("repeated deliveries of the same activity", () => {
  describe("minutes.comment", () => {
    const env = serverWithConnector([users.secretary(), users.coordinator(), users.molndalMember()]);
    before(async () => {
      const named = await api(env.server.url, `/meetings/${PAST}/minutes/approvers`, { user: users.coordinator().aadObjectId, method: "PUT", body: { approverIds: [users.molndalMember().aadObjectId] } });
      assert.equal(named.status, 200);
    });

    it("makes one comment when Teams delivers the same Action.Execute twice, and answers both with the same card", async () => {
      const ida = users.molndalMember();
      const activity = cardAction(ida, personalConversation(ida), "minutes.comment", { meetingId: PAST, comment: "Dubbel leverans?" }, { serviceUrl: env.connector.url });
      const first = await sendActivity(env.server.url, activity);
      const second = await sendActivity(env.server.url, activity);
      assert.equal(first.status, 200);
      assert.equal(second.status, 200);
      assert.match(invokeCardText(first.body), /Din kommentar är skickad/);
      assert.deepEqual(second.body, first.body);
      const told = env.connector.sentTo(`a:personal-${users.secretary().aadObjectId}`).filter((a) => /Dubbel leverans/.test(String(a.text)));
      assert.equal(told.length, 1);
      const stored = (await env.server.stores.minutes.get(PAST, "state"))!.value;
      assert.equal(stored.comments.filter((c) => /Dubbel leverans/.test(c.text)).length, 1);
    });
  });

  describe("roll call", () => {
    const chatId = "19:meeting_dup@thread.v2";
    const teamsMeetingId = "MCdup";
    const meetingId = "rc-dup";
    const bed = withMeetingServer(meetingId);
    const say = (text: string) => meetingMessage(users.chair(), chatId, teamsMeetingId, text, { serviceUrl: bed.connector.url });
    const present = async (name: string) => (await bed.server.stores.attendance.get(meetingId, demoMember(name).aadObjectId))?.value.status;

    it("undoes one change when the same rollcall.undo arrives twice, and one when the same 'ångra' message does", async () => {
      for (const text of ["närvaro", "närvarande Maja Ekström", "närvarande Yusuf Karimi", "närvarande Elin Bergqvist"]) {
        assert.equal((await sendActivity(bed.server.url, say(text))).status, 200);
      }
      const undo = cardAction(users.chair(), meetingConversation(chatId), "rollcall.undo", { meetingId }, { serviceUrl: bed.connector.url, teamsMeetingId });
      const first = await sendActivity(bed.server.url, undo);
      const second = await sendActivity(bed.server.url, undo);
      assert.match(invokeCardText(first.body), /Ångrat: Elin Bergqvist/);
      assert.deepEqual(second.body, first.body);
      assert.equal(await present("Elin Bergqvist"), undefined);
      assert.equal(await present("Yusuf Karimi"), "present");

      const typed = say("ångra");
      await sendActivity(bed.server.url, typed);
      await sendActivity(bed.server.url, typed);
      assert.equal(await present("Yusuf Karimi"), undefined);
      assert.equal(await present("Maja Ekström"), "present");
    });
  });
});
