import assert from "node:assert/strict";
import { cardAction, personalConversation } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { chatOf, createMeeting, serverWithConnector } from "../../helpers/invitations";

const agenda = (...titles: string[]) => titles.map((title) => ({ title }));

describe("the coordinator's journey: drafts, preview, what invitees are told", () => {
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const env = serverWithConnector([coordinator, ale]);
  const as = (user: { aadObjectId: string }, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    api(env.server.url, path, { user: user.aadObjectId, ...init });
  const messagesTo = (user: typeof ale) => env.connector.sentTo(chatOf(user)).filter((b) => typeof b.text === "string").map((b) => String(b.text));

  it("hides a draft from members (404 as an unknown id) and shows it to the coordinator, chair and secretary", async () => {
    const meetingId = await createMeeting(env.server.url, coordinator.aadObjectId, { chairId: users.chair().aadObjectId, secretaryId: users.secretary().aadObjectId });
    for (const user of [ale, users.guest()]) {
      const res = await as(user, `/meetings/${meetingId}`);
      assert.equal(res.status, 404, user.name);
      assert.equal(res.body.error.code, "meeting_not_found");
      assert.equal((await as(user, `/meetings/${meetingId}/responses`)).status, 404);
    }
    for (const user of [coordinator, users.chair(), users.secretary()]) assert.equal((await as(user, `/meetings/${meetingId}`)).status, 200, user.name);
  });

  it("refuses answers to a draft in the tab and on a card, and writes nothing", async () => {
    const meetingId = await createMeeting(env.server.url, coordinator.aadObjectId);
    const hidden = await as(ale, `/meetings/${meetingId}/responses/me`, { method: "PUT", body: { answer: "attending" } });
    assert.equal(hidden.status, 404);
    const own = await as(coordinator, `/meetings/${meetingId}/responses/me`, { method: "PUT", body: { answer: "attending" }, headers: { "Accept-Language": "en" } });
    assert.equal(own.status, 409);
    assert.equal(own.body.error.code, "meeting_not_invited");
    assert.match(own.body.error.message, /has not been sent yet/);
    const press = await sendActivity(env.server.url, cardAction(ale, personalConversation(ale), "rsvp.answer", { meetingId, memberId: ale.aadObjectId, answer: "attending" }, { serviceUrl: env.connector.url }));
    assert.equal(press.status, 200);
    assert.match(cardText((press.body as { value: unknown }).value), /Kallelsen till mötet är inte skickad än/);
    assert.equal((await env.server.stores.answers.list(meetingId)).length, 0);
  });

  it("previews the invitation card and who it will not reach without sending or writing anything", async () => {
    const meetingId = await createMeeting(env.server.url, coordinator.aadObjectId, { title: "Förhandsvisat möte" });
    const sentBefore = env.connector.calls.length;
    const res = await as(coordinator, `/meetings/${meetingId}/invitations/preview`);
    assert.equal(res.status, 200);
    assert.match(cardText(res.body.card), /Kallelse: Förhandsvisat möte[\s\S]*Kommer/);
    assert.ok(res.body.invitees > 2);
    assert.equal(res.body.alreadyHave, 0);
    const names = res.body.unreachable.map((p: { displayName: string }) => p.displayName);
    assert.ok(names.includes("Ida Holm") && !names.includes(ale.name), names.join(", "));
    assert.equal(env.connector.calls.length, sentBefore);
    assert.equal((await env.server.stores.invitations.list(meetingId)).length, 0);
    assert.equal((await as(ale, `/meetings/${meetingId}/invitations/preview`)).status, 403, "a member may not preview");
    await as(coordinator, `/meetings/${meetingId}/invitations`, { method: "POST" });
    const after = await as(coordinator, `/meetings/${meetingId}/invitations/preview`);
    assert.equal(after.body.alreadyHave, after.body.invitees - after.body.unreachable.length, "those who got it are counted as having it");
  });

  it("keeps 'could not be reached' apart from 'no answer' in the coordinator's summary card", async () => {
    const meetingId = await createMeeting(env.server.url, coordinator.aadObjectId, { title: "Möte med sammanställning" });
    await as(coordinator, `/meetings/${meetingId}/invitations`, { method: "POST" });
    const summary = () => env.connector.calls.filter((c) => c.conversationId === chatOf(coordinator) && /Möte med sammanställning/.test(JSON.stringify(c.body)) && /Svar på kallelsen/.test(JSON.stringify(c.body))).at(-1);
    await env.connector.waitFor(() => summary() !== undefined);
    const text = cardText(cardOf(summary()!.body));
    // The section's title line is followed by its list; the fact set above names the same titles with counts.
    const section = (title: string) => text.slice(text.lastIndexOf(`${title}\n`)).split("\n")[1] ?? "";
    assert.match(section("Har inte svarat"), /Elin Bergqvist/);
    assert.doesNotMatch(section("Har inte svarat"), /Ida Holm/);
    assert.match(section("Kunde inte nås"), /Ida Holm/);
    assert.doesNotMatch(section("Kunde inte nås"), /Elin Bergqvist/);
    assert.match(text, /Be dem lägga till appen Nätverksmöten/);
  });

  it("tells invitees what changed in the agenda, and tells them nothing with notify: false", async () => {
    const meetingId = await createMeeting(env.server.url, coordinator.aadObjectId, { title: "Möte med ändrad dagordning", agenda: agenda("Inledning — aktuellt läge i respektive kommun", "Omvärldsbevakning", "Övrigt") });
    await as(coordinator, `/meetings/${meetingId}/invitations`, { method: "POST" });
    const before = messagesTo(ale).length;
    const updatesBefore = env.connector.updatesIn(chatOf(ale)).length;

    const quiet = await as(coordinator, `/meetings/${meetingId}/agenda`, { method: "PUT", body: { items: agenda("Inledning — aktuellt läge i respektive kommun", "Omvärldsbevakning", "Övriga frågor"), notify: false } });
    assert.equal(quiet.status, 200);
    assert.equal(quiet.body.notified, false);
    assert.deepEqual(quiet.body.changes, [{ kind: "renamed", number: 3, from: "Övrigt", to: "Övriga frågor" }]);
    assert.equal(messagesTo(ale).length, before, "no message");
    assert.ok(env.connector.updatesIn(chatOf(ale)).length > updatesBefore, "the card shows the new agenda");

    const told = await as(coordinator, `/meetings/${meetingId}/agenda`, { method: "PUT", body: { items: agenda("Inledning — aktuellt läge i respektive kommun", "Kommun i fokus: Ale", "Omvärldsbevakning", "Övriga frågor"), notify: true } });
    assert.equal(told.body.notified, true);
    const message = messagesTo(ale).slice(before).join("\n");
    assert.match(message, /Möte med ändrad dagordning[\s\S]*ändrad dagordning/);
    assert.match(message, /- Ny punkt 2: Kommun i fokus: Ale/);
    assert.doesNotMatch(message, /Flyttad/, "items shifted by the new one are not called moved");
  });

  it("keeps the network's agenda template with the opening item first, and refuses a too long one", async () => {
    const network = await as(coordinator, "/network");
    const facts = { name: network.body.network.name, defaultPlace: network.body.network.defaultPlace, language: network.body.network.language };
    const saved = await api(env.server.url, "/network", { user: coordinator.aadObjectId, method: "PUT", body: { ...facts, agendaTemplate: ["Omvärldsbevakning", "", "Kommun i fokus", "Övriga frågor"] } });
    assert.equal(saved.status, 200);
    assert.deepEqual(saved.body.agendaTemplate, ["Inledning — aktuellt läge i respektive kommun", "Omvärldsbevakning", "Kommun i fokus", "Övriga frågor"]);
    const tooLong = await as(coordinator, "/network", { method: "PUT", body: { ...facts, agendaTemplate: Array.from({ length: 40 }, (_, i) => `Punkt ${i}`) } });
    assert.equal(tooLong.status, 400);
    assert.deepEqual((await as(ale, "/network")).body.agendaTemplate, saved.body.agendaTemplate);
    assert.equal((await as(ale, "/network", { method: "PUT", body: { ...facts, agendaTemplate: [] } })).status, 403);
  });
});
