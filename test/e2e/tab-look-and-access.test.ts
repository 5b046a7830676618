import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { PAST_MEETING_ID, UPCOMING_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";
import type { TestServer } from "../helpers/test-server";

// colorNeutralBackground3 (the page canvas) of teamsLightTheme, teamsDarkTheme and teamsHighContrastTheme.
const CANVAS = { light: "rgb(245, 245, 245)", dark: "rgb(31, 31, 31)", contrast: "rgb(0, 0, 0)" };

const canvasOf = (page: Page) => page.locator(".fui-FluentProvider").first().evaluate((e) => getComputedStyle(e).backgroundColor);

describe("tab look and accessibility (dev mode)", () => {
  const suite = browserSuite();
  const open = suite.open;
  let server: TestServer;
  /** The main pages as a coordinator sees them (edit buttons included). */
  const mainPages = [
    { name: "meetings", hash: "#/", ready: (p: Page) => p.locator("[data-meeting-id]").first().waitFor() },
    { name: "meeting-agenda", hash: `#/meetings/${PAST_MEETING_ID}`, ready: (p: Page) => p.locator("[data-agenda-item]").first().waitFor() },
    { name: "meeting-minutes", hash: `#/meetings/${PAST_MEETING_ID}/minutes`, ready: (p: Page) => p.getByTestId("minutes-page").waitFor() },
  ];

  before(() => {
    server = suite.server;
  });

  it("uses the Teams light theme by default, dark with ?theme=dark and high contrast with ?theme=contrast", async function () {
    this.timeout(60_000);
    for (const [query, canvas] of [["", CANVAS.light], ["?theme=dark", CANVAS.dark], ["?theme=contrast", CANVAS.contrast]] as const) {
      const page = await open({ devUser: users.coordinator().aadObjectId });
      await page.goto(`${server.url}/tab/${query}#/meetings/${UPCOMING_MEETING_ID}`);
      await page.locator("[data-agenda-item]").first().waitFor();
      assert.equal(await canvasOf(page), canvas, query);
      if (query) await screenshot(page, `meeting-agenda-${query.slice(7)}`);
    }
  });

  it("is usable in a 320 px side panel: no sideways scrolling on the picker, meetings, meeting page and agenda editor", async function () {
    this.timeout(60_000);
    const picker = await open({ width: 320, height: 640 });
    await picker.goto(`${server.url}/tab/`);
    await picker.getByRole("button", { name: /Johan Berg/ }).waitFor();
    assert.equal(await scrollsSideways(picker), false, "picker");
    const page = await open({ width: 320, height: 640, devUser: users.coordinator().aadObjectId });
    for (const { name, hash, ready } of mainPages) {
      await page.goto(`${server.url}/tab/${hash}`);
      await ready(page);
      assert.equal(await scrollsSideways(page), false, name);
      await screenshot(page, `side-panel-${name}`);
    }
    await page.goto(`${server.url}/tab/#/meetings/${PAST_MEETING_ID}`);
    await page.getByRole("button", { name: "Redigera dagordningen" }).click();
    await page.locator('[data-edit-item="2"]').getByRole("button", { name: "Lägg till länk" }).click();
    assert.equal(await scrollsSideways(page), false, "agenda editor");
    assert.ok(await page.getByRole("button", { name: "Spara dagordningen" }).isVisible(), "the save bar stays in view");
    await screenshot(page, "side-panel-agenda-editor");
  });

  for (const theme of ["light", "dark"] as const) {
    it(`has no serious or critical accessibility violations on the main pages (${theme})`, async function () {
      this.timeout(90_000); // axe on four pages: slow on a busy machine
      const query = theme === "dark" ? "?theme=dark" : "";
      const picker = await open();
      await picker.goto(`${server.url}/tab/${query}`);
      await picker.getByRole("button", { name: /Johan Berg/ }).waitFor();
      const found: string[] = (await seriousA11yViolations(picker)).map((v) => `picker: ${v}`);
      const page = await open({ devUser: users.coordinator().aadObjectId });
      for (const { name, hash, ready } of mainPages) {
        await page.goto(`${server.url}/tab/${query}${hash}`);
        await ready(page);
        found.push(...(await seriousA11yViolations(page)).map((v) => `${name}: ${v}`));
      }
      await page.goto(`${server.url}/tab/${query}#/meetings/${PAST_MEETING_ID}`);
      await page.getByRole("button", { name: "Redigera dagordningen" }).click();
      await page.getByRole("button", { name: "Spara dagordningen" }).waitFor();
      found.push(...(await seriousA11yViolations(page)).map((v) => `agenda editor: ${v}`));
      assert.deepEqual(found, []);
    });
  }
});
