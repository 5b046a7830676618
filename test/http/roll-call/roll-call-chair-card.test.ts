import assert from "node:assert/strict";
import { demoMember } from "../../../bot/src/demo/demo-network";
import { cardNodes, cardText, sendActivity } from "../../helpers/bot-client";
import { cardAction, meetingConversation, meetingMessage, type TeamsUser } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { answer, cardIn, invokeCardText, withMeetingServer } from "../../helpers/roll-call";

const showCard = (card: unknown, title: RegExp) => cardNodes(card).find((n) => n.type === "Action.ShowCard" && title.test(String(n.title)));

describe("roll call: the chair's card (choice of people, confirmed close, final counts) and who may start it", () => {
  const chatId = "19:meeting_chaircard@thread.v2";
  const teamsMeetingId = "MCchaircard";
  const meetingId = "rc-chair-card";
  const bed = withMeetingServer(meetingId);
  const chat = meetingConversation(chatId);

  before(async () => {
    await answer(bed.server.stores, meetingId, "Elin Bergqvist", { answer: "attending" });
    await answer(bed.server.stores, meetingId, "Karin Sjöberg", { answer: "attending" });
  });

  const say = async (user: TeamsUser, text: string, locale?: string) => {
    const res = await sendActivity(bed.server.url, meetingMessage(user, chatId, teamsMeetingId, text, { serviceUrl: bed.connector.url, locale }));
    assert.equal(res.status, 200);
    return res.replies.map((r) => String(r.text ?? cardText(cardIn(r)))).join("\n");
  };
  const press = (user: TeamsUser, verb: string, data: Record<string, unknown>) =>
    sendActivity(bed.server.url, cardAction(user, chat, verb, data, { serviceUrl: bed.connector.url, teamsMeetingId }));
  const attendance = async (personId: string) => (await bed.server.stores.attendance.get(meetingId, personId))?.value;
  const rollCallRow = () => bed.server.stores.rollCalls.get(meetingId, "state");
  const postedCard = () => cardIn(bed.connector.updatesIn(chatId).at(-1) ?? bed.connector.sentTo(chatId).at(-1));

  describe("who may start it", () => {
    before(async () => {
      // Any meeting command of the chair binds the chat to the meeting; the others then get the roll call's own answer.
      assert.match(await say(users.chair(), "ångra"), /har inte startat/);
    });

    it("tells the secretary what a secretary can do instead, and starts nothing", async () => {
      const text = await say(users.secretary(), "närvaro");
      assert.match(text, /startas och avslutas av samordnaren eller mötets ordförande/);
      assert.match(text, /Som sekreterare kan du[\s\S]*markera personer[\s\S]*fliken Närvaro/);
      assert.equal(await rollCallRow(), undefined);
    });

    it("tells a member to check in with Jag är här, in English too", async () => {
      assert.match(await say(users.aleMember(), "närvaro"), /checkar du in med Jag är här/);
      assert.doesNotMatch(await say(users.aleMember(), "närvaro"), /sekreterare kan/);
      assert.match(await say(users.aleMember(), "roll call", "en-US"), /check in with I'm here/);
      assert.equal(await rollCallRow(), undefined);
    });
  });

  describe("marking from a choice of people", () => {
    before(async () => {
      await say(users.chair(), "närvaro");
    });

    it("offers the people in a choice, those expected first, and free text only for a guest", async () => {
      const form = showCard(postedCard(), /^Markera/);
      assert.ok(form, "Markera … form");
      const inputs = cardNodes(form).filter((n) => String(n.type).startsWith("Input."));
      assert.deepEqual(inputs.map((n) => `${n.type}:${n.id}`), ["Input.ChoiceSet:personId", "Input.Text:items"]);
      const choices = (inputs[0]!.choices as { title: string; value: string }[]);
      assert.deepEqual(choices.slice(0, 2).map((c) => c.title), ["Elin Bergqvist, Ale", "Karin Sjöberg, Kungälv"]);
      assert.ok(choices.some((c) => c.title === "Jonas Almgren, Alingsås"), "other members can be picked too");
      assert.equal(new Set(choices.map((c) => c.value)).size, choices.length, "each person once");
      const guest = showCard(postedCard(), /^Lägg till gäst/);
      assert.deepEqual(cardNodes(guest).filter((n) => n.type === "Input.Text").map((n) => n.id), ["guestName", "guestOrganisation", "guestItems"]);
    });

    it("marks the chosen person by id", async () => {
      const karin = demoMember("Karin Sjöberg").aadObjectId;
      const res = await press(users.chair(), "rollcall.mark", { meetingId, status: "present", personId: karin, items: "" });
      assert.match(invokeCardText(res.body), /Antecknat: Karin Sjöberg, Kungälv — närvarande/);
      assert.equal((await attendance(karin))?.status, "present");
    });

    it("refuses an empty or unknown choice clearly and changes nothing", async () => {
      const before = await bed.server.stores.attendance.list(meetingId);
      assert.match(invokeCardText((await press(users.chair(), "rollcall.mark", { meetingId, status: "present", personId: "" })).body), /Välj en person i listan/);
      assert.match(invokeCardText((await press(users.chair(), "rollcall.mark", { meetingId, status: "present", personId: "no-such-person" })).body), /finns inte längre i listan/);
      assert.equal((await bed.server.stores.attendance.list(meetingId)).length, before.length);
    });

    it("refuses a member's choice press like any mark by a member", async () => {
      const res = await press(users.aleMember(), "rollcall.mark", { meetingId, status: "present", personId: demoMember("Jonas Almgren").aadObjectId });
      assert.match(invokeCardText(res.body), /samordnaren eller mötets ordförande/);
      assert.equal(await attendance(demoMember("Jonas Almgren").aadObjectId), undefined);
    });
  });

  describe("closing", () => {
    it("asks first: Avsluta närvaron … opens a confirmation with Ja and Avbryt, nothing closes on the first press", async () => {
      const confirm = showCard(postedCard(), /^Avsluta närvaron/);
      assert.ok(confirm, "close is a ShowCard");
      assert.match(cardText(confirm), /Avsluta närvaron\? Det går inte att ångra\./);
      const buttons = cardNodes(confirm).filter((n) => n.type === "Action.Execute");
      assert.deepEqual(buttons.map((b) => [b.title, b.verb]), [["Ja, avsluta närvaron", "rollcall.close"], ["Avbryt", "rollcall.refresh"]]);
      assert.ok(!cardNodes(postedCard()).some((n) => n.type === "Action.Execute" && n.verb === "rollcall.close" && !cardNodes(confirm).includes(n)), "no one-click close");
    });

    it("Avbryt changes nothing and answers with the card", async () => {
      const before = (await rollCallRow())!.etag;
      const res = await press(users.chair(), "rollcall.refresh", { meetingId });
      assert.match(invokeCardText(res.body), /Avsluta närvaron/);
      assert.equal((await rollCallRow())!.etag, before);
    });

    it("Ja closes; the closed card shows final counts and nobody as awaited", async () => {
      const res = await press(users.chair(), "rollcall.close", { meetingId });
      assert.match(invokeCardText(res.body), /Närvaron är avslutad/);
      assert.equal((await rollCallRow())!.value.state, "closed");
      const closed = cardText(postedCard());
      assert.doesNotMatch(closed, /väntas|⏳/);
      assert.match(closed, /1 närvarande · \d+ ej närvarande/);
      assert.match(closed, /❌ Elin Bergqvist — ej närvarande/);
      assert.doesNotMatch(closed, /Jag är här|Markera/);
    });
  });
});
