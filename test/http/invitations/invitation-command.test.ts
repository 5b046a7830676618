import assert from "node:assert/strict";
import { cardAction, cardSubmit, meetingMessage, personalConversation, personalMessage } from "../../helpers/activities";
import { cardOf, cardText, sendActivity, type BotResponse } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { chatOf, createMeeting, serverWithConnector } from "../../helpers/invitations";

describe("'skicka kallelse' and the card fallback", () => {
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const env = serverWithConnector([coordinator, ale]);
  const say = (user: typeof ale, text: string, locale?: string) => sendActivity(env.server.url, personalMessage(user, text, { serviceUrl: env.connector.url, locale }));
  // A turn over a second long also carries "typing" activities before the answer.
  const answer = (res: BotResponse) => res.replies.find((r) => r.type === "message");


  it("is listed in the help", async () => {
    const res = await say(ale, "hjälp");
    assert.match(cardText(cardOf(answer(res))), /skicka kallelse/);
  });

  it("refuses a member, a stranger and a meeting chat, and sends nothing", async () => {
    assert.match(String(answer(await say(ale, "skicka kallelse"))?.text), /samordnare/);
    assert.match(String(answer(await say(users.stranger(), "skicka kallelse"))?.text), /inte registrerad som medlem/);
    const inMeeting = await sendActivity(env.server.url, meetingMessage(coordinator, "19:meeting_k@thread.v2", "MCk", "skicka kallelse"));
    assert.match(String(answer(inMeeting)?.text), /personliga chatt/);
    assert.equal(env.connector.sentTo(chatOf(ale)).length, 0);
    assert.equal((await env.server.stores.invitations.list("demo-upcoming")).length, 0);
  });

  it("sends the only upcoming meeting's invitation straight away and reports who was reached", async () => {
    const res = await say(coordinator, "skicka kallelse");
    assert.match(String(answer(res)?.text), /Kallelsen till ”Nätverksmöte mottagande och integration”: skickad till 2[\s\S]*Nås inte: .*appen är inte installerad/);
    assert.equal(env.connector.sentTo(chatOf(ale)).length, 1);
    const again = await say(coordinator, "send invitation", "en-US");
    assert.match(String(answer(again)?.text), /sent to 0, updated for 0, 2 already had the latest version/);
  });

  it("lets the coordinator choose when several meetings are upcoming", async () => {
    const second = await createMeeting(env.server.url, coordinator.aadObjectId, { title: "Extra möte om boende" });
    const res = await say(coordinator, "skicka kallelse");
    const card = cardOf(answer(res))!;
    assert.match(cardText(card), /Vilket möte gäller kallelsen\?[\s\S]*Extra möte om boende/);
    const refused = await sendActivity(env.server.url, cardAction(ale, personalConversation(ale), "invitations.send", { meetingId: second }, { serviceUrl: env.connector.url }));
    assert.match(cardText((refused.body as { value: unknown }).value), /samordnaren/);
    const chosen = await sendActivity(env.server.url, cardAction(coordinator, personalConversation(coordinator), "invitations.send", { meetingId: second }, { serviceUrl: env.connector.url }));
    assert.match(cardText((chosen.body as { value: unknown }).value), /Kallelsen till ”Extra möte om boende”: skickad till 2/);
  });

  it("takes an answer from the Action.Submit fallback and replaces the card in place", async () => {
    const cardId = (await env.server.stores.invitations.get("demo-upcoming", ale.aadObjectId))!.value.activityId!;
    const submit = cardSubmit(ale, personalConversation(ale), { verb: "rsvp.answer", meetingId: "demo-upcoming", memberId: ale.aadObjectId, answer: "declined", comment: "Semester" }, { serviceUrl: env.connector.url, replyToId: cardId });
    const res = await sendActivity(env.server.url, submit);
    assert.equal(res.status, 200);
    const stored = await env.server.stores.answers.get("demo-upcoming", ale.aadObjectId);
    assert.equal(stored?.value.answer, "declined");
    assert.equal(stored?.value.comment, "Semester");
    const update = env.connector.updatesIn(chatOf(ale)).find((c) => c.activityId === cardId);
    assert.match(cardText(cardOf(update?.body)), /Ditt svar: Kommer inte/);
    const responses = await api(env.server.url, "/meetings/demo-upcoming/responses", { user: coordinator.aadObjectId });
    assert.equal(responses.body.totals.declined, 1);
  });
});
