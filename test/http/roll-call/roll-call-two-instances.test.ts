import assert from "node:assert/strict";
import { createTableStores } from "../../../bot/src/storage/table-stores";
import { cardAction, meetingConversation, meetingMessage, type TeamsUser } from "../../helpers/activities";
import { cardText, sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { cardIn, createMeetingNow, invokeCardText } from "../../helpers/roll-call";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("the posted roll-call card with two server instances over one store", () => {
  const chatId = "19:meeting_two_instances@thread.v2";
  const teamsMeetingId = "MCtwoinstances";
  const meetingId = "rc-two-instances";
  let first: TestServer;
  let second: TestServer;
  let connector: FakeConnector;

  before(async () => {
    first = await startTestServer();
    // Its own repositories over the same Azurite: nothing kept in one process is known to the other.
    second = await startTestServer({ storage: first.storage, seed: false, deps: { stores: createTableStores({ kind: "connection-string", connectionString: first.storage.connectionString }) } });
    connector = new FakeConnector();
    await connector.start();
    await createMeetingNow(first.stores, meetingId);
  });
  after(async () => {
    await second.stop();
    await first.stop();
    await connector.stop();
  });

  const checkIn = async (server: TestServer, user: TeamsUser) => {
    const res = await sendActivity(server.url, cardAction(user, meetingConversation(chatId), "rollcall.checkin", { meetingId }, { serviceUrl: connector.url, teamsMeetingId }));
    assert.equal(res.status, 200);
    return invokeCardText(res.body);
  };

  it("sends the card again, before answering, when the other instance recorded a check-in the first did not know of when it drew its update", async () => {
    await sendActivity(first.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "närvaro", { serviceUrl: connector.url }));
    // The first instance reads the meeting's rows and keeps them for a few seconds.
    assert.match(await checkIn(first, users.aleMember()), /Du är incheckad/);
    assert.match(await checkIn(second, users.molndalMember()), /Du är incheckad/);
    const before = connector.updatesIn(chatId).length;
    const answer = await checkIn(first, users.secretary());
    const sent = connector.updatesIn(chatId).slice(before).map((call) => cardText(cardIn(call)));
    assert.ok(sent.length >= 2, `${sent.length} updates`);
    assert.ok(!sent[0]!.includes(`✅ ${users.molndalMember().name}`), "the first update is drawn from the first instance's rows");
    for (const text of [sent.at(-1)!, answer]) {
      for (const user of [users.aleMember(), users.molndalMember(), users.secretary()]) assert.match(text, new RegExp(`✅ ${user.name}`));
      assert.match(text, /3 närvarande/);
    }
  });
});
