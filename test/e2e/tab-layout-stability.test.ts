import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { UPCOMING_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { DEMO_TENANT_ID } from "../../bot/src/demo/demo-network";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

/**
 * Records, from the first frame on, where each element matching `selector` was when it first appeared, so that
 * a test can compare it with where it is once the page has settled. A part fetched later (a lazily loaded
 * banner or panel) that pushes the menu down moves it under a pointer about to click: that is what this catches.
 */
async function watchFirstPosition(page: Page, selector: string): Promise<void> {
  await page.addInitScript((watched) => {
    const first = new Map<string, number>();
    (window as unknown as { firstTops: Map<string, number> }).firstTops = first;
    // No named functions in here: the test runner's transpiler would wrap them in a helper the page lacks.
    new MutationObserver(() => {
      document.querySelectorAll(watched).forEach((el, i) => {
        const key = `${el.getAttribute("aria-label") ?? ""}#${i}`;
        if (!first.has(key)) first.set(key, el.getBoundingClientRect().top);
      });
    }).observe(document, { childList: true, subtree: true });
  }, selector);
}

/** The elements whose top is not where it was when they first appeared (empty when nothing moved). */
async function moved(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((watched) => {
    const first = (window as unknown as { firstTops: Map<string, number> }).firstTops;
    return [...document.querySelectorAll(watched)].flatMap((el, i) => {
      const key = `${el.getAttribute("aria-label") ?? ""}#${i}`;
      const top = el.getBoundingClientRect().top;
      return first.has(key) && Math.abs(first.get(key)! - top) > 1 ? [`${key}: first at ${first.get(key)} px, then at ${top} px`] : [];
    });
  }, selector);
}

describe("tab: nothing loaded later pushes the menus down (dev mode)", () => {
  const suite = browserSuite();
  const OTHER = "natverket-for-skolfragor";

  before(async () => {
    const { stores } = suite.server;
    // Elin is also in a second network: she gets the network choice above the menu.
    await stores.networks.create({ id: OTHER, name: "Nätverket för skolfrågor", tenantId: DEMO_TENANT_ID, coordinatorIds: [], defaultPlace: "Digitalt via Teams", language: "sv" });
    await stores.organisations.create({ id: "ale", networkId: OTHER, name: "Ale kommun", kind: "kommun", order: 1 });
    await stores.members.create({ aadObjectId: users.aleMember().aadObjectId, networkId: OTHER, displayName: "Elin Bergqvist", email: "elin.bergqvist@example.org", organisationId: "ale", role: "member", active: true });
  });

  const cases = [
    { who: "a member in one network", user: () => users.molndalMember().aadObjectId, path: "#/", ready: "[data-meeting-id]" },
    { who: "a member in two networks (network choice above the menu)", user: () => users.aleMember().aadObjectId, path: "#/", ready: "[data-meeting-id]" },
    { who: "the coordinator on a meeting page (managers' panel above the meeting's tabs)", user: () => users.coordinator().aadObjectId, path: `#/meetings/${UPCOMING_MEETING_ID}`, ready: "[data-agenda-item]" },
  ];
  for (const c of cases) {
    it(`keeps the menus where they first appeared: ${c.who}`, async () => {
      const page = await suite.open({ devUser: c.user() });
      await watchFirstPosition(page, "nav ul, [role=tablist]");
      await page.goto(`${suite.server.url}/tab/${c.path}`);
      await page.locator(c.ready).first().waitFor();
      await page.getByRole("region", { name: "Utvecklingsläge" }).waitFor();
      await page.waitForLoadState("networkidle");
      assert.ok(await page.evaluate(() => (window as unknown as { firstTops: Map<string, number> }).firstTops.size > 0), "the menus were seen appearing");
      assert.deepEqual(await moved(page, "nav ul, [role=tablist]"), []);
    });
  }
});
