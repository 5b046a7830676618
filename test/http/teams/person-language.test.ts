import assert from "node:assert/strict";
import { cardAction, personalConversation, personalInstall, personalMessage, type TeamsUser } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { PAST } from "../../helpers/minutes-api";
import { startTestServer, type TestServer } from "../../helpers/test-server";

// The rule: a person's last seen Teams locale, else the network's language — also for 1:1 cards sent later.
describe("the language of 1:1 cards sent later follows the person's last seen Teams locale", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const elin = users.aleMember();
  const ida = users.molndalMember();
  const personal = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
  const lastCardTo = (user: TeamsUser) => cardText(cardOf(connector.sentTo(personal(user)).at(-1)));

  before(async () => {
    server = await startTestServer();
    connector = new FakeConnector();
    await connector.start();
    await sendActivity(server.url, personalInstall(elin, { serviceUrl: connector.url, locale: "en-US" }));
    await sendActivity(server.url, personalInstall(ida, { serviceUrl: connector.url, locale: "sv-SE" }));
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("sends the minutes approval card in each approver's own language", async () => {
    const res = await api(server.url, `/meetings/${PAST}/minutes/approvers`, { user: users.coordinator().aadObjectId, method: "PUT", body: { approverIds: [elin.aadObjectId, ida.aadObjectId] } });
    assert.equal(res.status, 200);
    assert.match(lastCardTo(elin), /The minutes are ready for approval/);
    assert.match(lastCardTo(ida), /Anteckningarna är klara för justering/);
  });

  it("switches when only the client's locale changes, and later updates of the card follow", async () => {
    await sendActivity(server.url, personalMessage(elin, "hjälp", { serviceUrl: connector.url, locale: "sv-SE" }));
    const stored = await server.stores.conversations.get("user", elin.aadObjectId);
    assert.equal(stored?.value.reference.locale, "sv-SE");
    // Ida approves on her card: every approver's card is updated in place.
    const res = await sendActivity(server.url, cardAction(ida, personalConversation(ida), "minutes.approve", { meetingId: PAST }, { serviceUrl: connector.url, locale: "sv-SE" }));
    assert.equal(res.status, 200);
    const update = connector.updatesIn(personal(elin)).at(-1);
    assert.match(cardText(cardOf(update!.body)), /Anteckningarna är klara för justering/);
  });

  it("keeps the stored locale when an activity carries none", async () => {
    const activity = personalInstall(elin, { serviceUrl: connector.url });
    delete (activity as { locale?: string }).locale;
    await sendActivity(server.url, activity);
    assert.equal((await server.stores.conversations.get("user", elin.aadObjectId))?.value.reference.locale, "sv-SE");
  });
});
