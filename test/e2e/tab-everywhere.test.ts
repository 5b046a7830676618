import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { PAST_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID } from "../../bot/src/demo/demo-network";
import type { Meeting } from "../../bot/src/domain/meeting";
import { screenshot, scrollsSideways } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

const start = Date.now() + 15 * 86_400_000;
const sent: Meeting = {
  id: "everywhere-sent", networkId: DEMO_NETWORK_ID, title: "Nätverksmöte om praktikplatser", startUtc: new Date(start).toISOString(), endUtc: new Date(start + 7_200_000).toISOString(),
  form: "digital", place: "Digitalt via Teams", status: "invited", rollCall: "not-started", sequence: 1,
};

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");

describe("tab: narrow panel, confirmations, wrong addresses and lost connections", () => {
  const suite = browserSuite();
  const coordinator = users.coordinator().aadObjectId;

  before(async () => {
    await suite.server.stores.meetings.create(sent);
  });

  it("puts the coordinator's tools in one menu at 320 px and keeps the section tabs on one row", async () => {
    const page = await suite.open({ devUser: coordinator, width: 320, height: 700 });
    await page.goto(`${suite.server.url}/tab/#/meetings/${sent.id}`);
    await page.getByRole("button", { name: "Hantera mötet" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Ställ in mötet" }).count(), 0);
    await screenshot(page, "coordinator-320");
    const tabs = (await page.getByRole("tablist", { name: "Mötets delar" }).boundingBox())!;
    const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
    assert.ok(tabs.height < 60, `the tabs are one row (${tabs.height} px)`);
    assert.ok(tabs.y - title.y < 300, `the sections start close below the title (${tabs.y - title.y} px)`);
    assert.equal(await scrollsSideways(page), false);
    await page.getByRole("button", { name: "Hantera mötet" }).click();
    assert.deepEqual(await page.getByRole("menuitem").allInnerTexts(), ["Ändra mötet", "Skicka kallelse", "Ställ in mötet"]);
    await screenshot(page, "coordinator-320-menu");
    await page.getByRole("menuitem", { name: "Ställ in mötet" }).click();
    await page.getByRole("dialog", { name: "Ställa in mötet?" }).waitFor();
    assert.equal(await focusedText(page), "Behåll mötet");
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    assert.equal((await suite.server.stores.meetings.get(DEMO_NETWORK_ID, sent.id))?.value.status, "invited", "Enter right after opening keeps the meeting");
  });

  it("opens the cancel confirmation with the focus on Behåll mötet at full width too", async () => {
    const page = await suite.open({ devUser: coordinator, width: 1280 });
    await page.goto(`${suite.server.url}/tab/#/meetings/${sent.id}`);
    await page.getByRole("button", { name: "Ställ in mötet" }).click();
    await page.getByRole("dialog", { name: "Ställa in mötet?" }).waitFor();
    assert.equal(await focusedText(page), "Behåll mötet");
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });

  it("clears the previous meeting and says so when the address leads to no meeting", async () => {
    const page = await suite.open({ devUser: users.aleMember().aadObjectId });
    await page.goto(`${suite.server.url}/tab/#/meetings/${PAST_MEETING_ID}`);
    await page.locator("[data-agenda-item]").first().waitFor();
    await page.evaluate(() => { window.location.hash = "#/meetings/no-such-meeting"; });
    await page.getByRole("heading", { name: "Mötet hittades inte", level: 1 }).waitFor();
    assert.equal(await page.locator("[data-agenda-item]").count(), 0);
    assert.equal(await page.getByText("Nätverksmöte mottagande och integration").count(), 0);
    assert.ok(await page.getByRole("link", { name: "Alla möten" }).isVisible());
    await screenshot(page, "meeting-not-found");
  });

  for (const [lang, message] of [["", /Det gick inte att nå servern/], ["?lang=en", /The server could not be reached/]] as const) {
    it(`says in the user's language that the server cannot be reached when offline ${lang}`, async () => {
      const page = await suite.open({ devUser: users.aleMember().aadObjectId });
      await page.goto(`${suite.server.url}/tab/${lang}#/`);
      await page.locator(`[data-meeting-id="${PAST_MEETING_ID}"]`).waitFor();
      await page.context().setOffline(true);
      await page.evaluate((id) => { window.location.hash = `#/meetings/${id}`; }, PAST_MEETING_ID);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.match(await alert.innerText(), message);
      assert.doesNotMatch(await page.locator("body").innerText(), /Failed to fetch/);
      await page.evaluate(() => { window.location.hash = "#/search"; });
      await page.getByRole("alert").first().waitFor();
      assert.doesNotMatch(await page.locator("body").innerText(), /Failed to fetch/);
      await page.context().setOffline(false);
    });
  }
});
