import assert from "node:assert/strict";
import type { Browser, Locator, Page } from "playwright-core";
import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import type { Meeting } from "../../bot/src/domain/meeting";
import { stockholmToUtc } from "../../bot/src/domain/time";
import { openPage } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

// Two journeys in the tab with the keyboard only: a member answering a sent invitation (first Kommer, then a
// substitute), and the coordinator creating a meeting and sending its invitation.

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const sent: Meeting = {
  id: "keyboard-answer", networkId: DEMO_NETWORK_ID, title: "Nätverksmöte att svara på", startUtc: stockholmToUtc(inDays(25), "09:00"), endUtc: stockholmToUtc(inDays(25), "11:00"),
  replyByUtc: stockholmToUtc(inDays(20), "17:00"), form: "digital", place: "Digitalt via Teams",
  chairId: demoMember("Lena Forsberg").aadObjectId, secretaryId: demoMember("Emma Strand").aadObjectId, status: "invited", rollCall: "not-started", sequence: 1,
};

/** True when the target or something inside it has the focus. */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Presses a key until the target has the focus (as a keyboard user would), failing after `max` presses. */
async function pressUntil(page: Page, key: string, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${key} never reached ${target}`);
}

/** Waits (up to 5 s) until the target has the focus: a re-render may move focus a moment after a key. */
async function focusSettlesOn(page: Page, target: Locator): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await hasFocus(target))) {
    if (Date.now() > deadline) {
      const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? "nothing");
      assert.fail(`focus is on ${focused}, not on ${target}`);
    }
    await page.waitForTimeout(50);
  }
}

/**
 * The order of the segments of Chromium's date field, which follows the browser's own language (not the
 * page's locale): found by typing into a bare date field once.
 */
async function dateFieldOrder(browser: Browser): Promise<"mdy" | "dmy" | "ymd"> {
  const page = await openPage(browser);
  try {
    await page.setContent("<button>start</button><input type=date id=d>");
    await page.locator("button").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.type("1112");
    await page.keyboard.type("2030");
    const value = await page.locator("#d").inputValue();
    if (value === "2030-11-12") return "mdy";
    if (value === "2030-12-11") return "dmy";
    return "ymd";
  } finally {
    await page.context().close();
  }
}

/** Types an ISO date into a focused date field, segment by segment; a year segment takes six digits, so → leaves it. */
async function typeDate(page: Page, iso: string, order: "mdy" | "dmy" | "ymd"): Promise<void> {
  const [year, month, day] = iso.split("-") as [string, string, string];
  const segments = order === "mdy" ? [month, day, year] : order === "dmy" ? [day, month, year] : [year, month, day];
  for (const segment of segments) {
    await page.keyboard.type(segment);
    if (segment === year && order === "ymd") await page.keyboard.press("ArrowRight");
  }
}

describe("tab: a member's answer and the coordinator's new meeting, with the keyboard only (Chromium)", function () {
  this.timeout(180_000);
  const suite = browserSuite();

  before(async () => {
    await suite.server.stores.meetings.create(sent);
  });

  it("lets a member open a sent meeting from the list, answer Kommer, then name a substitute, without a mouse", async () => {
    const ale = users.aleMember().aadObjectId;
    const page = await suite.open({ devUser: ale, height: 900 });
    await page.goto(`${suite.server.url}/tab/`);
    const link = page.locator(`[data-meeting-id="${sent.id}"] a`);
    await link.waitFor();
    await page.locator("body").focus();
    await pressUntil(page, "Tab", link);
    await page.keyboard.press("Enter");

    const answer = page.locator("header").getByRole("group", { name: "Ditt svar:" });
    const attending = answer.getByRole("button", { name: "Kommer", exact: true });
    await attending.waitFor();
    await pressUntil(page, "Tab", attending);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-my-answer] button[aria-pressed="true"]')?.textContent === "Kommer");
    assert.equal((await suite.server.stores.answers.get(sent.id, ale))?.value.answer, "attending");
    // The answer is saved in place: the keyboard user goes on from the button just pressed.
    await focusSettlesOn(page, attending);

    const substitute = answer.getByRole("button", { name: "Ersättare" });
    await pressUntil(page, "Tab", substitute, 5);
    await page.keyboard.press("Space");
    const name = answer.getByLabel("Ersättarens namn");
    await pressUntil(page, "Tab", name, 3);
    await page.keyboard.type("Kim Holmberg");
    await page.keyboard.press("Enter");
    await page.locator("header").getByText("Ersättare: Kim Holmberg").waitFor();
    const stored = (await suite.server.stores.answers.get(sent.id, ale))?.value;
    assert.equal(stored?.answer, "substitute");
    assert.equal(stored?.substituteName, "Kim Holmberg");
    // The name field is gone; focus goes back to Ersättare rather than falling back to the page.
    await focusSettlesOn(page, substitute);
  });

  it("lets the coordinator create a meeting from the list and send its invitation after the preview, without a mouse", async () => {
    const order = await dateFieldOrder(suite.browser);
    const day = inDays(45);
    const title = "Nätverksmöte skapat med tangentbordet";
    const page = await suite.open({ devUser: users.coordinator().aadObjectId, height: 900 });
    await page.goto(`${suite.server.url}/tab/`);
    const newMeeting = page.getByRole("button", { name: "Nytt möte" });
    await newMeeting.waitFor();
    await page.locator("body").focus();
    await pressUntil(page, "Tab", newMeeting);
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: "Dagordning" }).waitFor();
    const titleField = page.getByLabel("Rubrik", { exact: false }).first();
    await pressUntil(page, "Tab", titleField);
    await page.keyboard.type(title);
    const date = page.getByLabel("Datum", { exact: false }).first();
    await pressUntil(page, "Tab", date, 3);
    await typeDate(page, day, order);
    // Times after noon come out the same whether the field shows 24 hours or AM/PM.
    const start = page.getByLabel("Starttid (svensk tid)");
    await pressUntil(page, "Tab", start, 6);
    await page.keyboard.type("1300");
    const end = page.getByLabel("Sluttid (svensk tid)");
    await pressUntil(page, "Tab", end, 6);
    await page.keyboard.type("1530");
    assert.deepEqual([await titleField.inputValue(), await date.inputValue(), await start.inputValue(), await end.inputValue()], [title, day, "13:00", "15:30"]);

    const create = page.getByRole("button", { name: "Skapa mötet" });
    await pressUntil(page, "Tab", create);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    const meetingId = decodeURIComponent(new URL(page.url()).hash.split("/")[2]!);
    const created = (await suite.server.stores.meetings.get(DEMO_NETWORK_ID, meetingId))?.value;
    assert.equal(created?.status, "draft");
    assert.equal(created?.startUtc, stockholmToUtc(day, "13:00"));
    assert.ok((await suite.server.stores.agenda.list(meetingId)).length > 0, "the meeting has the network's agenda");

    const send = page.getByRole("button", { name: "Skicka kallelse" });
    await page.locator("body").focus();
    await pressUntil(page, "Tab", send);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Skicka kallelsen?" });
    await dialog.locator("[data-invitation-reach]").waitFor();
    await focusSettlesOn(page, dialog);
    await pressUntil(page, "Tab", dialog.getByRole("button", { name: "Skicka kallelsen" }), 30);
    await page.keyboard.press("Enter");
    await page.locator("[data-invitation-report]").getByText(/\d+ av \d+ nådda/).waitFor();
    // The dialog gives the focus back to the button that opened it, which stays focusable while sending.
    await focusSettlesOn(page, send);
    assert.equal((await suite.server.stores.meetings.get(DEMO_NETWORK_ID, meetingId))?.value.status, "invited");
  });
});
