import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { PAST_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID } from "../../bot/src/demo/demo-network";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

const FUTURE = "search-future";

describe("tab: search page", () => {
  const suite = browserSuite();

  before(async () => {
    const start = Date.now() + 12 * 86_400_000;
    await suite.server.stores.meetings.create({
      id: FUTURE, networkId: DEMO_NETWORK_ID, title: "Kommande möte om Länsstyrelsens uppdrag", startUtc: new Date(start).toISOString(), endUtc: new Date(start + 7_200_000).toISOString(),
      form: "digital", place: "Digitalt via Teams", status: "invited", rollCall: "not-started", sequence: 1,
    });
  });

  const searchFor = async (page: Page, words: string) => {
    await page.getByLabel("Sökord").fill(words);
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    // The results of this query, not those of the one before.
    await page.locator(`[data-testid="search-results-section"][data-query="${words}"]`).waitFor();
  };

  it("finds Länsstyrelsen from 'lansstyrelsen', highlights the matched words, and searches agenda descriptions", async () => {
    const page = await suite.open({ devUser: users.secretary().aadObjectId, width: 1280 });
    await page.goto(`${suite.server.url}/tab/#/search`);
    await searchFor(page, "lansstyrelsen");
    const marks = await page.getByTestId("search-results").locator("mark").allInnerTexts();
    assert.ok(marks.length > 0 && marks.every((m) => /^länsstyrelsen$/i.test(m)), marks.join(", "));
    assert.match(await page.getByRole("heading", { name: /Träffar: \d+ träff/ }).innerText(), /Träffar/);
    await searchFor(page, "verksamheter");
    const first = page.getByTestId("search-results").locator("li").first();
    assert.match(await first.innerText(), /Dagordning, punkt 3/);
    assert.deepEqual(await first.locator("mark").allInnerTexts(), ["verksamheter"]);
    assert.equal(await first.getByRole("link").getAttribute("href"), `#/meetings/${PAST_MEETING_ID}/minutes`);
    await screenshot(page, "search-1280");
  });

  it("puts exact matches before folded ones", async () => {
    const page = await suite.open({ devUser: users.secretary().aadObjectId });
    await page.goto(`${suite.server.url}/tab/#/search`);
    await searchFor(page, "har");
    const kinds = await page.getByTestId("search-results").locator("li").evaluateAll((items) => items.map((i) => i.getAttribute("data-match")));
    assert.ok(kinds.includes("exact") && kinds.includes("folded"), kinds.join());
    assert.deepEqual(kinds, [...kinds].sort());
  });

  it("lists only meetings that have happened in the archive", async () => {
    const page = await suite.open({ devUser: users.coordinator().aadObjectId });
    await page.goto(`${suite.server.url}/tab/#/search`);
    await page.locator(`[data-archive-meeting="${PAST_MEETING_ID}"]`).waitFor();
    assert.equal(await page.locator(`[data-archive-meeting="${FUTURE}"]`).count(), 0);
    assert.equal(await page.locator("[data-archive-meeting]").count(), 1);
  });

  for (const theme of ["default", "dark", "contrast"]) {
    it(`has no serious accessibility problems with results, links and highlights (${theme}, 320 px)`, async () => {
      const page = await suite.open({ devUser: users.secretary().aadObjectId, width: 320 });
      await page.goto(`${suite.server.url}/tab/?theme=${theme}#/search`);
      await searchFor(page, "läns aberg");
      assert.deepEqual(await seriousA11yViolations(page), []);
      assert.equal(await scrollsSideways(page), false);
      await screenshot(page, `search-320-${theme}`);
    });
  }
});
