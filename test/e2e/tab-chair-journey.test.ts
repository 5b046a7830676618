import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import type { Meeting } from "../../bot/src/domain/meeting";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

// The chair's meeting day in the tab: the Närvaro tab's button hierarchy and items editor, and the whole
// journey (Närvaro, then Aktuellt läge) with the keyboard only.

const MEETING = "chair-journey";
const person = (name: string) => demoMember(name).aadObjectId;

/** Buttons in `scope` drawn as primary: their background is the theme's brand background. */
async function primaryButtons(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const provider = document.querySelector(".fui-FluentProvider") ?? document.body;
    const brand = getComputedStyle(provider).getPropertyValue("--colorBrandBackground").trim();
    const probe = document.createElement("div");
    probe.style.backgroundColor = brand;
    document.body.appendChild(probe);
    const brandRgb = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...document.querySelectorAll(`${selector} button`)]
      .filter((b) => getComputedStyle(b).backgroundColor === brandRgb)
      .map((b) => b.getAttribute("aria-label") ?? b.textContent ?? "");
  }, scope);
}

/** The accessible name (aria-label, label or text) of the focused element. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const labelledBy = el.getAttribute("aria-labelledby");
    const label = el.getAttribute("aria-label")
      ?? (labelledBy ? labelledBy.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ") : null)
      ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null)
      ?? el.textContent;
    return (label ?? "").trim();
  });
}

/** Waits (up to 3 s) until the focused element's name matches; a re-render may move focus a moment after a key. */
async function focusSettlesOn(page: Page, name: RegExp): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!name.test(await focusedName(page))) {
    if (Date.now() > deadline) assert.fail(`focus is on "${(await focusedName(page)).slice(0, 80)}", not ${name}`);
    await page.waitForTimeout(50);
  }
}

/** Presses Tab until the focused element's name matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 150): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press("Tab");
    if (name.test(await focusedName(page))) return;
  }
  assert.fail(`no element named ${name} reached with Tab (last: ${await focusedName(page)})`);
}

describe("tab: the chair's meeting day (Närvaro buttons, items editor, keyboard only)", () => {
  const suite = browserSuite();

  before(async () => {
    const s = suite.server.stores;
    const now = Date.now();
    const meeting: Meeting = {
      id: MEETING, networkId: DEMO_NETWORK_ID, title: "Nätverksmöte för ordförandens dag", startUtc: new Date(now - 10 * 60_000).toISOString(), endUtc: new Date(now + 2 * 3600_000).toISOString(),
      form: "digital", place: "Digitalt via Teams", chairId: person("Lena Forsberg"), secretaryId: person("Emma Strand"), status: "in-progress", rollCall: "open", sequence: 0,
    };
    await s.meetings.create(meeting);
    for (const [number, title] of [[1, "Aktuellt läge i respektive kommun"], [2, "Bostäder"], [3, "Övrigt"]] as const) {
      await s.agenda.create({ meetingId: MEETING, number, title, presenters: [], decisions: [], actions: [] });
    }
    const at = new Date().toISOString();
    await s.attendance.create({ meetingId: MEETING, personId: person("Jonas Almgren"), name: "Jonas Almgren", organisationId: "alingsas", organisationName: "Alingsås", status: "present", items: [], source: "self", at, guest: false });
    await s.attendance.create({ meetingId: MEETING, personId: person("Lena Forsberg"), name: "Lena Forsberg", organisationId: "lerum", organisationName: "Lerum", status: "present", items: [], source: "self", at, guest: false });
  });

  const open = async (hash: string) => {
    const page = await suite.open({ devUser: users.chair().aadObjectId, height: 900 });
    await page.goto(`${suite.server.url}/tab/#/meetings/${MEETING}${hash}`);
    await page.locator('[data-list="absent"]').or(page.getByRole("heading", { name: "Aktuellt läge", exact: true })).first().waitFor();
    return page;
  };

  it("draws the many row buttons of the Närvaro tab as secondary: no wall of primary buttons", async () => {
    const page = await open("/attendance");
    assert.ok(await page.locator('[data-list="absent"] button').count() >= 15, "many people to mark");
    assert.deepEqual(await primaryButtons(page, '[aria-labelledby="attendance-title"]'), []);
  });

  it("focuses the items editor's input on opening; the one primary button is its Spara", async () => {
    const page = await open("/attendance");
    await page.getByRole("button", { name: "Ange punkter för Jonas Almgren" }).click();
    const input = page.getByRole("textbox", { name: /Punkter \(t\.ex\./ });
    await input.waitFor();
    assert.equal(await input.evaluate((el) => el === document.activeElement), true);
    assert.deepEqual(await primaryButtons(page, '[aria-labelledby="attendance-title"]'), ["Spara"]);
  });

  it("keeps the typed items and the editor open when the server refuses them, and changes nothing", async () => {
    const page = await open("/attendance");
    await page.getByRole("button", { name: "Ange punkter för Jonas Almgren" }).click();
    const input = page.getByRole("textbox", { name: /Punkter \(t\.ex\./ });
    await input.fill("2, 9");
    await page.keyboard.press("Enter");
    await page.getByText("Ändringen sparades inte").waitFor();
    await page.getByText(/ingen punkt 9/).waitFor();
    assert.equal(await input.inputValue(), "2, 9");
    assert.equal(await input.evaluate((el) => el === document.activeElement), true);
    assert.deepEqual((await suite.server.stores.attendance.get(MEETING, person("Jonas Almgren")))?.value.items, []);
  });

  it("runs the chair's journey with the keyboard only: marks, sets items, moves to Aktuellt läge and writes her organisation's text", async () => {
    const page = await open("/attendance");
    await page.locator("body").focus();

    await tabTo(page, /^Markera Elin Bergqvist som närvarande$/);
    await page.keyboard.press("Enter");
    await page.locator('[data-list="present"] [data-person="Elin Bergqvist"]').waitFor();

    await page.locator("body").focus();
    await tabTo(page, /^Ange punkter för Elin Bergqvist$/);
    await page.keyboard.press("Space");
    await focusSettlesOn(page, /Punkter \(t\.ex\./);
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    await page.getByText("Elin Bergqvist, Ale (pkt 2)").waitFor();
    // Focus goes back to the button that opened the editor.
    await focusSettlesOn(page, /^Ange punkter för Elin Bergqvist$/);

    // The meeting's sections are a tab list: arrows move between them, Enter opens one.
    await page.locator("body").focus();
    // (A Fluent tab holds its label twice, once hidden to reserve the bold width.)
    await tabTo(page, /^(Närvaro)+$/);
    await page.keyboard.press("ArrowRight");
    assert.match(await focusedName(page), /^(Aktuellt läge)+$/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Aktuellt läge", exact: true }).waitFor();

    await tabTo(page, /^Skriv aktuellt läge för Lerum$/);
    await page.keyboard.press("Enter");
    await focusSettlesOn(page, /^Aktuellt läge för Lerum/);
    await page.keyboard.type("Tre nya familjer i Lerum.");
    await tabTo(page, /^Spara$/, 10);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Redigera aktuellt läge för Lerum" }).waitFor();

    const stored = suite.server.stores;
    assert.deepEqual((await stored.attendance.get(MEETING, person("Elin Bergqvist")))?.value.items, [2]);
    assert.equal((await stored.roundTable.get(MEETING, "lerum"))?.value.text, "Tre nya familjer i Lerum.");
  });
});
