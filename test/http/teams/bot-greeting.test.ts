import assert from "node:assert/strict";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { personalMessage } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("bot: greetings and the help card's wording", () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.stop();
  });

  const helpFor = async (text: string, locale?: string) => {
    const res = await sendActivity(server.url, personalMessage(users.aleMember(), text, { locale }));
    assert.equal(res.status, 200);
    return cardOf(res.replies[0]);
  };

  it("greets back on 'hej' by first name, without a red 'Jag förstod inte'", async () => {
    for (const text of ["hej", "Hej!", "hallå", "God morgon"]) {
      const card = cardText(await helpFor(text));
      assert.match(card, /^Nätverksmöten — hjälp\nHej Elin! Så här kan jag hjälpa till:/, text);
      assert.doesNotMatch(card, /förstod inte/, text);
    }
    assert.match(cardText(await helpFor("hello", "en-US")), /Hello Elin! This is how I can help:/);
  });

  it("still says what it did not understand for other text, in Swedish typographic quotes", async () => {
    const card = await helpFor("hej då, vad är klockan");
    assert.match(cardText(card), /Jag förstod inte ”hej då, vad är klockan”\./);
    assert.match(cardText(card), /rundan ”aktuellt läge”/);
    assert.doesNotMatch(cardText(card), /"/);
  });

  it("puts who and where in one parenthesis: '(samordnaren; i chatten med mig)', never ') ('", async () => {
    const card = cardText(await helpFor("hjälp"));
    assert.match(card, /skickar kallelsen till ett kommande möte \(samordnaren; i chatten med mig\)/);
    assert.match(card, /visar den här hjälpen \(var som helst\)/);
    assert.doesNotMatch(card, /\) \(/);
  });
});
