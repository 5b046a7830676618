import assert from "node:assert/strict";
import { DEMO_TENANT_ID } from "../../../bot/src/demo/demo-network";
import { cardOf, cardTexts, executeAction, Playground, type PlaygroundMessage, type PlaygroundUser, type StreamEvent } from "../../helpers/playground";
import { startTestServer, type TestServer } from "../../helpers/test-server";

// The bot as Microsoft's local Teams client drives it: the real server in-process, the Playground as a child
// process with the checked-in .m365agentsplayground.yml, every step through the Playground's own API, every
// assertion on what the Playground received (the messages and cards its page renders).
describe("the bot in the Microsoft 365 Agents Playground", function () {
  this.timeout(60_000);
  let server: TestServer;
  let pg: Playground;
  let personal: string;
  let group: string;
  const bot = () => pg.config.bot.id;
  const newMessages = (events: StreamEvent[], chat: string) =>
    events.filter((e) => e.action === "createMessage" && e.actionConversationId === chat && e.message.from.id === bot()).map((e) => e.message);
  const textsOf = (message: PlaygroundMessage | undefined) => (cardOf(message) ? cardTexts(cardOf(message)).join("\n") : (message?.text ?? ""));
  const current = (messageId: string) => textsOf(pg.message(messageId));

  before(async function () {
    this.timeout(90_000);
    server = await startTestServer();
    pg = await Playground.start(server.url);
    personal = pg.config.personalChat.id;
    group = pg.config.groupChat.id;
    await pg.install(personal);
    await pg.install(group);
  });

  after(async () => {
    await pg?.stop();
    await server?.stop();
  });

  describe("in the 1:1 chat of the coordinator", () => {
    let invitationId = "";
    const johan = () => pg.user("Johan Berg");

    it("answers hjälp with the help card whose command lines all survive the renderer", async () => {
      const [help] = newMessages(await pg.say(personal, johan(), "hjälp"), personal);
      const facts = (cardOf(help)?.body as { type: string; facts?: { title: string }[] }[]).find((b) => b.type === "FactSet")?.facts ?? [];
      assert.ok(facts.length >= 10, "every command is listed");
      // Microsoft's renderer drops <…> as markup: a title like "present <name> [item N]" would show as "present [item N]".
      for (const fact of facts) assert.doesNotMatch(fact.title, /<[^>]*>/, `"${fact.title}" loses its placeholder in the Playground`);
      assert.ok(facts.some((f) => /^present Name \[item N\]$/.test(f.title)), facts.map((f) => f.title).join(" | "));
    });

    it("sends the invitation with `skicka kallelse`: the coordinator gets the invitation card and the report", async () => {
      const messages = newMessages(await pg.say(personal, johan(), "skicka kallelse"), personal);
      const invitation = messages.find((m) => /^(Invitation|Kallelse): /m.test(textsOf(m)));
      assert.ok(invitation, "an invitation card in the 1:1 chat");
      invitationId = invitation.messageId;
      assert.match(textsOf(invitation), /Nätverksmöte mottagande och integration/);
      assert.match(textsOf(invitation), /\[Attending\]/);
      assert.ok(messages.some((m) => /Invitation to "Nätverksmöte mottagande och integration": sent to \d+/.test(m.text ?? "")), JSON.stringify(messages.map((m) => m.text)));
    });

    it("answers, changes the answer and sends a substitute on the card, updated in place", async () => {
      await pg.press(personal, johan(), invitationId, ...Object.values(executeAction(cardOf(pg.message(invitationId)), "Attending")) as [string, Record<string, unknown>]);
      assert.match(current(invitationId), /Your answer: Attending/);
      assert.match(current(invitationId), /\[Change answer\]/);
      await pg.press(personal, johan(), invitationId, ...Object.values(executeAction(cardOf(pg.message(invitationId)), "Change answer")) as [string, Record<string, unknown>]);
      assert.match(current(invitationId), /\[Not attending\]/);
      const send = executeAction(cardOf(pg.message(invitationId)), "Send");
      await pg.press(personal, johan(), invitationId, send.verb, { ...send.data, substituteName: "Per Dahlgren", comment: "" });
      assert.match(current(invitationId), /Your answer: Sending a substitute/);
      assert.match(current(invitationId), /Substitute: Per Dahlgren/);
    });
  });

  describe("the language rule: a person's last seen Teams locale, else the network's language", () => {
    const johan = () => pg.user("Johan Berg");
    const invitationIn = (events: StreamEvent[]) => events.filter((e) => e.actionConversationId === personal && cardOf(e.message) && /^(Invitation|Kallelse): Nätverksmöte mottagande/m.test(textsOf(e.message))).at(-1);

    it("answers presses and sends proactive updates in the same language: English for the Playground's en-US client", async () => {
      const events = pg.events.length;
      // The Playground's own first activities (installation) carry no locale; its messages say en-US.
      const update = await api("PUT", { place: "Digitalt via Teams, länk i kallelsen" });
      assert.equal(update.status, 200);
      await pg.waitForEvent((e) => e.actionConversationId === personal && /has changed/.test(e.message.text ?? ""), events);
      await pg.settle();
      const card = invitationIn(pg.events.slice(events));
      assert.ok(card, "the invitation card is updated");
      assert.match(textsOf(card.message), /Your answer: Sending a substitute/);
    });

    it("follows a change of the client's locale alone, in replies and in later proactive messages", async () => {
      const [help] = newMessages(await pg.custom(activityFrom(johan(), "hjälp", "sv-SE")), personal);
      assert.match(textsOf(help), /Nätverksmöten — hjälp/);
      const events = pg.events.length;
      // Only the join link changes (the chat id stays in it): only that is announced, "Svara senast" keeps 17:00.
      const joinUrl = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(group)}/0?context=%7b%7d`;
      assert.equal((await api("PUT", { joinUrl })).status, 200);
      const notice = await pg.waitForEvent((e) => e.actionConversationId === personal && /har ändrats/.test(e.message.text ?? ""), events);
      assert.match(notice.message.text ?? "", /ny Teams-länk/);
      assert.doesNotMatch(notice.message.text ?? "", /sista svarsdag/);
      await pg.settle();
      const card = invitationIn(pg.events.slice(events));
      assert.ok(card, "the invitation card is updated");
      assert.match(textsOf(card.message), /Ditt svar: Skickar ersättare/);
      assert.match(textsOf(card.message), /Svara senast: .* kl\. 17:00/);
    });

    const api = async (method: string, body: unknown) => {
      const response = await fetch(`${server.url}/api/v1/meetings/demo-upcoming`, {
        method, headers: { "Content-Type": "application/json", "X-Dev-User": johan().aadObjectId }, body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.text() };
    };
    const activityFrom = (user: PlaygroundUser, text: string, locale: string) => ({
      type: "message", id: `custom-${Date.now()}`, channelId: "msteams", serviceUrl: `${pg.url.replace("127.0.0.1", "localhost")}/_connector`,
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId }, recipient: { id: pg.config.bot.id, name: pg.config.bot.name },
      conversation: { id: personal, conversationType: "personal", tenantId: DEMO_TENANT_ID }, channelData: { tenant: { id: DEMO_TENANT_ID } },
      text, textFormat: "plain", locale, timestamp: new Date().toISOString(),
      entities: [{ type: "clientInfo", locale, country: locale.slice(3), platform: "Web", timezone: "Europe/Stockholm" }],
    });
  });

  describe("in the meeting chat", () => {
    let rollCallId = "";
    let walkId = "";
    const say = (name: string, text: string) => pg.say(group, pg.user(name), text);
    const press = (name: string, messageId: string, title: string | RegExp, inputs: Record<string, unknown> = {}) => {
      const action = executeAction(cardOf(pg.message(messageId)), title);
      return pg.press(group, pg.user(name), messageId, action.verb, { ...action.data, ...inputs });
    };
    const replies = (events: StreamEvent[]) => newMessages(events, group).map((m) => textsOf(m)).join("\n");
    const updatesOf = (events: StreamEvent[], messageId: string) => events.filter((e) => e.action !== "createMessage" && e.message?.messageId === messageId);

    it("opens the roll call with `närvaro`: the card of the demo meeting found through its join link", async () => {
      const [card] = newMessages(await say("Johan Berg", "närvaro"), group);
      assert.ok(cardOf(card), "a roll-call card");
      rollCallId = card!.messageId;
      assert.match(current(rollCallId), /Närvaro — Nätverksmöte mottagande och integration/);
      assert.match(current(rollCallId), /\[Jag är här\]/);
    });

    it("marks someone present for item 4 and records a guest, then undoes the guest", async () => {
      assert.match(replies(await say("Lena Forsberg", "närvarande Ida Holm pkt 4")), /Ida Holm, Mölndal \(pkt 4\)/);
      assert.match(current(rollCallId), /Ida Holm.*pkt 4/);
      assert.match(replies(await say("Lena Forsberg", "gäst Alva Gästberg, Kungälv")), /Alva Gästberg/);
      assert.match(current(rollCallId), /Alva Gästberg/);
      assert.match(replies(await say("Lena Forsberg", "ångra")), /Alva Gästberg/);
      assert.doesNotMatch(current(rollCallId), /Alva Gästberg/);
    });

    it("starts the round-table walk with `runda`, and the walk card follows a check-in made afterwards", async () => {
      const [walk] = newMessages(await say("Lena Forsberg", "runda"), group);
      assert.ok(cardOf(walk), "a walk card");
      walkId = walk!.messageId;
      // Only Mölndal has anyone, and only for item 4: every organisation is skipped for the round table.
      assert.match(current(walkId), /Ale \(ingen närvarande\)/);
      const events = pg.events.length;
      await press("Elin Bergqvist", rollCallId, "Jag är här");
      assert.match(current(rollCallId), /Elin Bergqvist/);
      // The Playground shows the answer to Elin's press to everyone and never refreshes it per person: it must
      // be the shared card (Swedish, every control), as right for the chair as for Elin.
      assert.match(current(rollCallId), /Välkommen, Elin Bergqvist/);
      assert.match(current(rollCallId), /\[Avsluta närvaron …\]/);
      assert.ok(updatesOf(pg.events.slice(events), walkId).length > 0, "the walk card is updated after the check-in");
      assert.doesNotMatch(current(walkId), /Ale \(ingen närvarande\)/);
    });

    it("walks the round table: the chair goes on to Ale, Ale's member writes the text on the card, the chair moves on with Nästa", async () => {
      await press("Lena Forsberg", walkId, "Fortsätt");
      assert.match(current(walkId), /Nu: Ale/);
      await press("Elin Bergqvist", walkId, "Spara", { text: "Två nya familjer anvisade under våren." });
      assert.match(current(walkId), /Två nya familjer anvisade under våren/);
      await press("Lena Forsberg", walkId, "Nästa");
      assert.doesNotMatch(current(walkId), /Nu: Ale/);
    });

    it("closes the roll call from its card: the presser keeps the confirmation and everyone gets the result one person a line", async () => {
      const events = pg.events.length;
      // "Avsluta närvaron …" opens the confirmation; its "Ja, avsluta närvaron" closes.
      await press("Johan Berg", rollCallId, "Ja, avsluta närvaron");
      await pg.settle(500);
      // The presser's answer confirms it, and so does the shared card sent to the chat, whichever arrives last.
      assert.match(current(rollCallId), /Närvaron är avslutad. Resultatet står i chatten/);
      const shared = updatesOf(pg.events.slice(events), rollCallId).at(-1);
      assert.ok(shared, "the shared card is updated");
      assert.match(textsOf(shared.message), /Närvaron är avslutad. Resultatet står i chatten/);
      const result = newMessages(pg.events.slice(events), group).find((m) => /NÄRVARANDE/.test(textsOf(m)));
      assert.ok(result, "the result is posted in the chat");
      const lines = cardOf(result) ? cardTexts(cardOf(result)) : (result.text ?? "").split(/\n\n|<br\s*\/?>/);
      assert.ok(lines.some((l) => /^Elin Bergqvist, Ale$/.test(l.trim())), `Elin on her own line: ${JSON.stringify(lines)}`);
      assert.ok(lines.some((l) => /^Ida Holm, Mölndal \(pkt 4\)$/.test(l.trim())), `Ida on her own line: ${JSON.stringify(lines)}`);
    });
  });
});
