import assert from "node:assert/strict";
import { demoMember } from "../../../bot/src/demo/demo-network";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { graphWorld } from "../../helpers/graph-world";
import { chatOf, createMeeting } from "../../helpers/invitations";
import { cardOf, cardText } from "../../helpers/bot-client";
import { eventually } from "../../helpers/graph-world";

const coordinator = users.coordinator();
const elin = users.aleMember();
const ida = users.molndalMember();

describe("Graph: answers from Outlook count (delta polling), and the latest answer wins", function () {
  this.timeout(60_000);
  const world = graphWorld({ people: [coordinator, elin, ida] });
  let meetingId: string;
  const answerOf = async (memberId: string) => {
    const res = await api(world.server.url, `/meetings/${meetingId}/responses`, { user: coordinator.aadObjectId });
    return (res.body.responses as { memberId: string; answer: string | null; channel?: string; tentative?: boolean }[]).find((r) => r.memberId === memberId)!;
  };
  const minutesAgo = (n: number) => new Date(world.clock.now().getTime() - n * 60_000).toISOString();

  before(async () => {
    meetingId = await createMeeting(world.server.url, coordinator.aadObjectId, { joinUrl: undefined });
    const sent = await api(world.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(sent.body.graph.calendar.status, "created");
  });

  it("reads the calendar with a delta query and turns an Outlook acceptance into the member's answer (channel calendar)", async () => {
    const first = await world.server.app.services.graph!.sync.runOnce();
    assert.equal(first.subscription, "none");
    const deltaCall = world.stub.requests.find((r) => r.path.includes("/calendarView/delta?startDateTime="));
    assert.ok(deltaCall, "the first round names the time window");
    world.stub.calendar.respond(demoMember("Elin Bergqvist").email!, "accepted", minutesAgo(5));
    const run = await world.server.app.services.graph!.sync.runOnce();
    assert.equal(run.applied, 1);
    assert.ok(world.stub.requests.some((r) => r.path.includes("$deltatoken=")), "the next round follows the delta link");
    const row = await answerOf(elin.aadObjectId);
    assert.equal(row.answer, "attending");
    assert.equal(row.channel, "calendar");
  });

  it("shows a tentative acceptance as tentative", async () => {
    world.stub.calendar.respond(demoMember("Ida Holm").email!, "tentativelyAccepted", minutesAgo(4));
    await world.server.app.services.graph!.sync.runOnce();
    const row = await answerOf(ida.aadObjectId);
    assert.equal(row.answer, "attending");
    assert.equal(row.tentative, true);
    const summaryText = () => {
      const last = world.connector.calls.filter((c) => c.conversationId === chatOf(coordinator) && (c.method === "PUT" || c.method === "POST")).map((c) => cardText(cardOf(c.body))).filter((t) => t.includes("Svar på kallelsen")).at(-1);
      return last ?? "";
    };
    await eventually(() => /Ida Holm \([^)]*\): Kommer \(preliminärt\)/.test(summaryText()), "the coordinator's summary card to show the tentative answer");
    assert.match(summaryText(), /varav preliminärt\n1/);
  });

  it("keeps a later card or tab answer over an earlier calendar answer, and both stay in the history", async () => {
    const tab = await api(world.server.url, `/meetings/${meetingId}/responses/me`, { user: elin.aadObjectId, method: "PUT", body: { answer: "declined" } });
    assert.equal(tab.status, 200);
    // Outlook reports the earlier acceptance again (an unrelated change of the event).
    world.stub.calendar.update([...world.stub.calendar.events.keys()][0]!, { subject: "Nätverksmöte" });
    await world.server.app.services.graph!.sync.runOnce();
    const row = await answerOf(elin.aadObjectId);
    assert.equal(row.answer, "declined");
    assert.equal(row.channel, "tab");
    const history = (await world.server.stores.answerHistory.list(meetingId)).map((h) => h.value).filter((h) => h.memberId === elin.aadObjectId);
    assert.deepEqual(history.map((h) => h.channel).sort(), ["calendar"]);
  });

  it("takes a calendar answer given after the tab answer, keeping the tab answer in the history; the summary follows", async () => {
    world.clock.advance(60_000);
    const summaryUpdates = () => world.connector.calls.filter((c) => c.conversationId === chatOf(coordinator) && c.method === "PUT").length;
    const before = summaryUpdates();
    world.stub.calendar.respond(demoMember("Elin Bergqvist").email!, "accepted", world.clock.now().toISOString());
    const run = await world.server.app.services.graph!.sync.runOnce();
    assert.equal(run.applied, 1);
    const row = await answerOf(elin.aadObjectId);
    assert.equal(row.answer, "attending");
    assert.equal(row.channel, "calendar");
    const history = (await world.server.stores.answerHistory.list(meetingId)).map((h) => h.value).filter((h) => h.memberId === elin.aadObjectId);
    assert.deepEqual(history.map((h) => `${h.channel}:${h.answer}`).sort(), ["calendar:attending", "calendar:attending", "tab:declined"]);
    const totals = (await api(world.server.url, `/meetings/${meetingId}/responses`, { user: coordinator.aadObjectId })).body.totals;
    assert.equal(totals.attending, 2);
    await eventually(() => summaryUpdates() > before, "the coordinator's summary card to be updated");
  });

  it("applies the same calendar answer once, however often it is read", async () => {
    world.stub.calendar.update([...world.stub.calendar.events.keys()][0]!, { subject: "Nätverksmöte igen" });
    const run = await world.server.app.services.graph!.sync.runOnce();
    assert.equal(run.applied, 0);
  });

  it("ignores answers of people who are not in the register", async () => {
    const event = [...world.stub.calendar.events.values()][0]!;
    event.attendees.push({ type: "required", emailAddress: { address: "okand@example.org" }, status: { response: "accepted", time: minutesAgo(1) } });
    world.stub.calendar.update(event.id, {});
    assert.equal((await world.server.app.services.graph!.sync.runOnce()).applied, 0);
  });
});
