import assert from "node:assert/strict";
import { demoMember, DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { cardText, sendActivity } from "../../helpers/bot-client";
import { cardAction, meetingConversation, meetingMessage, type TeamsUser } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { answer, cardIn, invokeCardText, withMeetingServer } from "../../helpers/roll-call";

describe("roll call in the meeting chat", () => {
  const chatId = "19:meeting_rollcall@thread.v2";
  const teamsMeetingId = "MCrollcall";
  const meetingId = "rc-chat";
  const bed = withMeetingServer(meetingId);
  const chat = meetingConversation(chatId);

  before(async () => {
    await answer(bed.server.stores, meetingId, "Elin Bergqvist", { answer: "attending" });
    await answer(bed.server.stores, meetingId, "Ida Holm", { answer: "substitute", substituteName: "Vera Vikarie", substituteOrganisationId: "molndal" });
    await answer(bed.server.stores, meetingId, "Jonas Almgren", { answer: "declined" });
  });

  const say = (user: TeamsUser, text: string, locale?: string) =>
    sendActivity(bed.server.url, meetingMessage(user, chatId, teamsMeetingId, text, { serviceUrl: bed.connector.url, locale }));
  const reply = async (user: TeamsUser, text: string, locale?: string) => {
    const res = await say(user, text, locale);
    assert.equal(res.status, 200);
    return res.replies.map((r) => String(r.text ?? cardText(cardIn(r)))).join("\n");
  };
  const press = (user: TeamsUser, verb: string, data: Record<string, unknown>, locale?: string) =>
    sendActivity(bed.server.url, cardAction(user, chat, verb, data, { serviceUrl: bed.connector.url, teamsMeetingId, locale }));
  const attendance = async (personId: string) => (await bed.server.stores.attendance.get(meetingId, personId))?.value;
  const meeting = async () => (await bed.server.stores.meetings.get(DEMO_NETWORK_ID, meetingId))!.value;
  const lastCard = () => cardIn(bed.connector.updatesIn(chatId).at(-1) ?? bed.connector.sentTo(chatId).at(-1));

  describe("starting", () => {
    it("refuses a member who is not chair or coordinator, politely, and starts nothing", async () => {
      assert.match(await reply(users.aleMember(), "närvaro"), /samordnaren eller mötets ordförande/);
      assert.equal((await meeting()).rollCall, "not-started");
    });

    it("refuses someone outside the network politely", async () => {
      assert.match(await reply(users.stranger(), "närvaro"), /inte registrerad som medlem/);
    });

    it("opens the roll call when the chair writes 'närvaro' and posts a card with organisations and expected people", async () => {
      await say(users.chair(), "närvaro");
      const posted = bed.connector.sentTo(chatId).at(-1);
      const card = cardIn(posted);
      assert.equal(card?.version, "1.5");
      // The board is the card's body; the chair's choice of people (in the actions) lists every member.
      const text = cardText(card?.body);
      assert.match(text, /Närvaro — Nätverksmöte rc-chat/);
      assert.match(text, /Ale[\s\S]*Elin Bergqvist — väntas/);
      assert.match(text, /Mölndal[\s\S]*Vera Vikarie — väntas, ersättare för Ida Holm/);
      assert.doesNotMatch(text, /Jonas Almgren/);
      assert.ok(text.indexOf("Ale") < text.indexOf("Mölndal"), "round-table order");
      const refresh = (card as { refresh: { action: { verb: string; data: { meetingId: string } }; userIds: unknown[] } }).refresh;
      assert.equal(refresh.action.verb, "rollcall.refresh");
      assert.deepEqual(refresh.userIds, []);
      assert.equal((await meeting()).rollCall, "open");
      const row = (await bed.server.stores.rollCalls.get(meetingId, "state"))!.value;
      assert.equal(row.state, "open");
      assert.equal(row.conversationId, chatId);
      assert.ok(row.cardActivityId);
      assert.equal(row.openedBy, users.chair().aadObjectId);
    });
  });

  describe("checking in from the card", () => {
    it("records 'Jag är här' by the presser's Entra id, answers with the current card and updates the posted card", async () => {
      const before = bed.connector.updatesIn(chatId).length;
      const res = await press(users.aleMember(), "rollcall.checkin", { meetingId });
      assert.equal(res.status, 200);
      assert.equal((res.body as { type: string }).type, "application/vnd.microsoft.card.adaptive");
      assert.match(invokeCardText(res.body), /Du är incheckad/);
      assert.match(invokeCardText(res.body), /✅ Elin Bergqvist/);
      const record = await attendance(users.aleMember().aadObjectId);
      assert.equal(record?.status, "present");
      assert.equal(record?.source, "self");
      assert.ok(bed.connector.updatesIn(chatId).length > before);
      const update = bed.connector.updatesIn(chatId).at(-1)!;
      assert.equal(update.activityId, (await bed.server.stores.rollCalls.get(meetingId, "state"))!.value.cardActivityId);
      assert.match(cardText(cardIn(update)), /✅ Elin Bergqvist/);
    });

    it("counts checking in twice as one check-in", async () => {
      const first = await attendance(users.aleMember().aadObjectId);
      const res = await press(users.aleMember(), "rollcall.checkin", { meetingId });
      assert.match(invokeCardText(res.body), /redan incheckad/);
      assert.equal((await attendance(users.aleMember().aadObjectId))?.at, first?.at);
    });

    it("ignores a person named in tampered card data: identity comes only from the sender", async () => {
      const victim = users.molndalMember();
      const res = await press(users.secretary(), "rollcall.checkin", { meetingId, personId: victim.aadObjectId, aadObjectId: victim.aadObjectId, userId: victim.aadObjectId });
      assert.equal(res.status, 200);
      assert.equal(await attendance(victim.aadObjectId), undefined);
      assert.equal((await attendance(users.secretary().aadObjectId))?.status, "present");
    });

    it("refuses a check-in by someone outside the network politely and records nothing", async () => {
      const res = await press(users.stranger(), "rollcall.checkin", { meetingId });
      assert.equal(res.status, 200);
      assert.match(invokeCardText(res.body), /inte registrerad som medlem[\s\S]*lägga till dig som gäst/);
      assert.equal(await attendance(users.stranger().aadObjectId), undefined);
    });

    it("refuses actions on a card from another meeting and changes nothing", async () => {
      const res = await press(users.molndalMember(), "rollcall.checkin", { meetingId: "demo-upcoming" });
      assert.match(invokeCardText(res.body), /annat möte/);
      assert.equal(await attendance(users.molndalMember().aadObjectId), undefined);
      const none = await press(users.molndalMember(), "rollcall.checkin", {});
      assert.match(invokeCardText(none.body), /annat möte/);
    });

    it("answers a refresh with the viewer's card: members see 'Jag är här' only, the chair also the controls", async () => {
      const member = await press(users.molndalMember(), "rollcall.refresh", { meetingId }, "en-US");
      const memberCard = invokeCardText(member.body);
      assert.match(memberCard, /I'm here/);
      assert.doesNotMatch(memberCard, /Close roll call/);
      const chair = invokeCardText((await press(users.chair(), "rollcall.refresh", { meetingId })).body);
      assert.match(chair, /Jag är här[\s\S]*Markera[\s\S]*Lägg till gäst[\s\S]*Ångra[\s\S]*Avsluta närvaron/);
    });
  });

  describe("the chair marks people", () => {
    it("marks a member present for one item from the card and shows '(pkt 4)'", async () => {
      const res = await press(users.chair(), "rollcall.mark", { meetingId, status: "present", name: "Sara Wikström", items: "4" });
      assert.match(invokeCardText(res.body), /Antecknat: Sara Wikström, Härryda \(pkt 4\)/);
      const record = await attendance(demoMember("Sara Wikström").aadObjectId);
      assert.deepEqual(record?.items, [4]);
      assert.equal(record?.source, "chair");
      assert.match(cardText(lastCard()), /Sara Wikström \(pkt 4\)/);
    });

    it("refuses an item the agenda does not have, clearly, and changes nothing", async () => {
      const res = await press(users.chair(), "rollcall.mark", { meetingId, status: "present", name: "Karin Sjöberg", items: "9" });
      assert.match(invokeCardText(res.body), /Dagordningen har ingen punkt 9/);
      assert.equal(await attendance(demoMember("Karin Sjöberg").aadObjectId), undefined);
      assert.match(await reply(users.chair(), "närvarande Karin Sjöberg pkt 2, 12"), /ingen punkt 12/);
      assert.match(await reply(users.chair(), "närvarande Karin Sjöberg pkt fyra"), /Förstår inte punkterna/);
      assert.equal(await attendance(demoMember("Karin Sjöberg").aadObjectId), undefined);
    });

    it("refuses marking by a member who is not chair, secretary or coordinator", async () => {
      const res = await press(users.molndalMember(), "rollcall.mark", { meetingId, status: "present", name: "Karin Sjöberg" });
      assert.match(invokeCardText(res.body), /samordnaren eller mötets ordförande/);
      assert.match(await reply(users.molndalMember(), "närvarande Karin Sjöberg"), /samordnaren eller mötets ordförande/);
      assert.equal(await attendance(demoMember("Karin Sjöberg").aadObjectId), undefined);
    });

    it("marks the substitute from the RSVP present by name; the member is then not absent", async () => {
      assert.match(await reply(users.secretary(), "närvarande Vera Vikarie"), /Antecknat: Vera Vikarie, Mölndal — närvarande/);
      const record = await attendance(`substitute:${demoMember("Ida Holm").aadObjectId}`);
      assert.equal(record?.substituteFor, demoMember("Ida Holm").aadObjectId);
      const lists = (await (await fetch(`${bed.server.url}/api/v1/meetings/${meetingId}/attendance`, { headers: { "X-Dev-User": users.chair().aadObjectId } })).json()) as { lists: { absent: { text: string }[] } };
      assert.ok(!lists.lists.absent.some((l) => l.text.startsWith("Ida Holm")));
    });

    it("marks someone absent by a command with part of the name", async () => {
      assert.match(await reply(users.chair(), "frånvarande Karin"), /Karin Sjöberg, Kungälv — frånvarande/);
      assert.equal((await attendance(demoMember("Karin Sjöberg").aadObjectId))?.status, "absent");
    });

    it("understands the English commands and answers in English", async () => {
      assert.match(await reply(users.chair(), "absent Oskar Lindqvist", "en-US"), /Recorded: Oskar Lindqvist, Göteborgs Stad — absent\./);
      assert.match(await reply(users.chair(), "present Nobody Here", "en-US"), /Nobody called "Nobody Here"/);
    });

    it("answers an unknown or ambiguous name with a clear message", async () => {
      assert.match(await reply(users.chair(), "närvarande Okänd Person"), /Hittar ingen som heter ”Okänd Person”[\s\S]*gäst <namn>, <organisation>/);
      assert.match(await reply(users.chair(), "närvarande Lind"), /Flera passar: .*Lindqvist/);
    });

    it("adds a guest by name and free-text organisation, with items", async () => {
      assert.match(await reply(users.chair(), "gäst Kim Utomstående, Röda Korset pkt 3"), /Kim Utomstående, Röda Korset \(pkt 3\) — närvarande \(gäst\)/);
      const rows = (await bed.server.stores.attendance.list(meetingId)).map((r) => r.value).filter((r) => r.guest && r.name === "Kim Utomstående");
      assert.equal(rows.length, 1);
      assert.deepEqual(rows[0]!.items, [3]);
      assert.match(cardText(lastCard()), /Röda Korset[\s\S]*Kim Utomstående \(pkt 3\) — gäst/);
      assert.match(await reply(users.chair(), "gäst Kim Utomstående"), /gäst <namn>, <organisation>/);
    });

    it("adds a guest from the card; the guest's organisation is matched to the network's when it is one", async () => {
      const res = await press(users.chair(), "rollcall.guest", { meetingId, guestName: "Alva Presentatör", guestOrganisation: "härryda", guestItems: "4" });
      assert.match(invokeCardText(res.body), /Alva Presentatör, Härryda \(pkt 4\)/);
      const empty = await press(users.chair(), "rollcall.guest", { meetingId, guestName: "  ", guestOrganisation: "X" });
      assert.match(invokeCardText(empty.body), /Skriv gästens namn/);
    });

    it("undoes the chair's own latest change, and says when there is nothing left", async () => {
      await reply(users.chair(), "närvarande Maja Ekström");
      assert.equal((await attendance(demoMember("Maja Ekström").aadObjectId))?.status, "present");
      assert.match(await reply(users.chair(), "ångra"), /Ångrat: Maja Ekström är borttagen från listan/);
      assert.equal(await attendance(demoMember("Maja Ekström").aadObjectId), undefined);
      assert.match(await reply(users.coordinator(), "ångra"), /inget att ångra/);
      const res = await press(users.chair(), "rollcall.undo", { meetingId });
      assert.match(invokeCardText(res.body), /Ångrat: Alva Presentatör/);
    });

    it("does not undo over a later change by someone else", async () => {
      await reply(users.chair(), "frånvarande Yusuf Karimi");
      await press(teamsUserOf("Yusuf Karimi"), "rollcall.checkin", { meetingId });
      assert.match(await reply(users.chair(), "ångra"), /har ändrats sedan dess/);
      assert.equal((await attendance(demoMember("Yusuf Karimi").aadObjectId))?.status, "present");
    });
  });

  describe("closing", () => {
    it("refuses closing by the secretary (the chair or coordinator closes)", async () => {
      assert.match(await reply(users.secretary(), "avsluta närvaro"), /samordnaren eller mötets ordförande/);
      assert.equal((await meeting()).rollCall, "open");
    });

    it("closes on 'avsluta närvaro': posts the result in the house format and marks the meeting's roll call closed", async () => {
      const text = await reply(users.chair(), "avsluta närvaro");
      assert.match(text, /NÄRVARANDE\nElin Bergqvist, Ale\n/);
      assert.match(text, /Sara Wikström, Härryda \(pkt 4\)/);
      assert.match(text, /Vera Vikarie, Mölndal/);
      assert.match(text, /EJ NÄRVARANDE\n[\s\S]*Karin Sjöberg, Kungälv/);
      assert.doesNotMatch(text.slice(text.indexOf("EJ NÄRVARANDE")), /Kim Utomstående|Ida Holm/);
      assert.match(text, /Organisationer utan närvarande: .*Kungsbacka/);
      assert.equal((await meeting()).rollCall, "closed");
      assert.match(cardText(lastCard()), /Närvaron är avslutad/);
      assert.doesNotMatch(cardText(lastCard()), /Jag är här/);
    });

    it("answers closing twice with a clear message and changes nothing", async () => {
      const before = (await bed.server.stores.rollCalls.get(meetingId, "state"))!;
      assert.match(await reply(users.chair(), "avsluta närvaro"), /redan avslutad/);
      const res = await press(users.chair(), "rollcall.close", { meetingId });
      assert.match(invokeCardText(res.body), /redan avslutad/);
      assert.equal((await bed.server.stores.rollCalls.get(meetingId, "state"))!.etag, before.etag);
    });

    it("refuses a check-in after close with a message", async () => {
      const res = await press(users.molndalMember(), "rollcall.checkin", { meetingId });
      assert.match(invokeCardText(res.body), /Närvaron är redan avslutad/);
      assert.equal(await attendance(users.molndalMember().aadObjectId), undefined);
      assert.match(await reply(users.chair(), "närvarande Ida Holm"), /Närvaron är avslutad[\s\S]*fliken/);
      assert.match(await reply(users.chair(), "närvaro"), /kan inte öppnas igen/);
    });
  });
});

function teamsUserOf(name: string): TeamsUser {
  return { aadObjectId: demoMember(name).aadObjectId, name };
}
