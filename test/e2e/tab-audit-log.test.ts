import assert from "node:assert/strict";
import { PAST_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { api } from "../helpers/api-client";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

describe("tab: the coordinator's audit log page (Händelselogg)", () => {
  const suite = browserSuite();
  const coordinator = users.coordinator().aadObjectId;

  before(async () => {
    const res = await api(suite.server.url, `/meetings/${PAST_MEETING_ID}/attendance/${users.molndalMember().aadObjectId}`, { user: users.chair().aadObjectId, method: "PUT", body: { status: "absent", items: [] } });
    assert.equal(res.status, 200);
  });

  it("is linked from the main menu for the coordinator and lists who changed what", async () => {
    const page = await suite.open({ devUser: coordinator, width: 1024 });
    await page.goto(`${suite.server.url}/tab/#/`);
    await page.getByRole("navigation").getByRole("link", { name: "Händelselogg", exact: true }).click();
    await page.getByTestId("audit-entries").waitFor();
    const entry = page.locator('[data-audit-action="attendance.mark"]').first();
    assert.match(await entry.innerText(), /Närvaro ändrad av Lena Forsberg/);
    assert.match(await entry.innerText(), /status: present → absent/);
    assert.match(await entry.innerText(), /gäller Ida Holm/);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Ladda ner CSV" }).click();
    assert.match((await download).suggestedFilename(), /^handelselogg-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it("shows the server's message for a bad period and keeps working", async () => {
    const page = await suite.open({ devUser: coordinator });
    await page.goto(`${suite.server.url}/tab/#/audit`);
    await page.getByTestId("audit-entries").waitFor();
    await page.getByLabel("Från").fill("2026-05-01");
    await page.getByLabel("Till och med").fill("2026-04-01");
    await page.getByRole("button", { name: "Visa" }).click();
    assert.match(await page.getByRole("alert").innerText(), /from måste vara före to/);
  });

  it("is in English with ?lang=en", async () => {
    const page = await suite.open({ devUser: coordinator });
    await page.goto(`${suite.server.url}/tab/?lang=en#/audit`);
    await page.getByTestId("audit-entries").waitFor();
    assert.match(await page.locator('[data-audit-action="attendance.mark"]').first().innerText(), /Attendance changed by Lena Forsberg/);
    assert.ok(await page.getByRole("navigation").getByRole("link", { name: "Audit log", exact: true }).isVisible());
  });

  it("is not offered to others, and its address shows them the meetings instead", async () => {
    const page = await suite.open({ devUser: users.secretary().aadObjectId });
    await page.goto(`${suite.server.url}/tab/#/audit`);
    await page.getByRole("navigation").getByRole("link", { name: "Möten", exact: true }).waitFor();
    assert.equal(await page.getByRole("navigation").getByRole("link", { name: "Händelselogg", exact: true }).count(), 0);
    assert.equal(await page.getByTestId("audit-page").count(), 0);
  });

  for (const theme of ["default", "dark", "contrast"]) {
    it(`works at 320 px without serious accessibility problems (${theme})`, async () => {
      const page = await suite.open({ devUser: coordinator, width: 320 });
      await page.goto(`${suite.server.url}/tab/?theme=${theme}#/audit`);
      await page.getByTestId("audit-entries").waitFor();
      assert.deepEqual(await seriousA11yViolations(page), []);
      assert.equal(await scrollsSideways(page), false);
      await screenshot(page, `audit-320-${theme}`);
    });
  }
});
