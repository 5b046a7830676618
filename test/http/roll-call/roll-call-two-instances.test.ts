import assert from "node:assert/strict";
import { createTableStores } from "../../../bot/src/storage/table-stores";
import { CARD_CHECK_DELAY_MS } from "../../../bot/src/roll-call/roll-call-cards";
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
  const lastCard = () => cardText(cardIn(connector.updatesIn(chatId).at(-1)));

  it("ends with a card that lists a check-in made through the other instance, which the first did not know of when it drew its update", async () => {
    await sendActivity(first.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "närvaro", { serviceUrl: connector.url }));
    // The first instance reads the meeting's rows and keeps them for a few seconds.
    assert.match(await checkIn(first, users.aleMember()), /Du är incheckad/);
    assert.match(await checkIn(second, users.molndalMember()), /Du är incheckad/);
    const answer = await checkIn(first, users.secretary());
    assert.match(answer, /Du är incheckad/);
    assert.ok(!answer.includes(`✅ ${users.molndalMember().name}`), "drawn from the first instance's rows, without the other's check-in");

    // A moment after its update, the first instance reads the roll call again and sends the card again.
    const deadline = Date.now() + 10 * CARD_CHECK_DELAY_MS + 5_000;
    while (!lastCard().includes(`✅ ${users.molndalMember().name}`) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    for (const user of [users.aleMember(), users.molndalMember(), users.secretary()]) assert.match(lastCard(), new RegExp(`✅ ${user.name}`));
    assert.match(lastCard(), /3 närvarande/);
  });
});
