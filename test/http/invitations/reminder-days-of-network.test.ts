import assert from "node:assert/strict";
import { stockholmToUtc } from "../../../bot/src/domain/time";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { chatOf, createMeeting, dayFromNow, serverWithConnector } from "../../helpers/invitations";

describe("invitation reminders on the network's own day", () => {
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const env = serverWithConnector([coordinator, ale]);
  const reminders = () => env.connector.sentTo(chatOf(ale)).filter((a) => /^Påminnelse/.test(String(a.text)));

  it("reminds five days before the reply-by day when the coordinator chose five (the deployment says two)", async () => {
    const meetingId = await createMeeting(env.server.url, coordinator.aadObjectId, { replyBy: dayFromNow(20) });
    await api(env.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    const scheduler = env.server.app.services.invitations.scheduler;
    const fiveDaysBefore = new Date(stockholmToUtc(dayFromNow(15), "09:00"));
    assert.equal((await scheduler.runOnce(fiveDaysBefore)).sent, 0, "the default two days: not yet");
    const network = await api(env.server.url, "/network", { user: coordinator.aadObjectId });
    const { name, defaultPlace, language } = network.body.network;
    const saved = await api(env.server.url, "/network", { user: coordinator.aadObjectId, method: "PUT", body: { name, defaultPlace, language, settings: { reminderDaysBefore: 5 } } });
    assert.equal(saved.status, 200);
    assert.ok((await scheduler.runOnce(fiveDaysBefore)).sent > 0);
    assert.equal(reminders().length, 1);
  });
});
