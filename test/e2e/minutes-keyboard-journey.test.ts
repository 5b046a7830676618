import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import { browserSuite } from "../helpers/browser-suite";
import { teamsUser } from "../helpers/demo-users";

const PAST = "demo-2025-03-12";

/** Presses a key until the target has the focus (as a keyboard user would), failing after `max` presses. */
async function pressUntil(page: Page, key: string, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${key} never reached ${target}`);
}

describe("the minutes journey with the keyboard only (Chromium)", function () {
  this.timeout(180_000);
  const suite = browserSuite();

  const open = async (name: string) => {
    const page = await suite.open({ width: 1100, height: 1400, devUser: teamsUser(name).aadObjectId });
    await page.goto(`${suite.server.url}/tab/#/meetings/${PAST}/minutes`);
    await page.getByTestId("minutes-page").waitFor();
    return page;
  };

  it("lets the secretary open an item, write bold text and a list, and have it saved, without a mouse", async () => {
    const page = await open("Emma Strand");
    await pressUntil(page, "Tab", page.getByRole("button", { name: "3. Dialog i mindre grupper" }));
    await page.keyboard.press("Enter");
    const notes = page.getByLabel("Anteckningar för punkt 3");
    await pressUntil(page, "Tab", notes);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Samtal om ");
    await page.keyboard.press("Control+B");
    await page.keyboard.type("boende");
    await page.keyboard.press("Control+B");
    await page.keyboard.type(":");
    await page.keyboard.press("Enter");
    await pressUntil(page, "Shift+Tab", page.getByRole("toolbar", { name: "Formatering 3" }));
    await pressUntil(page, "ArrowRight", page.getByRole("toolbar", { name: "Formatering 3" }).getByRole("button", { name: "Punktlista" }), 5);
    await page.keyboard.press("Enter");
    await page.keyboard.type("Korttidskontrakt");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Nya bostäder");
    assert.equal(await notes.inputValue(), "Samtal om **boende**:\n- Korttidskontrakt\n- Nya bostäder");
    await page.getByRole("status", { name: "status 3" }).filter({ hasText: /^Sparat \d{2}:\d{2}$/ }).waitFor();
    assert.equal((await suite.server.stores.agenda.get(PAST, "0003"))!.value.notes, "Samtal om **boende**:\n- Korttidskontrakt\n- Nya bostäder");
  });

  it("lets the coordinator name an approver among those present, see why Publicera waits, and publish, without a mouse", async () => {
    const page = await open("Johan Berg");
    const panel = page.getByRole("region", { name: "Justering" });
    assert.ok((await panel.getByRole("checkbox").count()) <= 15, "only those present are offered");
    const elin = panel.getByRole("checkbox", { name: "Elin Bergqvist, Ale" });
    await pressUntil(page, "Tab", elin);
    await page.keyboard.press("Space");
    await pressUntil(page, "Tab", panel.getByRole("button", { name: "Spara justerare" }));
    await page.keyboard.press("Enter");
    await panel.getByText("Elin Bergqvist väntar").waitFor();
    const publish = panel.getByRole("button", { name: "Publicera" });
    assert.equal(await publish.getAttribute("aria-disabled"), "true");
    const reason = await page.locator(`#${await publish.getAttribute("aria-describedby")}`).textContent();
    assert.match(reason ?? "", /Publiceras när Elin Bergqvist har justerat/);
    await pressUntil(page, "Shift+Tab", elin);
    await page.keyboard.press("Space");
    await pressUntil(page, "Tab", panel.getByRole("button", { name: "Spara justerare" }));
    await page.keyboard.press("Enter");
    await panel.getByText("Inga justerare är utsedda.").waitFor();
    await pressUntil(page, "Tab", publish);
    await page.keyboard.press("Enter");
    await page.getByTestId("minutes-status").filter({ hasText: "Publicerad" }).waitFor();
  });
});
