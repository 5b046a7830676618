import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../helpers/chromium";
import { Playground } from "../../helpers/playground";
import { startTestServer, type TestServer } from "../../helpers/test-server";

// What Microsoft's Adaptive Card renderer in the Playground's page shows, read from headless Chromium.
describe("the bot's messages as the Microsoft 365 Agents Playground renders them", function () {
  this.timeout(60_000);
  let server: TestServer;
  let pg: Playground;
  let browser: Browser;
  let page: Page;
  const lines = async () => (await page.locator("body").innerText()).split("\n").map((l) => l.trim()).filter(Boolean);

  before(async function () {
    this.timeout(90_000);
    server = await startTestServer();
    pg = await Playground.start(server.url);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(pg.url);
  });

  after(async () => {
    await browser?.close();
    await pg?.stop();
    await server?.stop();
  });

  it("shows every help line with its placeholders (nothing dropped as markup)", async () => {
    await pg.say(pg.config.personalChat.id, pg.user("Johan Berg"), "hjälp");
    await page.getByText("present Name [item N]").first().waitFor({ timeout: 10_000 });
    const shown = await lines();
    for (const line of ["present Name [item N]", "absent Name", "guest Name, Organisation [item N]"]) assert.ok(shown.includes(line), `"${line}" is shown`);
    assert.ok(!shown.includes("present [item N]"), "no placeholder is dropped");
  });

  it("shows the closed roll call's result one person a line", async () => {
    await page.getByText(pg.config.groupChat.name).first().click();
    const chat = pg.config.groupChat.id;
    await pg.say(chat, pg.user("Johan Berg"), "närvaro");
    await pg.say(chat, pg.user("Lena Forsberg"), "närvarande Elin Bergqvist");
    await pg.say(chat, pg.user("Lena Forsberg"), "närvarande Ida Holm pkt 4");
    await pg.say(chat, pg.user("Johan Berg"), "avsluta närvaro");
    await page.getByText("EJ NÄRVARANDE").first().waitFor({ timeout: 10_000 });
    const shown = await lines();
    const from = shown.lastIndexOf("NÄRVARANDE");
    assert.ok(from >= 0, `a line NÄRVARANDE: ${JSON.stringify(shown.slice(-40))}`);
    assert.deepEqual(shown.slice(from, from + 4), ["NÄRVARANDE", "Elin Bergqvist, Ale", "Ida Holm, Mölndal (pkt 4)", "EJ NÄRVARANDE"]);
  });
});
