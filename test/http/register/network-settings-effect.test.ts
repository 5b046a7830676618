import assert from "node:assert/strict";
import pino from "pino";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { fixedClock } from "../../../bot/src/domain/clock";
import { RoundTableCollector } from "../../../bot/src/round-table/collection-scheduler";
import { RoundTableService } from "../../../bot/src/round-table/round-table-service";
import { botAddedToChat, personalInstall } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { NETWORK, PAST } from "../../helpers/minutes-api";
import { sendActivity } from "../../helpers/bot-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { testMeeting } from "../../helpers/round-table-fixtures";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const DAY = 86_400_000;

describe("the network's own settings and deactivated organisations at work", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const start = Date.parse("2030-09-10T07:00:00Z");
  const elin = teamsUser("Elin Bergqvist");
  const fatima = teamsUser("Fatima Nordin");
  const collector = () => {
    const logger = pino({ level: "silent" });
    return new RoundTableCollector(server.stores, server.app.services.outbox, new RoundTableService(server.stores, server.app.bot.notifier, logger), logger, { daysBefore: 7, reminderDaysBefore: 2 }, fixedClock(new Date(start)));
  };

  before(async () => {
    server = await startTestServer({ env: { ROUND_TABLE_CHECK_MINUTES: "0" } });
    connector = new FakeConnector();
    await connector.start();
    for (const user of [elin, fatima]) await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
    await server.stores.meetings.create(testMeeting("settings-meeting", new Date(start).toISOString()));
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("asks for round-table updates as many days ahead as the network says, and not a deactivated organisation", async () => {
    const early = new Date(start - 9 * DAY);
    assert.equal((await collector().runOnce(early)).asked, 0, "the deployment's default is 7 days");
    const network = (await server.stores.networks.get("network", DEMO_NETWORK_ID))!;
    await server.stores.networks.replace({ ...network.value, settings: { roundTableDaysBefore: 10, roundTableReminderDaysBefore: 1 } }, network.etag);
    const goteborg = (await server.stores.organisations.get(DEMO_NETWORK_ID, "goteborg"))!;
    await server.stores.organisations.replace({ ...goteborg.value, active: false }, goteborg.etag);
    const report = await collector().runOnce(early);
    assert.ok(report.asked > 0);
    assert.equal(connector.sentTo(`a:personal-${elin.aadObjectId}`).length, 1, "Ale is asked");
    assert.equal(connector.sentTo(`a:personal-${fatima.aadObjectId}`).length, 0, "Göteborg is deactivated");
  });

  it("notes a refused 1:1 send on the person's row for the register, and clears it when a send gets through", async () => {
    connector.blocked.add(`a:personal-${elin.aadObjectId}`);
    assert.equal((await server.app.bot.notifier.sendToUser(elin.aadObjectId, { type: "message", text: "Hej" })).status, "unreachable");
    const members = async () => (await fetch(`${server.url}/api/v1/members`, { headers: { "X-Dev-User": teamsUser("Johan Berg").aadObjectId } }).then((r) => r.json())) as { members: { aadObjectId: string; reach: { appInstalled: boolean; lastDeliveryFailedAt?: string } }[] };
    const reach = async () => (await members()).members.find((m) => m.aadObjectId === elin.aadObjectId)!.reach;
    const failed = await reach();
    assert.equal(failed.appInstalled, true);
    assert.ok(failed.lastDeliveryFailedAt, "the failure is shown");
    connector.blocked.delete(`a:personal-${elin.aadObjectId}`);
    assert.equal((await server.app.bot.notifier.sendToUser(elin.aadObjectId, { type: "message", text: "Hej igen" })).status, "sent");
    assert.deepEqual(await reach(), { appInstalled: true });
  });
});

describe("published minutes with the network's setting off (the deployment's default on)", () => {
  it("posts in the meeting chat only", async () => {
    const server = await startTestServer();
    const connector = new FakeConnector();
    await connector.start();
    try {
      const chat = "19:meeting_settings@thread.v2";
      await sendActivity(server.url, personalInstall(users.aleMember(), { serviceUrl: connector.url }));
      await sendActivity(server.url, botAddedToChat(users.coordinator(), chat, "MCsettings", { serviceUrl: connector.url }));
      const stored = (await server.stores.meetings.get(NETWORK, PAST))!;
      await server.stores.meetings.replace({ ...stored.value, chatConversationId: chat, teamsMeetingId: "MCsettings" }, stored.etag);
      const coordinator = users.coordinator().aadObjectId;
      const network = await api(server.url, "/network", { user: coordinator });
      const off = await api(server.url, "/network", { user: coordinator, method: "PUT", body: { ...network.body.network, id: undefined, settings: { notifyMembersOnPublish: false } } });
      assert.equal(off.status, 200, JSON.stringify(off.body));
      assert.equal((await api(server.url, `/meetings/${PAST}/minutes/publish`, { user: coordinator, method: "POST" })).status, 200);
      assert.equal(connector.sentTo(chat).length, 1);
      assert.equal(connector.sentTo(`a:personal-${users.aleMember().aadObjectId}`).length, 0, "no 1:1 announcement");
    } finally {
      await server.stop();
      await connector.stop();
    }
  });
});
