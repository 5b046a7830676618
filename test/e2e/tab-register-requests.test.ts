import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { DEMO_NETWORK_ID } from "../../bot/src/demo/demo-network";
import { TENANT_ID } from "../helpers/activities";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";
import { LocalIdentity } from "../helpers/local-identity";
import { openInTeams } from "../helpers/teams-host";
import { startTestServer } from "../helpers/test-server";

const tabFrame = (page: Page) => page.frames().find((f) => f.url().includes("/tab/"))!;

describe("tab: applying for membership, and the coordinator's requests and invitations", () => {
  const identity = new LocalIdentity();
  const suite = browserSuite(async () => {
    await identity.start();
    return startTestServer({ env: { BOT_ID: "app", BOT_PASSWORD: "secret", ...identity.tabSettings([TENANT_ID]) } });
  });
  after(() => identity.stop());
  const stranger = users.stranger();
  const tokenOf = (user: { aadObjectId: string; name: string }, claims: Record<string, unknown> = {}) => identity.tabToken({ oid: user.aadObjectId, tid: TENANT_ID, name: user.name }, claims);

  it("lets a signed-in non-member apply with a new organisation and a note; the identity comes from the sign-in", async () => {
    const page = await suite.open({ width: 360 });
    const frame = await openInTeams(page, suite.server.url, { path: "/tab/", token: await tokenOf(stranger, { preferred_username: "kim.utomstaende@example.org" }) });
    await frame.getByRole("heading", { name: "Du är inte med i nätverket" }).waitFor();
    const form = frame.getByRole("form", { name: "Ansök om medlemskap" });
    const send = form.getByRole("button", { name: "Ansök om medlemskap" });
    assert.equal(await send.isDisabled(), true, "nothing chosen yet");
    assert.deepEqual(await seriousA11yViolations(tabFrame(page)), []);
    await form.getByLabel("Din organisation").selectOption({ label: "Annan organisation (skriv namnet)" });
    await form.getByLabel("Organisationens namn").fill("Integrationscentrum Väst");
    await form.getByLabel("Meddelande till samordnaren (valfritt)").fill("Jag samordnar SFI i regionen.");
    await send.click();
    await frame.getByText("Tack! Din ansökan har skickats till samordnaren.").waitFor();
    assert.equal(await scrollsSideways(page), false);
    await screenshot(page, "join-request-sent");
    const stored = await suite.server.stores.joinRequests.get(DEMO_NETWORK_ID, stranger.aadObjectId);
    assert.deepEqual([stored?.value.displayName, stored?.value.email, stored?.value.organisationName, stored?.value.status], ["Kim Utomstående", "kim.utomstaende@example.org", "Integrationscentrum Väst", "pending"]);
  });

  it("gives the coordinator the page: approve a request, preview a list with row errors, invite, export", async () => {
    const page = await suite.open();
    const frame = await openInTeams(page, suite.server.url, { path: "/tab/", token: await tokenOf(users.coordinator()) });
    await frame.getByRole("navigation").getByRole("link", { name: "Administration", exact: true }).click();
    await frame.getByRole("tab", { name: "Ansökningar och inbjudningar" }).click();
    await frame.getByRole("heading", { name: "Ansökningar och inbjudningar", level: 1 }).waitFor();
    const row = frame.locator(`[data-request="${stranger.aadObjectId}"]`);
    assert.match(await row.innerText(), /Kim Utomstående[\s\S]*Integrationscentrum Väst \(ny\)[\s\S]*Jag samordnar SFI/);
    await row.getByRole("button", { name: "Godkänn" }).click();
    await row.getByText("Godkänd").waitFor();
    assert.equal((await suite.server.stores.members.get(DEMO_NETWORK_ID, stranger.aadObjectId))?.value.active, true);

    const list = frame.getByLabel("Lista att bjuda in");
    await list.fill("Namn;E-post;Organisation\nRobin Exempel;robin.exempel@example.org;Ale\nAlex Exempel;inte-en-adress;Okänd kommun");
    await frame.getByRole("button", { name: "Förhandsgranska" }).click();
    await frame.getByText("1 rad har fel.", { exact: false }).waitFor();
    assert.match(await frame.locator('[data-import-line="3"]').innerText(), /E-postadressen är ogiltig\.\s*Organisationen finns inte i registret\./);
    assert.match(await frame.locator('[data-import-line="2"]').innerText(), /OK/);
    assert.equal(await frame.getByRole("button", { name: /Bjud in 2 personer/ }).isDisabled(), true, "a list with errors cannot be sent");
    await screenshot(page, "import-preview-errors");

    await list.fill("Robin Exempel;robin.exempel@example.org;Ale\nAlex Exempel;alex.exempel@example.org;Mölndal");
    assert.equal(await frame.getByRole("button", { name: /Bjud in/ }).isDisabled(), true, "a changed list needs a new preview");
    await frame.getByRole("button", { name: "Förhandsgranska" }).click();
    await frame.getByText("Alla rader är rätt.").waitFor();
    await frame.getByRole("button", { name: "Bjud in 2 personer" }).click();
    await frame.getByText("2 personer är inbjudna.").waitFor();
    await frame.locator('[data-invited="alex.exempel@example.org"]').waitFor();
    assert.deepEqual(await seriousA11yViolations(tabFrame(page)), []);

    // Swedish Excel saves "CSV (semikolonavgränsad)" in Windows-1252: Å is 0xC5, ä 0xE4.
    const windows1252 = Buffer.from([...Buffer.from("Namn;E-post;Organisation\r\n", "latin1"), 0xc5, ...Buffer.from("sa Exempel;asa.exempel@example.org;H", "latin1"), 0xe4, ...Buffer.from("rryda\r\n", "latin1")]);
    await frame.locator('input[type="file"]').setInputFiles({ name: "lista.csv", mimeType: "text/csv", buffer: windows1252 });
    await frame.getByRole("button", { name: "Förhandsgranska" }).click();
    await frame.getByText("Alla rader är rätt.").waitFor();
    assert.match(await frame.locator('[data-import-line="2"]').innerText(), /Åsa Exempel[\s\S]*asa\.exempel@example\.org[\s\S]*Härryda[\s\S]*OK/);
    assert.match(await frame.locator('[data-invited="robin.exempel@example.org"]').innerText(), /Robin Exempel[\s\S]*Ale/);

    const [download] = await Promise.all([page.waitForEvent("download"), frame.getByRole("button", { name: "Exportera registret (CSV)" }).click()]);
    assert.equal(download.suggestedFilename(), "medlemsregister.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    assert.ok(csv.startsWith("\uFEFFNamn;E-post;Organisation;Roll;Status\r\n"));
    assert.match(csv, /Kim Utomstående;kim\.utomstaende@example\.org;Integrationscentrum Väst;ledamot;aktiv/);
    assert.match(csv, /Robin Exempel;robin\.exempel@example\.org;Ale;ledamot;inbjuden/);
    await screenshot(page, "register-requests");
  });

  it("shows the page's tab to the coordinator only", async () => {
    const page = await suite.open();
    const frame = await openInTeams(page, suite.server.url, { path: "/tab/", token: await tokenOf(users.aleMember()) });
    await frame.getByRole("navigation").getByRole("link", { name: "Möten", exact: true }).waitFor();
    assert.equal(await frame.getByRole("navigation").getByRole("link", { name: "Administration", exact: true }).count(), 0);
    assert.equal(await frame.getByRole("tab", { name: "Ansökningar och inbjudningar" }).count(), 0);
  });
});
