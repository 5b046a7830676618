import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { CardFactory, MessageFactory } from "botbuilder";
import type { Browser, Page } from "playwright-core";
import { botFeatures } from "../../bot/src/teams/features";
import type { BotFeature } from "../../bot/src/teams/bot-app";
import { card, text } from "../../bot/src/shared/card";
import { launchChromium } from "../helpers/chromium";
import { startTestServer, type TestServer } from "../helpers/test-server";

const root = join(__dirname, "..", "..");
const counterCard = (count: number, by?: string) =>
  card([text(by ? `Tryckt ${count} gånger, senast av ${by}` : "Inte tryckt än")], [{ type: "Action.Execute", title: "Tryck", verb: "test.press", data: { count } }]);

// A feature only for this test: a card with an Action.Execute button, and a proactive message via the
// stored conversation reference, so that the page's invoke and outbox paths are exercised for real.
const testFeature: BotFeature = (ctx) => {
  ctx.app.message(/^kort$/i, async (turn) => {
    await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(counterCard(0))));
  });
  ctx.app.adaptiveCards.actionExecute<{ count: number }>("test.press", async (turn, _state, data) => counterCard(data.count + 1, turn.activity.from.name));
  ctx.app.message(/^påminn mig$/i, async (turn) => {
    const userId = turn.activity.from.aadObjectId!;
    setTimeout(() => void ctx.notifier.sendToUser(userId, { type: "message", text: "Påminnelse: svara på kallelsen." }), 50);
    await turn.sendActivity("Jag påminner dig strax.");
  });
};

async function say(page: Page, text: string): Promise<void> {
  await page.fill("#text", text);
  await page.press("#text", "Enter");
}

describe("local chat page /dev/chat (headless Chromium)", function () {
  this.timeout(60_000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    execFileSync(process.execPath, [join(root, "scripts", "build-dev-chat.mjs")], { cwd: root, stdio: "pipe" });
    browser = await launchChromium();
    server = await startTestServer({ deps: { features: [...botFeatures, testFeature] } });
    page = await browser.newPage();
    await page.goto(`${server.url}/dev/chat`);
    await page.waitForSelector("#user option", { state: "attached" });
    await page.selectOption("#user", { label: "Elin Bergqvist, Ale (member)" });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("answers 'hjälp' from a chosen demo user with the help card, rendered as an Adaptive Card", async () => {
    await say(page, "hjälp");
    const card = page.locator(".entry.bot .ac-adaptiveCard").last();
    await card.waitFor();
    assert.match(await card.innerText(), /Nätverksmöten — hjälp/);
    assert.equal(await page.locator(".entry.user .who").last().innerText(), "Elin Bergqvist");
    const stored = await server.stores.conversations.get("user", "00000000-0000-4000-8000-000000000003");
    assert.equal(stored?.value.serviceUrl, `${server.url}/dev/chat/connector/`);
  });

  it("sends the Teams client's locale: en-US gets the English help", async () => {
    await page.selectOption("#locale", "en-US");
    await say(page, "help");
    await page.locator(".entry.bot", { hasText: "Network meetings — help" }).waitFor();
    await page.selectOption("#locale", "sv-SE");
  });

  it("talks in a simulated meeting chat with the bot @mentioned, keeping each chat's own log", async () => {
    await page.selectOption("#conversation", "meeting");
    assert.equal(await page.locator(".entry").count(), 0);
    await say(page, "hjälp");
    const card = page.locator(".entry.bot .ac-adaptiveCard").last();
    await card.waitFor();
    assert.doesNotMatch(await card.innerText(), /förstod inte/);
    const chat = await server.stores.conversations.get("chat", "19:meeting_MCMxOTptZWV0aW5nX2Rldi1tb3RlQHRocmVhZC52Mg==@thread.v2");
    assert.ok(chat, "the meeting chat's conversation reference is stored");
    await page.selectOption("#conversation", "personal");
    assert.ok((await page.locator(".entry").count()) >= 4);
  });

  it("presses an Action.Execute button: an adaptiveCard/action invoke, and the returned card replaces it in place", async () => {
    await say(page, "kort");
    const entry = page.locator(".entry.bot", { hasText: "Inte tryckt än" });
    await entry.waitFor();
    const entries = await page.locator(".entry").count();
    await entry.getByRole("button", { name: "Tryck" }).click();
    await page.locator(".entry.bot", { hasText: "Tryckt 1 gånger, senast av Elin Bergqvist" }).waitFor();
    await page.locator(".entry.bot", { hasText: "Tryckt 1 gånger" }).getByRole("button", { name: "Tryck" }).click();
    await page.locator(".entry.bot", { hasText: "Tryckt 2 gånger" }).waitFor();
    assert.equal(await page.locator(".entry").count(), entries, "updated in place, no new message");
  });

  it("shows the bot's proactive messages, which go to the page's connector", async () => {
    await say(page, "påminn mig");
    await page.locator(".entry.bot", { hasText: "Jag påminner dig strax." }).waitFor();
    await page.locator(".entry.bot", { hasText: "Påminnelse: svara på kallelsen." }).waitFor({ timeout: 5000 });
    await page.screenshot({ path: join(root, "test", "e2e", "screenshots", "dev-chat.png"), fullPage: true });
  });
});

describe("/dev/chat with BOT_ID set", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ env: { BOT_ID: "8c7b6a59-4d3e-4f21-8a0b-cc1122334455", BOT_PASSWORD: "not-used" }, seed: false })));
  after(() => server.stop());

  it("does not exist: the page and its connector answer 404", async () => {
    for (const path of ["/dev/chat", "/dev/chat/", "/dev/chat/main.js", "/dev/chat/connector/outbox"]) {
      assert.equal((await fetch(`${server.url}${path}`)).status, 404, path);
    }
    const post = await fetch(`${server.url}/dev/chat/connector/v3/conversations/a%3Ax/activities`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    assert.equal(post.status, 404);
  });
});
