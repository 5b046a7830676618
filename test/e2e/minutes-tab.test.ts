import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { cardAction, personalConversation } from "../helpers/activities";
import { sendActivity } from "../helpers/bot-client";
import { api } from "../helpers/api-client";
import { ensureTabBuilt, launchBrowser, openPage } from "../helpers/browser";
import { teamsUser, users } from "../helpers/demo-users";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestServer, type TestServer } from "../helpers/test-server";

const PAST = "demo-2025-03-12";
const INJECTED = [
  "Samtal i **mindre grupper**:",
  "- Läs [GR:s sida](https://www.goteborgsregionen.se)",
  "<script>window.__pwned = 1</script>",
  "[klicka här](javascript:window.__pwned=2)",
  "<img src=x onerror=\"window.__pwned=3\">Slut",
].join("\n");

/** Opens the tab as a demo user (dev mode) on a page of the tab. */
async function openAs(browser: Browser, server: TestServer, name: string, hash: string): Promise<Page> {
  const page = await openPage(browser, { width: 1100, height: 1400, devUser: teamsUser(name).aadObjectId });
  await page.goto(`${server.url}/tab/${hash}`);
  return page;
}

/** Nothing injected ran or became live: no javascript: links, no script with the payload, no event handlers. */
async function assertNoInjection(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    javascriptLinks: document.querySelectorAll("a[href^='javascript' i]").length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes("__pwned")).length,
    handlers: document.querySelectorAll("[onerror], [onclick], [onload]").length,
  }));
  assert.deepEqual(found, { pwned: undefined, javascriptLinks: 0, scripts: 0, handlers: 0 });
}

describe("minutes in the tab (Chromium)", function () {
  this.timeout(60_000);
  let server: TestServer;
  let connector: FakeConnector;
  let browser: Browser;

  before(async () => {
    ensureTabBuilt();
    browser = await launchBrowser();
    server = await startTestServer();
    connector = new FakeConnector();
    await connector.start();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await connector?.stop();
  });

  it("lets the secretary write notes that autosave, with a safe preview where injected code is inert", async () => {
    const page = await openAs(browser, server, "Emma Strand", `#/meetings/${PAST}/minutes`);
    await page.getByRole("button", { name: "3. Dialog i mindre grupper" }).click();
    await page.getByLabel("Anteckningar för punkt 3").fill(INJECTED);
    await page.getByRole("status", { name: "status 3" }).filter({ hasText: /^Sparat \d{2}:\d{2}$/ }).waitFor();
    const preview = page.getByTestId("preview-3");
    assert.equal(await preview.locator("strong").textContent(), "mindre grupper");
    assert.equal(await preview.getByRole("link", { name: "GR:s sida" }).getAttribute("href"), "https://www.goteborgsregionen.se");
    assert.equal(await preview.getByRole("link", { name: "klicka här" }).count(), 0);
    await assertNoInjection(page);
    const stored = (await server.stores.agenda.get(PAST, "0003"))!.value.notes!;
    assert.ok(stored.startsWith("Samtal i **mindre grupper**:"), stored);
    assert.ok(!/script|javascript|onerror/.test(stored), stored);
    await page.close();
  });

  it("formats with the toolbar and shows both versions on a concurrent save, letting the user keep theirs", async () => {
    const page = await openAs(browser, server, "Emma Strand", `#/meetings/${PAST}/minutes`);
    await page.getByRole("button", { name: "2. Omvärldsbevakning" }).click();
    const notes = page.getByLabel("Anteckningar för punkt 2");
    await notes.fill("viktigt");
    await notes.selectText();
    await page.getByRole("toolbar", { name: "Formatering 2" }).getByRole("button", { name: "Fetstil" }).click();
    assert.equal(await notes.inputValue(), "**viktigt**");
    await page.getByRole("status", { name: "status 2" }).filter({ hasText: /^Sparat \d{2}:\d{2}$/ }).waitFor();
    const other = await api(server.url, `/meetings/${PAST}/minutes`, { user: users.coordinator().aadObjectId });
    const etag = other.body.items[1].etag;
    assert.equal((await api(server.url, `/meetings/${PAST}/minutes/items/2`, { user: users.coordinator().aadObjectId, method: "PUT", body: { notes: "Samordnarens text" }, headers: { "If-Match": etag } })).status, 200);
    await notes.fill("**viktigt** och sekreterarens tillägg");
    const conflict = page.getByRole("group", { name: /Någon annan sparade punkten samtidigt/ });
    await conflict.waitFor();
    assert.ok((await conflict.textContent())!.includes("Samordnarens text"));
    await conflict.getByRole("button", { name: "Spara min version" }).click();
    await page.getByRole("status", { name: "status 2" }).filter({ hasText: /^Sparat \d{2}:\d{2}$/ }).waitFor();
    assert.equal((await server.stores.agenda.get(PAST, "0002"))!.value.notes, "**viktigt** och sekreterarens tillägg");
    await page.close();
  });

  it("keeps Fetstil and Punktlista on for what is typed right after clicking them", async () => {
    const page = await openAs(browser, server, "Emma Strand", `#/meetings/${PAST}/minutes`);
    await page.getByRole("button", { name: "4. Kommun i fokus: Härryda" }).click();
    const notes = page.getByLabel("Anteckningar för punkt 4");
    const toolbar = page.getByRole("toolbar", { name: "Formatering 4" });
    // As a person would, write once the item has opened: the panel's opening animation must be over.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
    await notes.fill("Härryda berättade om ");
    await toolbar.getByRole("button", { name: "Fetstil" }).click();
    await page.keyboard.type("ensamkommande");
    await toolbar.getByRole("button", { name: "Fetstil" }).click();
    await page.keyboard.type(" och boende.");
    await page.keyboard.press("Enter");
    await toolbar.getByRole("button", { name: "Punktlista" }).click();
    await page.keyboard.type("Boende i egen regi");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Nytt avtal");
    assert.equal(await notes.inputValue(), "Härryda berättade om **ensamkommande** och boende.\n- Boende i egen regi\n- Nytt avtal");
    const preview = page.getByTestId("preview-4");
    assert.equal(await preview.locator("strong").textContent(), "ensamkommande");
    assert.deepEqual(await preview.locator("li").allTextContents(), ["Boende i egen regi", "Nytt avtal"]);
    await page.getByRole("status", { name: "status 4" }).filter({ hasText: /^Sparat \d{2}:\d{2}$/ }).waitFor();
    await page.close();
  });

  it("lets the coordinator name an approver, who approves on the card, which publishes the minutes", async () => {
    const page = await openAs(browser, server, "Johan Berg", `#/meetings/${PAST}/minutes`);
    const panel = page.getByRole("region", { name: "Justering" });
    await panel.getByRole("checkbox", { name: "Elin Bergqvist" }).check();
    await panel.getByRole("button", { name: "Spara justerare" }).click();
    await panel.getByText("Elin Bergqvist väntar").waitFor();
    const elin = users.aleMember();
    const res = await sendActivity(server.url, cardAction(elin, personalConversation(elin), "minutes.approve", { meetingId: PAST }, { serviceUrl: connector.url }));
    assert.equal(res.status, 200);
    await page.reload();
    await page.getByTestId("minutes-status").filter({ hasText: "Publicerad" }).waitFor();
    await page.close();
  });

  it("shows a member the published minutes, read-only, with formatting and no live injected code", async () => {
    const page = await openAs(browser, server, "Ida Holm", `#/meetings/${PAST}/minutes`);
    await page.getByTestId("minutes-status").filter({ hasText: "Publicerad" }).waitFor();
    const minutes = page.getByTestId("minutes-document");
    await minutes.getByRole("heading", { name: "3. Dialog i mindre grupper" }).waitFor();
    assert.equal(await minutes.locator("strong", { hasText: "mindre grupper" }).count(), 1);
    assert.equal(await minutes.getByRole("link", { name: "GR:s sida" }).getAttribute("href"), "https://www.goteborgsregionen.se");
    assert.ok((await minutes.textContent())!.includes("klicka här"));
    assert.ok((await minutes.textContent())!.includes("Antecknat av Emma Strand"));
    assert.equal(await page.getByRole("textbox").count(), 0);
    await assertNoInjection(page);
    await page.close();
  });

  it("finds the published notes from the search page and lists the meeting in the archive by year", async () => {
    const page = await openAs(browser, server, "Ida Holm", "#/search");
    await page.getByLabel("Sökord").fill("mindre grupp");
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    const results = page.getByTestId("search-results");
    await results.waitFor();
    assert.ok((await results.textContent())!.includes("Anteckningar, punkt 3"));
    await page.getByRole("region", { name: "2025" }).getByRole("link", { name: /Nätverksmöte mottagande och integration/ }).first().waitFor();
    await page.close();
  });
});
