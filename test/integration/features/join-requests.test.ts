import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { cardAction, personalConversation, personalInstall, personalMessage } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { replyText, startFeatureHarness, type FeatureHarness } from "../../helpers/feature-harness";
import { testClock } from "../../helpers/test-clock";

// The join-request routes of the bot over botbuilder's TestAdapter (no connector: Teams' member info is not
// available, so nobody is matched by e-mail here; test/http/register covers that through the fake connector).
describe("join requests in the bot (TestAdapter)", () => {
  let harness: FeatureHarness;
  const stranger = users.stranger();
  before(async () => (harness = await startFeatureHarness(testClock("2026-11-25T23:30:00Z"))));
  after(() => harness.stop());

  const rows = [
    { name: "a stranger's first message gets the offer card in Swedish", activity: () => personalMessage(stranger, "hjälp"), reply: /Ansök om medlemskap[\s\S]*Mölndal[\s\S]*Skicka ansökan/ },
    { name: "a stranger in English gets it in English", activity: () => personalMessage(stranger, "help", { locale: "en-US" }), reply: /Apply for membership[\s\S]*Send request/ },
    { name: "a stranger who installs the app gets it too", activity: () => personalInstall(stranger), reply: /Ansök om medlemskap/ },
    { name: "a member gets the help card, not the offer", activity: () => personalMessage(users.aleMember(), "hjälp"), reply: /närvaro/, not: /Ansök om medlemskap/ },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const text = (await harness.turn(row.activity())).map(replyText).join("\n");
      assert.match(text, row.reply);
      if (row.not) assert.doesNotMatch(text, row.not);
    });
  }

  it("stores a card's request under the activity's sender, not the card's data", async () => {
    const ale = users.aleMember();
    await harness.turn(cardAction(stranger, personalConversation(stranger), "join.request", { networkId: DEMO_NETWORK_ID, organisationName: "Integrationscentrum Väst", aadObjectId: ale.aadObjectId }));
    const stored = await harness.app.services.joinRequests.mine(stranger.aadObjectId);
    assert.deepEqual(stored.map((r) => [r.aadObjectId, r.displayName, r.organisationName, r.status]), [[stranger.aadObjectId, "Kim Utomstående", "Integrationscentrum Väst", "pending"]]);
    assert.deepEqual(await harness.app.services.joinRequests.mine(ale.aadObjectId), []);
  });

  it("ignores a stranger's approve press and a coordinator's press on a request that does not exist", async () => {
    await harness.turn(cardAction(stranger, personalConversation(stranger), "join.approve", { networkId: DEMO_NETWORK_ID, aadObjectId: stranger.aadObjectId }));
    const coordinator = users.coordinator();
    await harness.turn(cardAction(coordinator, personalConversation(coordinator), "join.approve", { networkId: DEMO_NETWORK_ID, aadObjectId: "nobody" }));
    assert.equal((await harness.app.services.joinRequests.mine(stranger.aadObjectId))[0]?.status, "pending");
    assert.equal(await harness.storage.stores.members.get(DEMO_NETWORK_ID, stranger.aadObjectId), undefined);
  });

  it("tells the applicant while the request waits", async () => {
    const text = (await harness.turn(personalMessage(stranger, "hej"))).map(replyText).join("\n");
    assert.match(text, /väntar på samordnaren/);
  });

  it("after the coordinator's Avslå, tells the applicant the request was not approved and offers no new card", async () => {
    const coordinator = users.coordinator();
    await harness.turn(cardAction(coordinator, personalConversation(coordinator), "join.reject", { networkId: DEMO_NETWORK_ID, aadObjectId: stranger.aadObjectId }));
    assert.equal((await harness.app.services.joinRequests.mine(stranger.aadObjectId))[0]?.status, "rejected");
    const text = (await harness.turn(personalMessage(stranger, "hej"))).map(replyText).join("\n");
    assert.match(text, /inte godkänts/);
    assert.doesNotMatch(text, /Ansök om medlemskap/);
  });
});
