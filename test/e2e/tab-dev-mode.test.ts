import assert from "node:assert/strict";
import { PAST_MEETING_ID, UPCOMING_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID } from "../../bot/src/demo/demo-network";
import { screenshot } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";
import type { TestServer } from "../helpers/test-server";

describe("tab in dev mode (local server, no BOT_ID)", () => {
  const suite = browserSuite();
  const open = suite.open;
  let server: TestServer;

  before(async () => {
    server = suite.server;
    await server.stores.answers.create({ meetingId: UPCOMING_MEETING_ID, memberId: users.coordinator().aadObjectId, answer: "attending", answeredAt: new Date().toISOString(), channel: "card" });
  });

  it("shows a clearly marked dev mode with a user picker and remembers the chosen user after reload", async () => {
    const page = await open();
    await page.goto(`${server.url}/tab/`);
    await page.getByRole("heading", { name: "Vem är du?" }).waitFor();
    assert.ok(await page.getByText("Utvecklingsläge").first().isVisible());
    await screenshot(page, "dev-picker");
    await page.getByRole("button", { name: /Johan Berg/ }).click();
    await page.getByRole("heading", { name: "Möten", level: 1 }).waitFor();
    assert.match(await page.getByRole("region", { name: "Utvecklingsläge" }).innerText(), /Du är Johan Berg \(GR, samordnare\)/);
    assert.equal(await page.evaluate(() => Object.values(sessionStorage).includes("00000000-0000-4000-8000-000000000001")), true);
    await page.reload();
    await page.getByRole("heading", { name: "Möten", level: 1 }).waitFor();
    assert.equal(await page.getByRole("heading", { name: "Vem är du?" }).count(), 0);
  });

  it("switches user: back to the picker, the old choice forgotten", async () => {
    const page = await open();
    await page.goto(`${server.url}/tab/`);
    await page.getByRole("button", { name: /Elin Bergqvist/ }).click();
    await page.getByRole("button", { name: "Byt användare" }).click();
    await page.getByRole("heading", { name: "Vem är du?" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Vem är du?" }).waitFor();
    await page.getByRole("button", { name: /Ida Holm/ }).click();
    assert.match(await page.getByRole("region", { name: "Utvecklingsläge" }).innerText(), /Ida Holm \(Mölndal, ledamot\)/);
  });

  it("lists upcoming and past meetings with date, time, form, status and the user's own answer", async () => {
    const page = await open({ devUser: users.coordinator().aadObjectId });
    await page.goto(`${server.url}/tab/`);
    const upcoming = page.getByRole("region", { name: "Kommande möten" });
    const past = page.getByRole("region", { name: "Tidigare möten" });
    await upcoming.locator(`[data-meeting-id="${UPCOMING_MEETING_ID}"]`).waitFor();
    const next = await upcoming.locator(`[data-meeting-id="${UPCOMING_MEETING_ID}"]`).innerText();
    assert.match(next, /^onsdag \d{1,2} \w+ \d{4} · 09:00–11:00\s+Nätverksmöte mottagande och integration · Digitalt · Digitalt via Teams/);
    assert.match(next, /Utkast/);
    assert.match(next, /Ditt svar: Kommer/);
    const earlier = await past.locator(`[data-meeting-id="${PAST_MEETING_ID}"]`).innerText();
    assert.match(earlier, /^onsdag 12 mars 2025 · 09:00–11:30/);
    assert.match(earlier, /Anteckningar skrivs/);
    assert.doesNotMatch(earlier, /Ditt svar/, "no answer to a past meeting is no news");
    await screenshot(page, "meetings");
  });

  it("opens a meeting with its agenda, times in Stockholm time, and the five sections", async () => {
    const page = await open({ devUser: users.aleMember().aadObjectId });
    await page.goto(`${server.url}/tab/`);
    await page.getByRole("region", { name: "Tidigare möten" }).getByRole("link").first().click();
    await page.getByRole("heading", { name: "Dagordning", level: 2 }).waitFor();
    assert.match(await page.locator("header").innerText(), /onsdag 12 mars 2025 09:00–11:30/);
    const menu = page.getByRole("navigation", { name: "Huvudmeny" });
    assert.deepEqual(await menu.getByRole("link").allInnerTexts(), ["Möten", "Enkäter", "Sök", "Nätverkets år"]);
    assert.deepEqual(await menu.locator("[aria-current=page]").allInnerTexts(), ["Möten"], "a meeting's page belongs to Möten in the main menu");
    assert.deepEqual(await page.getByRole("tab").allInnerTexts(), ["Dagordning", "Svar", "Närvaro", "Aktuellt läge", "Anteckningar"]);
    assert.equal(await page.locator("[data-agenda-item]").count(), 5);
    const fourth = await page.locator('[data-agenda-item="4"]').innerText();
    assert.match(fourth, /Kommun i fokus: Härryda/);
    assert.match(fourth, /Föredragande: Amir Haddad · 20 min/);
    assert.match(await page.locator('[data-agenda-item="3"]').innerText(), /Hur påverkas våra verksamheter/);
    assert.match(await page.getByText(/Planerad tid sammanlagt/).innerText(), /135 min/);
  });

  it("offers a member no agenda editing, while the coordinator and the meeting's secretary get it", async () => {
    // Members see the meeting once its invitation is out.
    const upcoming = (await server.stores.meetings.get(DEMO_NETWORK_ID, UPCOMING_MEETING_ID))!;
    await server.stores.meetings.replace({ ...upcoming.value, status: "invited" }, upcoming.etag);
    const check = async (user: string, expected: number) => {
      const page = await open({ devUser: user });
      await page.goto(`${server.url}/tab/#/meetings/${UPCOMING_MEETING_ID}`);
      await page.locator("[data-agenda-item]").first().waitFor();
      assert.equal(await page.getByRole("button", { name: "Redigera dagordningen" }).count(), expected, user);
    };
    await check(users.aleMember().aadObjectId, 0);
    await check(users.guest().aadObjectId, 0);
    await check(users.chair().aadObjectId, 0);
    await check(users.coordinator().aadObjectId, 1);
    await check(users.secretary().aadObjectId, 1);
  }).timeout(60_000); // five page loads in a row: slow on a busy machine

  it("edits the agenda in the browser: add, move, remove, and refuses to save an item without title", async () => {
    const page = await open({ devUser: users.coordinator().aadObjectId });
    const requests: string[] = [];
    page.on("request", (r) => r.method() === "PUT" && requests.push(r.url()));
    await page.goto(`${server.url}/tab/#/meetings/${UPCOMING_MEETING_ID}`);
    await page.getByRole("button", { name: "Redigera dagordningen" }).click();
    await page.getByRole("button", { name: "Lägg till punkt" }).click();
    const titles = () => page.locator("[data-edit-item]").evaluateAll((items) => items.map((i) => (i.querySelector("input") as HTMLInputElement).value));
    assert.deepEqual(await titles(), ["Inledning — aktuellt läge i respektive kommun", "Omvärldsbevakning", "Kommun i fokus: Lilla Edet", "Övriga punkter", ""]);
    await page.getByRole("button", { name: "Flytta punkt 3 uppåt" }).click();
    await page.getByRole("button", { name: "Ta bort punkt 4" }).click();
    assert.deepEqual((await titles()).slice(0, 3), ["Inledning — aktuellt läge i respektive kommun", "Kommun i fokus: Lilla Edet", "Omvärldsbevakning"]);
    assert.equal(await page.getByRole("button", { name: "Flytta punkt 1 uppåt" }).isDisabled(), true);
    await page.getByRole("button", { name: "Spara dagordningen" }).click();
    await page.getByText("Skriv en rubrik.").waitFor();
    await page.locator('[data-edit-item="2"]').getByRole("button", { name: "Lägg till länk" }).click();
    await page.locator('[data-edit-item="2"]').getByLabel("Webbadress").fill("javascript:alert(1)");
    assert.ok(await page.getByText(/Varje länk behöver en text och en webbadress/).isVisible());
    assert.deepEqual(requests, [], "nothing is sent while fields are wrong");
    await screenshot(page, "agenda-editor");
    await page.getByRole("button", { name: "Avbryt" }).click();
    assert.equal(await page.locator("[data-agenda-item]").count(), 4);
  });

  it("shows the minutes in the meeting page and search from the main menu", async () => {
    const page = await open({ devUser: users.aleMember().aadObjectId });
    await page.goto(`${server.url}/tab/#/meetings/${PAST_MEETING_ID}/minutes`);
    await page.getByTestId("minutes-page").waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "Sök", exact: true }).click();
    await page.getByTestId("search-page").waitFor();
    assert.match(page.url(), /#\/search$/);
  });

  it("speaks English with ?lang=en", async () => {
    const page = await open({ devUser: users.aleMember().aadObjectId });
    await page.goto(`${server.url}/tab/?lang=en#/`);
    await page.getByRole("heading", { name: "Meetings", level: 1 }).waitFor();
    assert.match(await page.locator(`[data-meeting-id="${PAST_MEETING_ID}"]`).innerText(), /Wednesday, 12 March 2025 · 09:00–11:30\s+Nätverksmöte mottagande och integration · Online/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    // The dev banner is its own file, fetched after the first screen.
    await page.getByRole("button", { name: "Switch user" }).waitFor();
  });

  it("says the meeting tab needs a Teams meeting when opened outside one", async () => {
    const page = await open({ devUser: users.aleMember().aadObjectId });
    await page.goto(`${server.url}/tab/#/meeting-context`);
    await page.getByText(/visar nätverksmötet för det Teams-möte/).waitFor();
    assert.ok(await page.getByRole("link", { name: "Visa alla möten" }).isVisible());
  });
});
