import assert from "node:assert/strict";
import { PAST_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { GENERATED_BLOCK_START, mergeGeneratedBlock } from "../../bot/src/domain/round-table-minutes";
import { screenshot, scrollsSideways } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

const ALE_LINE = "Ale: Två nya familjer anvisade under våren, boendefrågan är löst med korttidskontrakt.";

describe("tab: the minutes page for the secretary", () => {
  const suite = browserSuite();
  const secretary = users.secretary().aadObjectId;
  const open = async (width = 1280) => {
    const page = await suite.open({ devUser: secretary, width, height: 900 });
    await page.goto(`${suite.server.url}/tab/#/meetings/${PAST_MEETING_ID}/minutes`);
    await page.getByRole("button", { name: "1. Inledning — aktuellt läge i respektive kommun" }).waitFor();
    return page;
  };

  before(async () => {
    // Item 1 as the round table leaves it: typed text, then the generated block between its markers.
    const item = (await suite.server.stores.agenda.get(PAST_MEETING_ID, "0001"))!;
    await suite.server.stores.agenda.replace({ ...item.value, notes: mergeGeneratedBlock(item.value.notes, [ALE_LINE]) }, item.etag);
  });

  it("shows one collapsible section per item, item 1 open, with the round table read-only beside the typed text", async () => {
    const page = await open();
    const headers = page.locator("[data-minutes-item]");
    assert.equal(await headers.count(), 5, "every item is mounted");
    assert.equal(await page.getByRole("button", { name: /^\d\. / }).count(), 5);
    assert.equal(await page.getByRole("button", { name: "1. Inledning — aktuellt läge i respektive kommun" }).getAttribute("aria-expanded"), "true");
    assert.equal(await page.getByRole("button", { name: "3. Dialog i mindre grupper" }).getAttribute("aria-expanded"), "false");
    const notes = page.getByLabel("Anteckningar för punkt 1");
    assert.equal(await notes.inputValue(), "Mötet inleds med aktuellt läge i respektive kommun.");
    assert.match(await page.getByTestId("round-table-1").innerText(), /Aktuellt läge från rundan[\s\S]*Ale: Två nya familjer/);
    assert.doesNotMatch(await page.getByTestId("preview-1").innerText(), /aktuellt läge: start|<!--|Ale: Två/);
    assert.ok(await page.getByText("Beslut:", { exact: true }).first().isVisible());
    assert.equal(await scrollsSideways(page), false);
    await screenshot(page, "minutes-secretary-1280");
  });

  it("says Sparar… while typing and Sparat with the time after, and keeps the round table out of the saved text", async () => {
    const page = await open();
    const notes = page.getByLabel("Anteckningar för punkt 1");
    await notes.fill("Ordföranden hälsar välkommen.");
    const status = page.getByRole("status", { name: "status 1" });
    assert.match(await status.innerText(), /^Sparar…$/);
    await status.filter({ hasText: /^Sparat \d{2}:\d{2}$/ }).waitFor();
    assert.equal(await page.getByText("Inte sparat").count(), 0);
    const stored = (await suite.server.stores.agenda.get(PAST_MEETING_ID, "0001"))!.value.notes!;
    assert.equal(stored, "Ordföranden hälsar välkommen.");
    assert.ok(!stored.includes(GENERATED_BLOCK_START) && !stored.includes("Ale:"));
    await page.getByRole("button", { name: "Förhandsvisning" }).click();
    const document = await page.getByTestId("minutes-document").innerText();
    assert.equal(document.split("Två nya familjer").length, 2, "the round table is in the minutes exactly once");
  });

  it("saves an edit even when the item is closed right after typing, and labels decisions", async () => {
    const page = await open();
    const header = page.getByRole("button", { name: "5. Övriga punkter" });
    await header.click();
    const decisions = page.locator('[data-minutes-item="5"]').getByLabel("Beslut:");
    await decisions.fill("Nästa möte: Lilla Edet i fokus.\nSändlistan uppdateras.");
    await header.click();
    await page.waitForFunction(() => document.querySelector('[aria-label="status 5"]')?.textContent?.startsWith("Sparat"));
    assert.deepEqual((await suite.server.stores.agenda.get(PAST_MEETING_ID, "0005"))!.value.decisions, ["Nästa möte: Lilla Edet i fokus.", "Sändlistan uppdateras."]);
    await header.click();
    assert.match(await page.getByTestId("decisions-5").innerText(), /^Beslut:\s*Nästa möte/);
  });

  it("fits 320 px", async () => {
    const page = await open(320);
    assert.equal(await scrollsSideways(page), false);
    await screenshot(page, "minutes-secretary-320");
  });
});
