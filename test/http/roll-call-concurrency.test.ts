import assert from "node:assert/strict";
import { cardAction, meetingConversation, meetingMessage } from "../helpers/activities";
import { cardText, sendActivity } from "../helpers/bot-client";
import { users } from "../helpers/demo-users";
import { FakeConnector } from "../helpers/fake-connector";
import { cardIn, createFictionalMembers, createMeetingNow, invokeCardText } from "../helpers/roll-call";
import { startTestServer, type TestServer } from "../helpers/test-server";

describe("200 simultaneous check-ins (real Azurite)", function () {
  this.timeout(90_000);
  let server: TestServer;
  let connector: FakeConnector;
  const chatId = "19:meeting_concurrency@thread.v2";
  const teamsMeetingId = "MCconcurrency";
  const meetingId = "rc-concurrency";

  before(async () => {
    server = await startTestServer();
    connector = new FakeConnector();
    await connector.start();
    await createMeetingNow(server.stores, meetingId);
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("records all 200, loses none, and the card's final state lists all 200", async () => {
    const members = await createFictionalMembers(server.stores, 200);
    await sendActivity(server.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "närvaro", { serviceUrl: connector.url }));
    const chat = meetingConversation(chatId);
    const responses = await Promise.all(members.map((m) =>
      sendActivity(server.url, cardAction({ aadObjectId: m.aadObjectId, name: m.displayName }, chat, "rollcall.checkin", { meetingId }, { serviceUrl: connector.url, teamsMeetingId }))));
    assert.deepEqual([...new Set(responses.map((r) => r.status))], [200]);
    assert.ok(responses.every((r) => /incheckad/.test(invokeCardText(r.body))));

    const rows = (await server.stores.attendance.list(meetingId)).map((r) => r.value);
    assert.equal(rows.length, 200);
    assert.equal(new Set(rows.map((r) => r.personId)).size, 200);
    assert.ok(rows.every((r) => r.status === "present" && r.source === "self"));

    const finalCard = cardText(cardIn(connector.updatesIn(chatId).at(-1)));
    const listed = members.filter((m) => finalCard.includes(`✅ ${m.displayName}`));
    assert.equal(listed.length, 200);
    assert.match(finalCard, /200 närvarande/);
  });
});
