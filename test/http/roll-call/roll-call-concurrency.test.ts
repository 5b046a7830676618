import assert from "node:assert/strict";
import { cardAction, meetingConversation, meetingMessage } from "../../helpers/activities";
import { cardText, sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { cardIn, createFictionalMembers, invokeCardText, withMeetingServer } from "../../helpers/roll-call";

describe("200 simultaneous check-ins (real Azurite)", function () {
  this.timeout(90_000);
  const chatId = "19:meeting_concurrency@thread.v2";
  const teamsMeetingId = "MCconcurrency";
  const meetingId = "rc-concurrency";
  const bed = withMeetingServer(meetingId);

  it("records all 200, loses none, and the card's final state lists all 200", async () => {
    const members = await createFictionalMembers(bed.server.stores, 200);
    await sendActivity(bed.server.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "närvaro", { serviceUrl: bed.connector.url }));
    const chat = meetingConversation(chatId);
    const responses = await Promise.all(members.map((m) =>
      sendActivity(bed.server.url, cardAction({ aadObjectId: m.aadObjectId, name: m.displayName }, chat, "rollcall.checkin", { meetingId }, { serviceUrl: bed.connector.url, teamsMeetingId }))));
    assert.deepEqual([...new Set(responses.map((r) => r.status))], [200]);
    assert.ok(responses.every((r) => /incheckad/.test(invokeCardText(r.body))));

    const rows = (await bed.server.stores.attendance.list(meetingId)).map((r) => r.value);
    assert.equal(rows.length, 200);
    assert.equal(new Set(rows.map((r) => r.personId)).size, 200);
    assert.ok(rows.every((r) => r.status === "present" && r.source === "self"));

    const finalCard = cardText(cardIn(bed.connector.updatesIn(chatId).at(-1)));
    const listed = members.filter((m) => finalCard.includes(`✅ ${m.displayName}`));
    assert.equal(listed.length, 200);
    assert.match(finalCard, /200 närvarande/);
  });
});
