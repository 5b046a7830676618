import assert from "node:assert/strict";
import { cardAction, personalConversation } from "../../helpers/activities";
import { sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { answer, createMeetingNow, invokeCardText } from "../../helpers/roll-call";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("the invitation card once the meeting has started", () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await createMeetingNow(server.stores, "started");
    await answer(server.stores, "started", "Elin Bergqvist", { answer: "attending" });
  });
  after(() => server.stop());

  it("refuses Ändra svar and no longer says the answer can be changed", async () => {
    const elin = users.aleMember();
    const res = await sendActivity(server.url, cardAction(elin, personalConversation(elin), "rsvp.change", { meetingId: "started", memberId: elin.aadObjectId }));
    assert.equal(res.status, 200);
    const text = invokeCardText(res.body);
    assert.match(text, /Mötet har redan börjat/);
    assert.match(text, /Ditt svar: Kommer/);
    assert.doesNotMatch(text, /Du kan ändra svaret/);
    assert.doesNotMatch(text, /Ändra svar/);
  });
});
