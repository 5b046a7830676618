import assert from "node:assert/strict";
import * as ical from "node-ical";
import { stockholmToUtc } from "../../../bot/src/domain/time";
import { cardAction, personalConversation } from "../../helpers/activities";
import { cardActions, cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { chatOf, install, latestCard, meetingBody, serverWithConnector } from "../../helpers/invitations";

type Card = Record<string, unknown>;

function eventOf(text: string): ical.VEvent {
  return Object.values(ical.sync.parseICS(text)).find((c) => c?.type === "VEVENT") as ical.VEvent;
}

describe("invitations and answers, end to end", () => {
  let meetingId = "";
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const molndal = users.molndalMember();
  const secretary = users.secretary();
  const env = serverWithConnector([coordinator, ale, secretary]);
  const press = (user: typeof ale, verb: string, data: Record<string, unknown>, options: { id?: string } = {}) =>
    sendActivity(env.server.url, cardAction(user, personalConversation(user), verb, data, { serviceUrl: env.connector.url, ...options }));
  const invokeCard = (res: { body: unknown }) => (res.body as { value: Card }).value;
  const summaryUpdates = () => env.connector.calls.filter((c) => c.conversationId === chatOf(coordinator) && /Svar på kallelsen/.test(JSON.stringify(c.body)));


  it("lets the coordinator create a draft meeting in Stockholm time with a numbered agenda", async () => {
    const body = meetingBody({ secretaryId: secretary.aadObjectId });
    const res = await api(env.server.url, "/meetings", { user: coordinator.aadObjectId, method: "POST", body });
    assert.equal(res.status, 201);
    meetingId = res.body.id;
    assert.equal(res.body.status, "draft");
    assert.equal(res.body.sequence, 0);
    assert.equal(res.body.startUtc, stockholmToUtc(String(body.date), "09:00"));
    assert.equal(res.body.replyByUtc, stockholmToUtc(String(body.replyBy), "23:59"));
    assert.deepEqual(res.body.agenda.map((i: { number: number }) => i.number), [1, 2]);
    const read = await api(env.server.url, `/meetings/${meetingId}`, { user: secretary.aadObjectId });
    assert.equal(read.body.agenda[1].presenters[0], "Nils Åberg");
    assert.equal((await api(env.server.url, `/meetings/${meetingId}`, { user: ale.aadObjectId })).status, 404, "a member does not see the draft");
  });

  it("sends each reachable member a 1:1 card and reports who can't be reached and why", async () => {
    const res = await api(env.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(res.status, 200);
    const byId = new Map(res.body.results.map((r: { memberId: string }) => [r.memberId, r]));
    assert.equal((byId.get(ale.aadObjectId) as { status: string }).status, "sent");
    assert.deepEqual(byId.get(molndal.aadObjectId), { memberId: molndal.aadObjectId, displayName: "Ida Holm", organisationId: "molndal", status: "unreachable", reason: "no-conversation-reference" });
    assert.equal(byId.has(users.guest().aadObjectId), false, "guests are not invited");
    assert.equal(res.body.totals.sent, 3);
    assert.equal((await api(env.server.url, `/meetings/${meetingId}`, { user: ale.aadObjectId })).body.status, "invited");

    const sent = env.connector.sentTo(chatOf(ale));
    assert.equal(sent.length, 1);
    assert.ok(Buffer.byteLength(JSON.stringify(sent[0])) < 28_000);
    const card = cardOf(sent[0])!;
    assert.equal(card.version, "1.5");
    assert.match(cardText(card), /Kallelse: Nätverksmöte[\s\S]*kl\. 09:00–11:30[\s\S]*Omvärldsbevakning \(20 min · Nils Åberg\)/);
    const actions = cardActions(card);
    const answers = actions.filter((a) => a.verb === "rsvp.answer");
    assert.deepEqual(answers.map((a) => a.data?.answer), ["attending", "declined", "substitute"]);
    for (const a of answers) {
      assert.equal(a.type, "Action.Execute");
      assert.equal(a.data?.meetingId, meetingId);
      assert.equal(a.data?.memberId, ale.aadObjectId);
      assert.equal(a.fallback?.type, "Action.Submit");
    }
    assert.ok(actions.some((a) => a.type === "Action.ShowCard" && a.title === "Skickar ersättare"));
    assert.ok(actions.some((a) => a.url === "https://teams.microsoft.com/l/meetup-join/test"));
    const ics = actions.find((a) => a.url?.includes("/calendar.ics"));
    assert.match(ics?.url ?? "", new RegExp(`^${env.server.config.publicUrl}/api/v1/meetings/${meetingId}/calendar\\.ics\\?invitee=`));
    assert.equal(summaryUpdates().filter((c) => c.method === "POST").length, 1, "the coordinator gets one summary card");
  });

  it("never sends twice, and reaches a member once the app is installed for them", async () => {
    await install(env.server.url, env.connector, [molndal]);
    const res = await api(env.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    const status = (id: string) => res.body.results.find((r: { memberId: string }) => r.memberId === id).status;
    assert.equal(status(ale.aadObjectId), "already-sent");
    assert.equal(status(molndal.aadObjectId), "sent");
    assert.equal(env.connector.sentTo(chatOf(ale)).length, 1);
    assert.equal(env.connector.sentTo(chatOf(molndal)).length, 1);
  });

  it("records an answer from the card, shows it in place with 'Ändra svar', and updates the summary card", async () => {
    const res = await press(ale, "rsvp.answer", { meetingId, memberId: ale.aadObjectId, answer: "attending", comment: "Ser fram emot det" });
    assert.equal(res.status, 200);
    assert.equal((res.body as { type: string }).type, "application/vnd.microsoft.card.adaptive");
    const card = invokeCard(res);
    assert.match(cardText(card), /Ditt svar: Kommer/);
    assert.deepEqual(cardActions(card).filter((a) => a.verb).map((a) => a.verb), ["rsvp.change"]);
    const stored = await env.server.stores.answers.get(meetingId, ale.aadObjectId);
    assert.equal(stored?.value.answer, "attending");
    assert.equal(stored?.value.channel, "card");
    await env.connector.waitFor(() => summaryUpdates().some((c) => c.method === "PUT" && /"value":"1"/.test(JSON.stringify(c.body))));
    const posts = summaryUpdates().filter((c) => c.method === "POST");
    assert.equal(posts.length, 1, "updated, not re-posted");
  });

  it("answers a repeated delivery of the same invoke once", async () => {
    const id = "f:repeated-delivery";
    const first = await press(molndal, "rsvp.answer", { meetingId, memberId: molndal.aadObjectId, answer: "declined" }, { id });
    const answeredAt = (await env.server.stores.answers.get(meetingId, molndal.aadObjectId))?.value.answeredAt;
    const again = await press(molndal, "rsvp.answer", { meetingId, memberId: molndal.aadObjectId, answer: "declined" }, { id });
    assert.equal(again.status, 200);
    assert.match(cardText(invokeCard(again)), /Ditt svar: Kommer inte/);
    assert.equal(cardText(invokeCard(again)), cardText(invokeCard(first)));
    assert.equal((await env.server.stores.answers.get(meetingId, molndal.aadObjectId))?.value.answeredAt, answeredAt);
  });

  it("lets a member change the answer to a substitute, who counts for the member's organisation", async () => {
    const change = await press(ale, "rsvp.change", { meetingId, memberId: ale.aadObjectId });
    assert.deepEqual(cardActions(invokeCard(change)).filter((a) => a.verb === "rsvp.answer").length, 3);
    const res = await press(ale, "rsvp.answer", { meetingId, memberId: ale.aadObjectId, answer: "substitute", substituteName: "Kim Ersättare" });
    assert.match(cardText(invokeCard(res)), /Ditt svar: Skickar ersättare[\s\S]*Ersättare: Kim Ersättare/);
    const stored = await env.server.stores.answers.get(meetingId, ale.aadObjectId);
    assert.equal(stored?.value.substituteOrganisationId, "ale");
    const responses = await api(env.server.url, `/meetings/${meetingId}/responses`, { user: coordinator.aadObjectId });
    assert.equal(responses.body.totals.substitute, 1);
    assert.ok(!responses.body.organisationsWithNobodyComing.some((o: { id: string }) => o.id === "ale"));
    assert.ok(responses.body.organisationsWithNobodyComing.some((o: { id: string }) => o.id === "molndal"));
  });

  it("takes an answer from the tab and updates that member's card in place", async () => {
    const res = await api(env.server.url, `/meetings/${meetingId}/responses/me`, { user: molndal.aadObjectId, method: "PUT", body: { answer: "attending", comment: "Kommer efter lunch" } });
    assert.equal(res.status, 200);
    assert.equal(res.body.channel, "tab");
    const cardId = (await env.server.stores.invitations.get(meetingId, molndal.aadObjectId))?.value.activityId;
    const update = env.connector.updatesIn(chatOf(molndal)).at(-1);
    assert.equal(update?.activityId, cardId);
    assert.match(cardText(cardOf(update?.body)), /Ditt svar: Kommer\n/);
  });

  it("lists every invitee's answer, substitute, comment and time with totals", async () => {
    const res = await api(env.server.url, `/meetings/${meetingId}/responses`, { user: secretary.aadObjectId });
    assert.equal(res.status, 200);
    const row = (id: string) => res.body.responses.find((r: { memberId: string }) => r.memberId === id);
    assert.equal(row(molndal.aadObjectId).answer, "attending");
    assert.equal(row(molndal.aadObjectId).comment, "Kommer efter lunch");
    assert.equal(row(molndal.aadObjectId).organisationName, "Mölndal");
    assert.ok(row(molndal.aadObjectId).answeredAt);
    assert.equal(row(ale.aadObjectId).substituteName, "Kim Ersättare");
    assert.equal(row(coordinator.aadObjectId).answer, null);
    assert.deepEqual(res.body.totals, { attending: 1, declined: 0, substitute: 1, noAnswer: res.body.responses.length - 2 });
  });

  it("shows every member who comes, but others' comments only to the coordinator, chair and secretary", async () => {
    const res = await api(env.server.url, `/meetings/${meetingId}/responses`, { user: ale.aadObjectId });
    assert.equal(res.status, 200);
    const row = (id: string) => res.body.responses.find((r: { memberId: string }) => r.memberId === id);
    assert.equal(row(molndal.aadObjectId).answer, "attending");
    assert.equal(row(molndal.aadObjectId).comment, undefined);
    assert.equal(row(ale.aadObjectId).substituteName, "Kim Ersättare");
    const stranger = await api(env.server.url, `/meetings/${meetingId}/responses`, { user: "99999999-0000-4000-8000-000000000999" });
    assert.equal(stranger.status, 403);
  });

  it("tells invitees about a new time: card updated in place, a short message, and the .ics keeps its UID with a higher SEQUENCE", async () => {
    const read = await fetch(`${env.server.url}/api/v1/meetings/${meetingId}`, { headers: { "X-Dev-User": coordinator.aadObjectId } });
    const etag = read.headers.get("etag");
    const before = (await read.json()) as { sequence: number };
    const cardUrl = cardActions(cardOf(env.connector.sentTo(chatOf(ale))[0])!).find((a) => a.url?.includes("calendar.ics"))!.url!.replace(env.server.config.publicUrl, env.server.url);
    const first = eventOf(await (await fetch(cardUrl)).text());

    const res = await api(env.server.url, `/meetings/${meetingId}`, { user: coordinator.aadObjectId, method: "PUT", body: { startTime: "13:00", endTime: "15:00" }, headers: { "If-Match": etag! } });
    assert.equal(res.status, 200);
    assert.equal(res.body.sequence, before.sequence + 1);
    const stale = await api(env.server.url, `/meetings/${meetingId}`, { user: coordinator.aadObjectId, method: "PUT", body: { place: "Stadshuset" }, headers: { "If-Match": etag! } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, "concurrent_update");

    const aleCard = latestCard(env.connector, ale, (t) => t.includes("13:00"));
    assert.equal(aleCard?.activityId, (await env.server.stores.invitations.get(meetingId, ale.aadObjectId))?.value.activityId);
    assert.match(cardText(aleCard!.card), /Ditt svar: Skickar ersättare/);
    assert.ok(env.connector.sentTo(chatOf(ale)).some((a) => /har ändrats: ny tid/.test(String(a.text))));

    const second = eventOf(await (await fetch(cardUrl)).text());
    assert.equal(second.uid, first.uid);
    assert.equal(Number(second.sequence), Number(first.sequence) + 1);
    assert.equal(second.start.toISOString(), new Date(stockholmToUtc(meetingBody().date as string, "13:00")).toISOString());
  });

  it("lets the meeting's secretary replace the agenda, keeping the notes of a kept item, and refuses a member", async () => {
    const item1 = await env.server.stores.agenda.get(meetingId, "0001");
    await env.server.stores.agenda.upsert({ ...item1!.value, notes: "Förberedda anteckningar" });
    const items = [{ title: "Nytt inledande pass" }, { number: 1, title: "Inledning — aktuellt läge i respektive kommun" }];
    const refused = await api(env.server.url, `/meetings/${meetingId}/agenda`, { user: ale.aadObjectId, method: "PUT", body: { items } });
    assert.equal(refused.status, 403);
    const res = await api(env.server.url, `/meetings/${meetingId}/agenda`, { user: secretary.aadObjectId, method: "PUT", body: { items } });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.agenda.map((i: { number: number; title: string }) => `${i.number} ${i.title}`), ["1 Nytt inledande pass", "2 Inledning — aktuellt läge i respektive kommun"]);
    assert.equal(res.body.agenda[1].notes, "Förberedda anteckningar");
    assert.equal(res.body.agenda[0].notes, undefined);
    assert.equal((await env.server.stores.agenda.list(meetingId)).length, 2);
    assert.ok(env.connector.sentTo(chatOf(ale)).some((a) => /ändrad dagordning/.test(String(a.text))));
  });

  it("cancels: cards say INSTÄLLT, invitees get a message, answers are refused, and the .ics says METHOD:CANCEL", async () => {
    const res = await api(env.server.url, `/meetings/${meetingId}/cancel`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "cancelled");
    assert.ok(latestCard(env.connector, ale, (t) => t.includes("INSTÄLLT")));
    assert.ok(env.connector.sentTo(chatOf(molndal)).some((a) => /är inställt/.test(String(a.text))));
    const answer = await press(ale, "rsvp.answer", { meetingId, memberId: ale.aadObjectId, answer: "attending" });
    assert.match(cardText(invokeCard(answer)), /Mötet är inställt/);
    assert.equal((await env.server.stores.answers.get(meetingId, ale.aadObjectId))?.value.answer, "substitute");
    const ics = await fetch(`${env.server.url}/api/v1/meetings/${meetingId}/calendar.ics`, { headers: { "X-Dev-User": ale.aadObjectId } });
    const text = await ics.text();
    assert.match(text, /METHOD:CANCEL/);
    assert.match(text, /STATUS:CANCELLED/);
    assert.equal((await api(env.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" })).status, 409);
  });
});
