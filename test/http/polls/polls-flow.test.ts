import assert from "node:assert/strict";
import { botAddedToChat, cardAction, meetingConversation, personalConversation } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { chatOf, createMeeting, serverWithConnector } from "../../helpers/invitations";

type Card = Record<string, unknown>;

describe("polls (enkäter), end to end", () => {
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const secretary = users.secretary();
  const env = serverWithConnector([coordinator, ale, secretary]);
  const as = (user: { aadObjectId: string }, path: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    api(env.server.url, path, { user: user.aadObjectId, ...options });
  const press = (user: typeof ale, verb: string, data: Record<string, unknown>, id?: string) =>
    sendActivity(env.server.url, cardAction(user, personalConversation(user), verb, data, { serviceUrl: env.connector.url, ...(id ? { id } : {}) }));
  const invokeCard = (res: { body: unknown }) => (res.body as { value: Card }).value;
  let pollId = "";

  it("puts a single-choice question 1:1 to every reachable member and gives the coordinator a results card", async () => {
    const res = await as(coordinator, "/polls", { method: "POST", body: { question: "Vilken veckodag passar bäst för nästa års möten?", kind: "single", options: ["Tisdag", "Onsdag", "Torsdag"] } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    pollId = res.body.poll.id;
    assert.equal(res.body.poll.salt, undefined, "the salt never leaves the server");
    assert.equal(res.body.delivery.delivered, 4, "three installed members' questions and the coordinator's results card");
    const question = cardOf(env.connector.sentTo(chatOf(ale)).at(-1))!;
    assert.match(cardText(question), /Vilken veckodag passar bäst/);
    assert.match(JSON.stringify(question), /"verb":"poll.answer"/);
    assert.match(cardText(cardOf(env.connector.sentTo(chatOf(coordinator)).at(-1))!), /Resultat: Vilken veckodag.*0 av \d+ har svarat/s);
  });

  it("stores a card answer once per activity id, shows it on the card and updates the results card in place", async () => {
    const first = await press(ale, "poll.answer", { pollId, choices: "o2" }, "f:poll-answer-1");
    assert.equal(first.status, 200);
    assert.match(cardText(invokeCard(first)), /Ditt svar: Onsdag/);
    const again = await press(ale, "poll.answer", { pollId, choices: "o2" }, "f:poll-answer-1");
    assert.deepEqual(invokeCard(again), invokeCard(first));
    const rows = await env.server.stores.pollRows.list(pollId);
    assert.equal(rows.filter((r) => r.value.kind === "answer").length, 1);
    const update = env.connector.lastUpdateIn(chatOf(coordinator));
    assert.ok(update, "the coordinator's results card was updated");
    assert.match(cardText(cardOf(update.body)!), /1 av \d+ har svarat/);
  });

  it("lets a member change a named answer and keeps one row per person", async () => {
    const res = await as(ale, `/polls/${pollId}/answers/me`, { method: "PUT", body: { choices: ["o3"] } });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.answer, { choices: ["o3"] });
    const results = await as(coordinator, `/polls/${pollId}/results`);
    assert.equal(results.body.answered, 1);
    assert.deepEqual(results.body.options.map((o: { count: number }) => o.count), [0, 0, 1]);
    assert.deepEqual(results.body.byOrganisation, [{ organisationId: "ale", answered: 1, counts: { o3: 1 } }]);
    assert.equal(results.body.byPerson[0].displayName, "Elin Bergqvist");
  });

  it("hides the results from members until the coordinator shares them, and never shows them who answered what", async () => {
    const refused = await as(ale, `/polls/${pollId}/results`);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, "results_not_shared");
    const english = await as(ale, `/polls/${pollId}/results`, { headers: { "Accept-Language": "en" } });
    assert.match(english.body.error.message, /has not shared the results/);
    const card = await press(ale, "poll.results", { pollId });
    assert.match(cardText(invokeCard(card)), /inte delat resultatet/);
    assert.equal((await as(ale, `/polls/${pollId}/sharing`, { method: "PUT", body: { shared: true } })).status, 403);
    assert.equal((await as(coordinator, `/polls/${pollId}/sharing`, { method: "PUT", body: { shared: true } })).status, 200);
    const shared = await as(ale, `/polls/${pollId}/results`);
    assert.equal(shared.status, 200);
    assert.equal(shared.body.byPerson, undefined);
  });

  it("reminds only those who have not answered, once per round", async () => {
    assert.equal((await as(ale, `/polls/${pollId}/reminders`, { method: "POST" })).status, 403);
    const before = env.connector.sentTo(chatOf(ale)).length;
    const res = await as(coordinator, `/polls/${pollId}/reminders`, { method: "POST" });
    assert.equal(res.status, 200);
    assert.equal(res.body.round, 1);
    assert.equal(env.connector.sentTo(chatOf(ale)).length, before, "Ale has answered");
    assert.match(JSON.stringify(env.connector.sentTo(chatOf(secretary)).at(-1)), /Påminnelse: du har inte svarat på enkäten/);
    const second = await as(coordinator, `/polls/${pollId}/reminders`, { method: "POST" });
    assert.equal(second.body.round, 2);
  });

  it("writes the results into an agenda item's notes as the minutes say it", async () => {
    const meetingId = await createMeeting(env.server.url, coordinator.aadObjectId);
    assert.equal((await as(ale, `/polls/${pollId}/minutes`, { method: "POST", body: { meetingId, itemNumber: 2 } })).status, 403);
    const res = await as(coordinator, `/polls/${pollId}/minutes`, { method: "POST", body: { meetingId, itemNumber: 2 } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.match(res.body.text, /^På frågan "Vilken veckodag passar bäst för nästa års möten\?" svarade 1 av \d+:\n• Tisdag: 0\n• Onsdag: 0\n• Torsdag: 1$/);
    const item = (await env.server.stores.agenda.get(meetingId, "0002"))!.value;
    assert.ok(item.notes?.endsWith(res.body.text));
    const missing = await as(coordinator, `/polls/${pollId}/minutes`, { method: "POST", body: { meetingId, itemNumber: 9 } });
    assert.equal(missing.status, 404);
  });

  it("stores an anonymous answer without identity and refuses a second answer from the same person", async () => {
    const created = await as(coordinator, "/polls", { method: "POST", body: { question: "Vilka fokusområden ska nätverket ha nästa år?", kind: "multiple", options: ["Bostad", "Arbete", "Språk"], anonymous: true } });
    const id = created.body.poll.id;
    const first = await press(ale, "poll.answer", { pollId: id, choices: "o1,o3" });
    assert.match(cardText(invokeCard(first)), /sparat anonymt/);
    assert.doesNotMatch(cardText(invokeCard(first)), /Bostad/, "the card does not repeat an anonymous answer");
    const second = await as(ale, `/polls/${id}/answers/me`, { method: "PUT", body: { choices: ["o2"] } });
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, "already_answered");
    const rows = (await env.server.stores.pollRows.list(id)).map((r) => r.value);
    assert.equal(rows.length, 2, "one answer and one marker");
    const stored = JSON.stringify(rows);
    assert.ok(!stored.includes(ale.aadObjectId), "no person id in the poll's rows");
    assert.ok(!stored.includes("\"ale\""), "no organisation in the poll's rows");
    const answer = rows.find((r) => r.kind === "answer")!;
    assert.deepEqual(Object.keys(answer).sort(), ["answerId", "choices", "kind", "pollId"]);
    const view = await as(ale, `/polls/${id}`);
    assert.equal(view.body.answered, true);
    assert.equal(view.body.myAnswer, undefined);
    const results = await as(coordinator, `/polls/${id}/results`);
    assert.deepEqual(results.body.options.map((o: { count: number }) => o.count), [1, 0, 1]);
    assert.equal(results.body.byPerson, undefined);
    assert.deepEqual(results.body.byOrganisation, []);
  });

  it("takes a ranking from the card's places and free text through the tab", async () => {
    const ranking = await as(coordinator, "/polls", { method: "POST", body: { question: "Rangordna teman", kind: "ranking", options: ["Bostad", "Arbete", "Språk"] } });
    const rid = ranking.body.poll.id;
    const bad = await press(ale, "poll.answer", { pollId: rid, place1: "o2", place2: "o2", place3: "o1" });
    assert.match(cardText(invokeCard(bad)), /bara väljas en gång/);
    await press(ale, "poll.answer", { pollId: rid, place1: "o2", place2: "o3", place3: "o1" });
    const results = await as(coordinator, `/polls/${rid}/results`);
    assert.deepEqual(results.body.options.map((o: { text: string; points: number }) => [o.text, o.points]), [["Arbete", 2], ["Språk", 1], ["Bostad", 0]]);

    const free = await as(coordinator, "/polls", { method: "POST", body: { question: "Vad vill du ta upp?", kind: "text" } });
    const fid = free.body.poll.id;
    assert.equal((await as(secretary, `/polls/${fid}/answers/me`, { method: "PUT", body: { text: "  Sändlistan  " } })).status, 200);
    const minutes = await as(coordinator, `/polls/${fid}/results`);
    assert.deepEqual(minutes.body.texts, ["Sändlistan"]);
  });

  it("asks a question live in the meeting chat and posts the shared results there, updated in place", async () => {
    const chatId = "19:meeting_cG9sbHMtbGl2ZQ@thread.v2";
    const meetingId = await createMeeting(env.server.url, coordinator.aadObjectId, { joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0` });
    await sendActivity(env.server.url, botAddedToChat(coordinator, chatId, undefined, { serviceUrl: env.connector.url }));
    const created = await as(coordinator, "/polls", { method: "POST", body: { question: "Ska vi ha ett fysiskt möte i höst?", kind: "single", options: ["Ja", "Nej"], meetingId, agendaItem: 2, resultsShared: true } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.poll.audience, "meeting-chat");
    const posted = env.connector.sentTo(chatId).map((a) => cardText(cardOf(a)!));
    assert.ok(posted.some((x) => /Ska vi ha ett fysiskt möte/.test(x) && !/Resultat/.test(x)), "the question card is in the chat");
    assert.ok(posted.some((x) => /Resultat: Ska vi ha/.test(x)), "the shared results card is in the chat");
    const res = await sendActivity(env.server.url, cardAction(ale, meetingConversation(chatId), "poll.answer", { pollId: created.body.poll.id, choices: "o1" }, { serviceUrl: env.connector.url }));
    assert.match(cardText(invokeCard(res)), /Ditt svar: Ja/);
    const update = env.connector.lastUpdateIn(chatId);
    assert.ok(update, "the chat's results card was updated in place");
    assert.match(cardText(cardOf(update.body)!), /1 har svarat/);
  });

  it("refuses polls from members, bad questions and answers after closing, changing nothing", async () => {
    const member = await as(ale, "/polls", { method: "POST", body: { question: "Fråga", kind: "text" } });
    assert.equal(member.status, 403);
    const guest = await as(users.guest(), `/polls/${pollId}/answers/me`, { method: "PUT", body: { choices: ["o1"] } });
    assert.equal(guest.status, 403);
    const stranger = await as(users.stranger(), `/polls/${pollId}`);
    assert.equal(stranger.status, 403);
    const count = (await as(coordinator, "/polls")).body.polls.length;
    for (const body of [
      { question: "En", kind: "single", options: ["Bara ett"] },
      { question: "Två", kind: "text", options: ["A", "B"] },
      { question: "Tre", kind: "single", options: ["A", "a"] },
      { question: "Fyra", kind: "poll", options: ["A", "B"] },
      { question: "Fem", kind: "single", options: ["A", "B"], networkId: "other" },
      { question: "Sex", kind: "single", options: ["A", "B"], audience: "meeting-chat" },
    ]) {
      const res = await as(coordinator, "/polls", { method: "POST", body, headers: { "Accept-Language": "en" } });
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.ok(res.body.error.code && res.body.error.message, JSON.stringify(res.body));
    }
    assert.equal((await as(coordinator, "/polls")).body.polls.length, count);
    const unknown = await as(ale, `/polls/${pollId}/answers/me`, { method: "PUT", body: { choices: ["o9"] } });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, "unknown_option");
    assert.equal((await as(ale, `/polls/${pollId}/close`, { method: "POST" })).status, 403);
    assert.equal((await as(coordinator, `/polls/${pollId}/close`, { method: "POST" })).status, 200);
    const late = await as(ale, `/polls/${pollId}/answers/me`, { method: "PUT", body: { choices: ["o1"] } });
    assert.equal(late.status, 409);
    assert.equal(late.body.error.code, "poll_closed");
    assert.equal((await as(coordinator, `/polls/${pollId}/reminders`, { method: "POST" })).status, 409);
    assert.equal((await as(coordinator, "/polls/no-such-poll")).status, 404);
  });
});
