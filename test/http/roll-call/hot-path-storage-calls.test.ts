import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import assert from "node:assert/strict";
import { StorageCallLog, type StorageCall } from "../../../bot/src/storage/storage-calls";
import { cardAction, meetingConversation, meetingMessage, personalConversation, personalMessage, type TeamsUser } from "../../helpers/activities";
import { sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { createFictionalMembers, createMeetingNow, invokeCardText } from "../../helpers/roll-call";
import { startTestServer, type TestServer } from "../../helpers/test-server";

// The budget for a press on the roll-call or invitation card, counted at the storage layer.
const MAX_CALLS = 4;

describe("storage calls of a check-in and an answer (counted at the storage layer)", () => {
  const calls = new StorageCallLog();
  const chatId = "19:meeting_hotpath@thread.v2";
  const teamsMeetingId = "MChotpath";
  const meetingId = "hot-path";
  let server: TestServer;
  let connector: FakeConnector;

  before(async () => {
    server = await startTestServer({ observeStorage: calls.observe });
    connector = new FakeConnector();
    await connector.start();
    await createMeetingNow(server.stores, meetingId);
    // Answers are taken only once a meeting is sent out; the demo's upcoming meeting starts as a draft.
    const upcoming = (await server.stores.meetings.get(DEMO_NETWORK_ID, "demo-upcoming"))!;
    await server.stores.meetings.replace({ ...upcoming.value, status: "invited" }, upcoming.etag);
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  // Work started by an earlier press (a summary refresh, a card update) must not be counted for the next one.
  const settled = async () => {
    for (let last = -1; last !== calls.count; ) {
      last = calls.count;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  };
  const counted = async (work: () => Promise<unknown>): Promise<StorageCall[]> => {
    await settled();
    const from = calls.count;
    await work();
    return calls.since(from);
  };
  const describeCalls = (list: StorageCall[]) => list.map((c) => `${c.method} ${c.path}`).join("\n");
  const checkIn = async (user: TeamsUser, id?: string) => {
    const res = await sendActivity(server.url, cardAction(user, meetingConversation(chatId), "rollcall.checkin", { meetingId }, { serviceUrl: connector.url, teamsMeetingId, ...(id ? { id } : {}) }));
    assert.equal(res.status, 200);
    return invokeCardText(res.body);
  };
  const answer = async (user: TeamsUser, choice: string) => {
    const data = { meetingId: "demo-upcoming", memberId: user.aadObjectId, answer: choice };
    const res = await sendActivity(server.url, cardAction(user, personalConversation(user), "rsvp.answer", data, { serviceUrl: connector.url }));
    assert.equal(res.status, 200);
    return invokeCardText(res.body);
  };

  describe("the check-in invoke", () => {
    before(async () => {
      await sendActivity(server.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "närvaro", { serviceUrl: connector.url }));
      // The first press of the chat reads the directory; the presses measured below may use that read.
      await checkIn(users.secretary());
    });

    it(`makes at most ${MAX_CALLS} storage calls for a first check-in, the posted card's update included`, async () => {
      const updates = connector.updatesIn(chatId).length;
      let text = "";
      const made = await counted(async () => (text = await checkIn(users.aleMember())));
      assert.match(text, /Du är incheckad/);
      assert.ok(connector.updatesIn(chatId).length > updates, "the posted card was updated before the answer");
      assert.ok(made.length <= MAX_CALLS, `${made.length} calls:\n${describeCalls(made)}`);
    });

    it(`makes at most ${MAX_CALLS} storage calls for a repeated check-in`, async () => {
      let text = "";
      const made = await counted(async () => (text = await checkIn(users.aleMember())));
      assert.match(text, /redan incheckad/);
      assert.ok(made.length <= MAX_CALLS, `${made.length} calls:\n${describeCalls(made)}`);
      // The chat's meeting was read by the presses a moment ago.
      assert.deepEqual(made.filter((c) => c.path.startsWith("meetings(")), [], describeCalls(made));
    });

    it("reads the round-table walk row at most once per update of the chat's card when many check in at once", async () => {
      const members = await createFictionalMembers(server.stores, 20, 900);
      await settled();
      const from = calls.count;
      const updates = connector.updatesIn(chatId).length;
      const answers = await Promise.all(members.map(async (m) => checkIn({ aadObjectId: m.aadObjectId, name: m.displayName })));
      assert.ok(answers.every((text) => /Du är incheckad/.test(text)));
      const walkReads = calls.since(from).filter((c) => c.path.includes("RowKey='roundtablewalk")).length;
      const cardUpdates = connector.updatesIn(chatId).length - updates;
      // Every update run sends the card at least once and redraws the walk card once for all who share the run.
      assert.ok(walkReads <= cardUpdates, `${walkReads} walk-row reads for ${cardUpdates} card updates`);
    });

    it(`makes at most ${MAX_CALLS} storage calls for a repeated delivery of the same check-in, which changes nothing`, async () => {
      const id = "f:hot-path-repeated";
      await checkIn(users.molndalMember(), id);
      const before = (await server.stores.attendance.get(meetingId, users.molndalMember().aadObjectId))!;
      let text = "";
      const made = await counted(async () => (text = await checkIn(users.molndalMember(), id)));
      assert.match(text, /Du är incheckad/);
      assert.equal((await server.stores.attendance.get(meetingId, users.molndalMember().aadObjectId))!.etag, before.etag);
      assert.ok(made.length <= MAX_CALLS, `${made.length} calls:\n${describeCalls(made)}`);
    });
  });

  describe("the RSVP answer invoke", () => {
    before(async () => {
      // A member answers the card in the 1:1 chat the invitation came through: the bot knows that chat.
      await sendActivity(server.url, personalMessage(users.aleMember(), "hjälp", { serviceUrl: connector.url }));
      await answer(users.molndalMember(), "attending");
    });

    it(`makes at most ${MAX_CALLS} storage calls for an answer`, async () => {
      let text = "";
      const made = await counted(async () => (text = await answer(users.aleMember(), "attending")));
      assert.match(text, /Ditt svar: Kommer/);
      assert.ok(made.length <= MAX_CALLS, `${made.length} calls:\n${describeCalls(made)}`);
    });

    it(`makes at most ${MAX_CALLS} storage calls for a changed answer`, async () => {
      let text = "";
      const made = await counted(async () => (text = await answer(users.aleMember(), "declined")));
      assert.match(text, /Ditt svar: Kommer inte/);
      assert.ok(made.length <= MAX_CALLS, `${made.length} calls:\n${describeCalls(made)}`);
      // The meeting was read by the answer a moment ago.
      assert.deepEqual(made.filter((c) => c.path.startsWith("meetings(")), [], describeCalls(made));
    });
  });
});
