import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { PAST_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

const SENT = "a11y-sent";
type Check = { name: string; user?: string; hash: string; ready: (p: Page) => Promise<unknown> };

describe("tab: accessibility of every page in every theme, and the accessibility statement", () => {
  const suite = browserSuite();
  const coordinator = users.coordinator().aadObjectId;
  const member = users.aleMember().aadObjectId;
  const meeting = (tab: string) => `#/meetings/${PAST_MEETING_ID}${tab}`;
  const checks: Check[] = [
    { name: "picker", hash: "#/", ready: (p) => p.getByRole("button", { name: /Johan Berg/ }).waitFor() },
    { name: "meetings", user: coordinator, hash: "#/", ready: (p) => p.locator("[data-meeting-id]").first().waitFor() },
    { name: "new meeting", user: coordinator, hash: "#/meetings/new", ready: (p) => p.getByRole("button", { name: "Skapa mötet" }).waitFor() },
    { name: "agenda", user: coordinator, hash: meeting(""), ready: (p) => p.locator("[data-agenda-item]").first().waitFor() },
    { name: "responses", user: coordinator, hash: `#/meetings/${SENT}/responses`, ready: (p) => p.getByRole("button", { name: "Spara svar" }).waitFor() },
    { name: "attendance", user: coordinator, hash: meeting("/attendance"), ready: (p) => p.getByRole("heading", { name: "Närvarande" }).first().waitFor() },
    { name: "round table", user: coordinator, hash: meeting("/round-table"), ready: (p) => p.getByText("Två nya familjer").first().waitFor() },
    { name: "minutes (secretary)", user: users.secretary().aadObjectId, hash: meeting("/minutes"), ready: (p) => p.getByLabel("Anteckningar för punkt 1").waitFor() },
    { name: "minutes (member)", user: member, hash: meeting("/minutes"), ready: (p) => p.getByTestId("minutes-page").waitFor() },
    { name: "member header", user: member, hash: `#/meetings/${SENT}`, ready: (p) => p.locator("[data-my-answer]").waitFor() },
    { name: "search", user: member, hash: "#/search", ready: (p) => p.locator("[data-archive-meeting]").first().waitFor() },
    { name: "not found", user: member, hash: "#/meetings/no-such-meeting", ready: (p) => p.locator("[data-meeting-not-found]").waitFor() },
    { name: "meeting context outside Teams", user: member, hash: "#/meeting-context", ready: (p) => p.getByRole("link", { name: "Visa alla möten" }).waitFor() },
    { name: "accessibility statement", user: member, hash: "#/accessibility", ready: (p) => p.getByTestId("accessibility-page").waitFor() },
  ];

  before(async () => {
    const start = Date.now() + 18 * 86_400_000;
    await suite.server.stores.meetings.create({
      id: SENT, networkId: DEMO_NETWORK_ID, title: "Nätverksmöte om samhällsorientering", startUtc: new Date(start).toISOString(), endUtc: new Date(start + 7_200_000).toISOString(),
      replyByUtc: new Date(start - 5 * 86_400_000).toISOString(), form: "hybrid", place: "Stadshuset, Kungälv", chairId: demoMember("Lena Forsberg").aadObjectId,
      secretaryId: demoMember("Emma Strand").aadObjectId, status: "invited", rollCall: "not-started", sequence: 1,
    });
  });

  for (const theme of ["default", "dark", "contrast"] as const) {
    it(`has no serious or critical axe violations on any page (${theme})`, async function () {
      this.timeout(120_000);
      const found: string[] = [];
      // One page per user; the checks of a user move by hash, as people do, which keeps this quick.
      for (const user of [...new Set(checks.map((c) => c.user))]) {
        const page = await suite.open({ devUser: user });
        for (const check of checks.filter((c) => c.user === user)) {
          await page.goto(`${suite.server.url}/tab/?theme=${theme}${check.hash}`);
          await check.ready(page);
          found.push(...(await seriousA11yViolations(page)).map((v) => `${check.name}: ${v}`));
        }
        await page.context().close();
      }
      const menu = await suite.open({ devUser: coordinator, width: 320 });
      await menu.goto(`${suite.server.url}/tab/?theme=${theme}#/meetings/${SENT}`);
      await menu.getByRole("button", { name: "Hantera mötet" }).click();
      await menu.getByRole("menuitem", { name: "Ställ in mötet" }).click();
      await menu.getByRole("dialog").waitFor();
      found.push(...(await seriousA11yViolations(menu)).map((v) => `cancel dialog: ${v}`));
      assert.deepEqual(found, []);
    });
  }

  it("links the accessibility statement from every page's footer, in Swedish and English", async () => {
    const page = await suite.open({ devUser: member, width: 320 });
    await page.goto(`${suite.server.url}/tab/#/meetings/${PAST_MEETING_ID}`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighetsredogörelse" }).click();
    await page.getByRole("heading", { name: "Tillgänglighetsredogörelse", level: 1 }).waitFor();
    const text = await page.getByTestId("accessibility-page").innerText();
    for (const part of ["Kända brister", "Rapportera brister", "Tillsyn", "Digg", "2018:1937", "WCAG 2.1"]) assert.ok(text.includes(part), part);
    assert.equal(await scrollsSideways(page), false);
    await screenshot(page, "accessibility-statement-320");
    await page.goto(`${suite.server.url}/tab/?lang=en#/accessibility`);
    await page.getByRole("heading", { name: "Accessibility statement", level: 1 }).waitFor();
    assert.ok(await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).isVisible());
  });
});
