import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import { inRoundTableOrder } from "../../bot/src/domain/network";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

describe("tab: the coordinator's administration (organisations, members, network)", () => {
  const suite = browserSuite();
  const coordinator = users.coordinator().aadObjectId;
  const tab = (hash: string) => `${suite.server.url}/tab/${hash}`;
  const organisations = async () => inRoundTableOrder((await suite.server.stores.organisations.list(DEMO_NETWORK_ID)).map((r) => r.value));
  const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");

  it("offers Administration only to the coordinator, and tells others it is not for them", async () => {
    const page = await suite.open({ devUser: users.aleMember().aadObjectId });
    await page.goto(tab("#/"));
    await page.getByRole("navigation").getByRole("link", { name: "Möten", exact: true }).waitFor();
    assert.equal(await page.getByRole("navigation").getByRole("link", { name: "Administration", exact: true }).count(), 0);
    await page.goto(tab("#/admin/organisations"));
    await page.getByText("Administrationen är till för nätverkets samordnare.").waitFor();
    assert.equal(await page.locator("[data-admin-organisations]").count(), 0);
  });

  it("Organisationer: adds, renames, reorders by keyboard and by drag, and deactivates, at 320 px", async function () {
    this.timeout(60_000);
    const page = await suite.open({ devUser: coordinator, width: 320, height: 900 });
    await page.goto(tab("#/"));
    await page.getByRole("navigation").getByRole("link", { name: "Administration", exact: true }).click();
    await page.getByRole("heading", { name: "Administration", level: 1 }).waitFor();
    assert.equal(await page.getByRole("tab", { name: "Organisationer" }).getAttribute("aria-selected"), "true");
    const list = page.getByRole("list", { name: "Organisationer i rundans ordning" });
    await list.getByText("Ale", { exact: true }).waitFor();

    // Nothing is sent without a name; then the new organisation goes last.
    const countBefore = (await organisations()).length;
    await page.getByRole("button", { name: "Lägg till organisation" }).click();
    await page.getByText("Fyll i ett namn.").waitFor();
    assert.equal((await organisations()).length, countBefore);
    await page.getByLabel("Namn").first().fill("Nyby kommun");
    await page.getByLabel("Typ").first().selectOption({ label: "Kommun" });
    await page.getByRole("button", { name: "Lägg till organisation" }).click();
    await list.getByText("Nyby kommun").waitFor();
    const added = (await organisations()).at(-1)!;
    assert.equal(added.name, "Nyby kommun");

    await page.getByRole("button", { name: "Ändra Nyby kommun" }).click();
    const editor = page.locator("[data-organisation-editor]");
    await editor.getByLabel("Namn").fill("Nybyn");
    await editor.getByLabel("Typ").selectOption({ label: "Region" });
    await editor.getByRole("button", { name: "Spara" }).click();
    await list.getByText("Nybyn", { exact: true }).waitFor();
    assert.deepEqual(((await suite.server.stores.organisations.get(DEMO_NETWORK_ID, added.id))!.value), { ...added, name: "Nybyn", kind: "region" });

    // Keyboard: the handle moves its row with the arrow keys, keeps the focus and says where the row went.
    const count = (await organisations()).length;
    await page.getByRole("button", { name: `Flytta Ale, plats 1 av ${count}` }).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    assert.equal(await focusedLabel(page), `Flytta Ale, plats 2 av ${count}`);
    await page.getByRole("status").filter({ hasText: `Ale flyttad till plats 2 av ${count}` }).waitFor();
    assert.equal((await organisations())[0]!.id, "ale", "not saved until asked");
    await page.getByText("Ordningen är ändrad men inte sparad.").waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.equal(await scrollsSideways(page), false, "the organisations fit 320 px");
    await screenshot(page, "admin-organisations-320");
    await page.getByRole("button", { name: "Spara ordningen" }).click();
    await page.getByText("Ordningen är ändrad men inte sparad.").waitFor({ state: "detached" });
    assert.deepEqual((await organisations()).slice(0, 2).map((o) => o.id), ["alingsas", "ale"]);

    // Drag: the new organisation from the end to the top (both in view: a drag does not scroll the page).
    await page.setViewportSize({ width: 320, height: 2400 });
    await page.locator(`[data-organisation-id="${added.id}"]`).getByText("Nybyn").dragTo(page.locator("[data-organisation-id=\"alingsas\"]"));
    await page.getByRole("button", { name: `Flytta Nybyn, plats 1 av ${count}` }).waitFor();
    await page.getByRole("button", { name: "Spara ordningen" }).click();
    await page.getByText("Ordningen är ändrad men inte sparad.").waitFor({ state: "detached" });
    assert.deepEqual((await organisations()).slice(0, 3).map((o) => o.id), [added.id, "alingsas", "ale"]);

    await page.getByRole("button", { name: "Inaktivera Nybyn" }).click();
    await page.getByRole("button", { name: "Aktivera igen Nybyn" }).waitFor();
    await list.getByText("Inaktiverad").waitFor();
    assert.equal((await suite.server.stores.organisations.get(DEMO_NETWORK_ID, added.id))!.value.active, false);
    await page.setViewportSize({ width: 320, height: 900 });
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.equal(await scrollsSideways(page), false);
  });

  it("Medlemmar: shows reach, adds a member, changes organisation and role, deactivates, and refuses a duplicate, at 320 px", async function () {
    this.timeout(60_000);
    const elin = demoMember("Elin Bergqvist");
    const ida = demoMember("Ida Holm");
    await suite.server.stores.conversations.upsert({ scope: "user", key: elin.aadObjectId, conversationId: "a:elin", serviceUrl: "http://127.0.0.1:9/", reference: {}, updatedAt: new Date(0).toISOString() });
    await suite.server.stores.conversations.upsert({
      scope: "user", key: ida.aadObjectId, conversationId: "a:ida", serviceUrl: "http://127.0.0.1:9/", reference: {}, updatedAt: new Date(0).toISOString(),
      lastDeliveryFailure: { at: "2026-03-02T08:15:00.000Z" },
    });
    const page = await suite.open({ devUser: coordinator, width: 320, height: 900 });
    await page.goto(tab("#/admin/members"));
    const row = (id: string) => page.locator(`[data-member-id="${id}"]`);
    await row(elin.aadObjectId).getByText("Har appen").waitFor();
    await row(ida.aadObjectId).getByText(/Senaste utskicket nådde inte fram \(2 mars 2026 09:15\)/).waitFor();
    await row(demoMember("Lena Forsberg").aadObjectId).getByText("Saknar appen – kan inte nås").waitFor();
    await page.getByText(/aktiva medlemmar: \d+ har appen, \d+ kan inte nås\./).waitFor();

    const before = (await suite.server.stores.members.list(DEMO_NETWORK_ID)).length;
    const form = page.locator("[data-member-editor]").first();
    await form.getByRole("button", { name: "Lägg till medlem" }).click();
    await form.getByText("Fyll i fältet.").first().waitFor();
    assert.equal((await suite.server.stores.members.list(DEMO_NETWORK_ID)).length, before, "nothing sent with empty fields");
    await form.getByLabel("Entra-objekt-id").fill("5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
    await form.getByLabel("Namn").fill("Saga Lind");
    await form.getByLabel("E-post").fill("saga.lind@example.org");
    await form.getByLabel("Organisation").selectOption({ label: "Ale" });
    await form.getByLabel("Roll").selectOption({ label: "Medlem" });
    await form.getByRole("button", { name: "Lägg till medlem" }).click();
    await page.locator('[data-member-group="ale"]').getByText("Saga Lind").waitFor();
    assert.equal((await suite.server.stores.members.get(DEMO_NETWORK_ID, "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f"))?.value.organisationId, "ale");

    // The server's refusal is shown as it is.
    await form.getByLabel("Entra-objekt-id").fill(elin.aadObjectId);
    await form.getByLabel("Namn").fill("Elin Igen");
    await form.getByLabel("E-post").fill("elin@example.org");
    await form.getByLabel("Organisation").selectOption({ label: "Ale" });
    await form.getByRole("button", { name: "Lägg till medlem" }).click();
    await page.getByText("Personen är redan medlem i nätverket.").waitFor();

    await page.getByRole("button", { name: "Ändra Elin Bergqvist" }).click();
    const editor = row(elin.aadObjectId).locator("[data-member-editor]");
    await editor.getByLabel("Organisation").selectOption({ label: "Mölndal" });
    await editor.getByLabel("Roll").selectOption({ label: "Gäst" });
    await editor.getByRole("button", { name: "Spara" }).click();
    await page.locator('[data-member-group="molndal"]').getByText("Elin Bergqvist").waitFor();
    const changed = (await suite.server.stores.members.get(DEMO_NETWORK_ID, elin.aadObjectId))!.value;
    assert.deepEqual([changed.organisationId, changed.role], ["molndal", "guest"]);

    await page.getByRole("button", { name: "Inaktivera Saga Lind" }).click();
    await row("5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f").getByText("Inaktiv", { exact: true }).waitFor();
    assert.equal((await suite.server.stores.members.get(DEMO_NETWORK_ID, "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f"))?.value.active, false);
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.equal(await scrollsSideways(page), false, "the members fit 320 px");
    await screenshot(page, "admin-members-320");
  });

  it("Nätverket: refuses a reminder after the ask with the server's message, then saves name, days, questions and the minutes setting", async function () {
    this.timeout(60_000);
    const page = await suite.open({ devUser: coordinator, width: 320, height: 900 });
    await page.goto(tab("#/admin/network"));
    const form = page.locator("[data-admin-network]");
    await form.getByLabel("Namn").waitFor();
    assert.equal(await form.getByLabel("Fråga om aktuellt läge, dagar före mötet").inputValue(), "7");
    const stored = async () => (await suite.server.stores.networks.get("network", DEMO_NETWORK_ID))!.value;
    const before = await stored();

    await form.getByLabel("Namn").fill("Nätverket för mottagande");
    await form.getByLabel("Fråga om aktuellt läge, dagar före mötet").fill("3");
    await form.getByLabel("Påminnelse om aktuellt läge, dagar före mötet (0 = ingen)").fill("5");
    await form.getByRole("button", { name: "Spara" }).click();
    await page.getByText("Påminnelsen om aktuellt läge måste komma färre dagar före mötet än frågan.").waitFor();
    assert.deepEqual(await stored(), before, "nothing changed");

    await form.getByLabel("Påminnelse om aktuellt läge, dagar före mötet (0 = ingen)").fill("1");
    await form.getByRole("switch", { name: "Skicka publicerade anteckningar till varje medlem" }).click();
    await form.getByRole("textbox", { name: "Frågor vid rundan" }).fill("Antal anvisade\nAktuella frågor");
    await form.getByRole("button", { name: "Spara" }).click();
    await page.getByText("Ändringarna är sparade.").waitFor();
    const after = await stored();
    assert.equal(after.name, "Nätverket för mottagande");
    assert.deepEqual(after.settings, { reminderDaysBefore: 2, roundTableDaysBefore: 3, roundTableReminderDaysBefore: 1, notifyMembersOnPublish: false });
    assert.deepEqual((await suite.server.stores.roundTableQuestions.get(DEMO_NETWORK_ID, "current"))?.value.questions, ["Antal anvisade", "Aktuella frågor"]);
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.equal(await scrollsSideways(page), false, "the settings fit 320 px");
    await screenshot(page, "admin-network-320");
  });

  it("has no serious accessibility violations in the dark and high-contrast themes, and speaks English when asked", async function () {
    this.timeout(90_000);
    const page = await suite.open({ devUser: coordinator });
    const found: string[] = [];
    for (const theme of ["dark", "contrast"]) {
      for (const [hash, ready] of [["#/admin/organisations", "[data-reorder-handle]"], ["#/admin/members", "[data-member-id]"], ["#/admin/network", "[data-admin-network]"]] as const) {
        await page.goto(`${suite.server.url}/tab/?theme=${theme}${hash}`);
        await page.locator(ready).first().waitFor();
        found.push(...(await seriousA11yViolations(page)).map((v) => `${theme} ${hash}: ${v}`));
      }
    }
    assert.deepEqual(found, []);
    await page.goto(`${suite.server.url}/tab/?lang=en#/admin/organisations`);
    await page.getByRole("tab", { name: "Organisations" }).waitFor();
    await page.getByRole("button", { name: "Add organisation" }).waitFor();
    await page.getByRole("tab", { name: "Members" }).click();
    await page.getByRole("button", { name: "Add member" }).waitFor();
  });
});
