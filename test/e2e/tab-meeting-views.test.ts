import assert from "node:assert/strict";
import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import type { Meeting } from "../../bot/src/domain/meeting";
import { stockholmToUtc } from "../../bot/src/domain/time";
import { api } from "../helpers/api-client";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";
import type { TestServer } from "../helpers/test-server";

// The meeting views against the real endpoints of the invitations (#4), roll-call (#5) and round-table (#6)
// features; each test first checks that the endpoints it needs are served, and names the feature if not.

const MEETING = "views-meeting";
const person = (name: string) => demoMember(name).aadObjectId;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const meeting: Meeting = {
  id: MEETING, networkId: DEMO_NETWORK_ID, title: "Nätverksmöte om bostadsfrågor", startUtc: stockholmToUtc(inDays(20), "09:00"), endUtc: stockholmToUtc(inDays(20), "11:00"),
  form: "hybrid", place: "Gårdavägen 2, Göteborg", chairId: person("Lena Forsberg"), secretaryId: person("Emma Strand"), status: "invited", rollCall: "open", sequence: 0,
};

describe("tab meeting views on the real endpoints (responses, attendance, round table, agenda save)", () => {
  const suite = browserSuite();
  let server: TestServer;
  const open = async (user: string, options: { width?: number; query?: string; hash?: string } = {}) => {
    const page = await suite.open({ devUser: user, width: options.width });
    await page.goto(`${server.url}/tab/${options.query ?? ""}#/meetings/${MEETING}${options.hash ?? ""}`);
    return page;
  };
  /**
   * Fails naming the feature to merge when the server does not serve a route at all (restify's own 404/405).
   * It asks about a meeting that does not exist, so that the probe changes nothing.
   */
  const requireRoute = async (method: string, path: string, issue: string) => {
    const probe = path.replace(MEETING, "no-such-meeting");
    const res = await api(server.url, probe, { method, user: users.coordinator().aadObjectId, body: method === "GET" ? undefined : {} });
    const missing = res.status === 405 || (res.status === 404 && res.body?.error?.code === "resource_not_found");
    assert.ok(!missing, `${method} /api/v1${path} is not served: it comes with issue ${issue}`);
  };

  before(async () => {
    server = suite.server;
    const s = server.stores;
    await s.meetings.create(meeting);
    for (const [number, title, presenters, plannedMinutes] of [[1, "Aktuellt läge i respektive kommun", [], 40], [2, "Bostäder för nyanlända", ["Karin Sjöberg"], 30], [3, "Övriga punkter", [], 10]] as const) {
      await s.agenda.create({ meetingId: MEETING, number, title, presenters: [...presenters], plannedMinutes, decisions: [], actions: [] });
    }
    const answered = new Date().toISOString();
    await s.answers.create({ meetingId: MEETING, memberId: person("Elin Bergqvist"), answer: "attending", answeredAt: answered, channel: "card" });
    await s.answers.create({ meetingId: MEETING, memberId: person("Fatima Nordin"), answer: "substitute", substituteName: "Nora Ek", substituteOrganisationId: "goteborg", comment: "Jag är på konferens.", answeredAt: answered, channel: "card" });
    await s.answers.create({ meetingId: MEETING, memberId: person("Oskar Lindqvist"), answer: "declined", answeredAt: answered, channel: "card" });
    await s.attendance.create({ meetingId: MEETING, personId: person("Jonas Almgren"), name: "Jonas Almgren", organisationId: "alingsas", organisationName: "Alingsås", status: "present", items: [], source: "self", at: answered, guest: false });
    await s.attendance.create({ meetingId: MEETING, personId: person("Amir Haddad"), name: "Amir Haddad", organisationId: "harryda", organisationName: "Härryda", status: "present", items: [2], source: "chair", at: answered, guest: true });
    await s.roundTable.create({ meetingId: MEETING, organisationId: "ale", reporterId: person("Elin Bergqvist"), reporterName: "Elin Bergqvist", text: "Lugnt läge i Ale.", fields: {}, submitted: "before", updatedAt: answered });
    await s.roundTable.create({ meetingId: MEETING, organisationId: "goteborg", reporterId: person("Fatima Nordin"), reporterName: "Fatima Nordin", text: "Fler anvisningar än väntat.", fields: {}, submitted: "before", updatedAt: answered });
  });

  it("saves an edited agenda item (presenter, time, description, link, order) and shows it after reload [#4]", async () => {
    await requireRoute("PUT", `/meetings/${MEETING}/agenda`, "#4 (meetings and agenda)");
    const page = await open(users.coordinator().aadObjectId);
    await page.getByRole("button", { name: "Redigera dagordningen" }).click();
    const item = page.locator('[data-edit-item="2"]');
    await item.getByLabel("Föredragande (komma mellan namnen)").fill("Karin Sjöberg, Sofia Engqvist");
    await item.getByLabel("Planerad tid (minuter)").fill("25");
    await item.getByLabel("Beskrivning").fill("Läget på bostadsmarknaden och nya kontrakt.");
    await item.getByRole("button", { name: "Lägg till länk" }).click();
    await item.getByLabel("Länktext").fill("Bilder från presentationen");
    await item.getByLabel("Webbadress").fill("https://example.org/bostader.pdf");
    await page.getByRole("button", { name: "Flytta punkt 2 uppåt" }).click();
    await page.getByRole("button", { name: "Spara dagordningen" }).click();
    // The invitation is out: the coordinator is asked whether to tell the invitees what changed.
    await page.getByRole("dialog", { name: "Meddela deltagarna?" }).getByRole("button", { name: "Ja, meddela dem" }).click();
    await page.getByRole("button", { name: "Redigera dagordningen" }).waitFor();
    await page.reload();
    const first = page.locator('[data-agenda-item="1"]');
    await first.waitFor();
    const shown = await first.innerText();
    assert.match(shown, /Bostäder för nyanlända/);
    assert.match(shown, /Föredragande: Karin Sjöberg, Sofia Engqvist · 25 min/);
    assert.match(shown, /Läget på bostadsmarknaden/);
    assert.equal(await first.getByRole("link", { name: "Bilder från presentationen" }).getAttribute("href"), "https://example.org/bostader.pdf");
    const stored = (await server.stores.agenda.list(MEETING)).map((r) => r.value).sort((a, b) => a.number - b.number);
    assert.deepEqual(stored.map((i) => i.title), ["Bostäder för nyanlända", "Aktuellt läge i respektive kommun", "Övriga punkter"]);
    await screenshot(page, "meeting-agenda-saved");
  });

  it("offers a member no agenda editing, and the server refuses a member's direct PUT with 403 [#4]", async () => {
    await requireRoute("PUT", `/meetings/${MEETING}/agenda`, "#4 (meetings and agenda)");
    const page = await open(users.aleMember().aadObjectId);
    await page.locator("[data-agenda-item]").first().waitFor();
    assert.equal(await page.getByRole("button", { name: "Redigera dagordningen" }).count(), 0);
    const before = (await server.stores.agenda.list(MEETING)).length;
    const res = await api(server.url, `/meetings/${MEETING}/agenda`, { method: "PUT", user: users.aleMember().aadObjectId, body: { items: [{ title: "Kapad punkt" }] } });
    assert.equal(res.status, 403);
    assert.ok(res.body.error.message.length > 0);
    assert.equal((await server.stores.agenda.list(MEETING)).length, before);
  });

  it("shows the answers per organisation: coming, substitute with name, declined and no answer [#4]", async () => {
    await requireRoute("GET", `/meetings/${MEETING}/responses`, "#4 (invitations and responses)");
    const page = await open(users.coordinator().aadObjectId, { hash: "/responses" });
    const goteborg = page.locator('[data-organisation="goteborg"]');
    await goteborg.waitFor();
    const text = await goteborg.innerText();
    assert.match(text, /Fatima Nordin\s*Skickar ersättare/);
    assert.match(text, /Ersättare: Nora Ek/);
    assert.match(text, /Oskar Lindqvist\s*Kommer inte/);
    assert.match(text, /Camilla Sandberg\s*Inte svarat/);
    assert.match(await page.locator('[data-organisation="ale"]').innerText(), /Elin Bergqvist\s*Kommer/);
    assert.match(await page.getByRole("list", { name: "Sammanställning" }).innerText(), /Kommer/);
    await screenshot(page, "meeting-responses");
  });

  it("lets a member answer with a substitute and shows the answer after reload [#4]", async () => {
    await requireRoute("PUT", `/meetings/${MEETING}/responses/me`, "#4 (invitations and responses)");
    const page = await open(users.molndalMember().aadObjectId, { hash: "/responses" });
    await page.getByRole("radio", { name: "Skickar ersättare" }).check();
    await page.getByLabel("Ersättarens namn").fill("Kim Holmberg");
    await page.getByLabel("Kommentar (valfri)").fill("Jag är sjuk.");
    await page.getByRole("button", { name: "Spara svar" }).click();
    await page.getByText("Ditt svar är sparat.").waitFor();
    await page.reload();
    const molndal = page.locator('[data-organisation="molndal"]');
    await molndal.waitFor();
    assert.match(await molndal.innerText(), /Ida Holm\s*Skickar ersättare[\s\S]*Ersättare: Kim Holmberg/);
    const stored = await server.stores.answers.get(MEETING, users.molndalMember().aadObjectId);
    assert.equal(stored?.value.substituteName, "Kim Holmberg");
    assert.equal(stored?.value.channel, "tab");
  });

  it("lists attendance with '(pkt N)'; a member gets no marking controls and a direct PUT is refused [#5]", async () => {
    await requireRoute("GET", `/meetings/${MEETING}/attendance`, "#5 (roll call and attendance)");
    const page = await open(users.aleMember().aadObjectId, { hash: "/attendance" });
    const present = page.locator('[data-list="present"]');
    await present.waitFor();
    assert.match(await present.innerText(), /Amir Haddad, Härryda \(pkt 2\)/);
    assert.match(await present.innerText(), /Jonas Almgren, Alingsås/);
    assert.match(await page.locator('[data-list="absent"]').innerText(), /Elin Bergqvist, Ale/);
    assert.equal(await page.getByRole("button", { name: /Markera .* som närvarande/ }).count(), 0);
    assert.equal(await page.getByRole("heading", { name: "Lägg till gäst" }).count(), 0);
    const res = await api(server.url, `/meetings/${MEETING}/attendance/${users.aleMember().aadObjectId}`, { method: "PUT", user: users.aleMember().aadObjectId, body: { status: "present" } });
    assert.equal(res.status, 403);
  });

  it("lets the chair mark someone present for one item and add a guest [#5]", async () => {
    await requireRoute("PUT", `/meetings/${MEETING}/attendance/x`, "#5 (roll call and attendance)");
    const page = await open(users.chair().aadObjectId, { hash: "/attendance" });
    await page.getByRole("button", { name: "Markera Ida Holm som närvarande" }).click();
    await page.locator('[data-list="present"] [data-person="Ida Holm"]').waitFor();
    await page.getByRole("button", { name: "Ange punkter för Ida Holm" }).click();
    await page.getByLabel(/Punkter \(t\.ex\./).fill("3");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await page.getByText("Ida Holm, Mölndal (pkt 3)").waitFor();
    await page.getByRole("textbox", { name: "Namn", exact: true }).fill("Greta Lund");
    await page.getByRole("textbox", { name: "Organisation", exact: true }).fill("Fastighetsbolaget Hem");
    await page.getByLabel("Punkter (tomt = hela mötet)").fill("2");
    await page.getByRole("button", { name: "Lägg till" }).click();
    await page.getByText("Greta Lund, Fastighetsbolaget Hem (pkt 2)").waitFor();
    const rows = (await server.stores.attendance.list(MEETING)).map((r) => r.value);
    assert.deepEqual(rows.find((r) => r.personId === users.molndalMember().aadObjectId)?.items, [3]);
    assert.equal(rows.find((r) => r.name === "Greta Lund")?.status, "present");
    await screenshot(page, "meeting-attendance");
  });

  it("refreshes the attendance every 5 seconds while the roll call is open [#5]", async () => {
    await requireRoute("GET", `/meetings/${MEETING}/attendance`, "#5 (roll call and attendance)");
    const page = await open(users.aleMember().aadObjectId, { hash: "/attendance" });
    await page.locator('[data-list="present"]').waitFor();
    await server.stores.attendance.upsert({ meetingId: MEETING, personId: person("Karin Sjöberg"), name: "Karin Sjöberg", organisationId: "kungalv", organisationName: "Kungälv", status: "present", items: [], source: "self", at: new Date().toISOString(), guest: false });
    await page.locator('[data-list="present"]').getByText("Karin Sjöberg, Kungälv").waitFor({ timeout: 8000 });
  });

  it("shows the round table per organisation; a member edits their own organisation's entry, not another's [#6]", async () => {
    await requireRoute("GET", `/meetings/${MEETING}/round-table`, "#6 (round table)");
    const page = await open(users.aleMember().aadObjectId, { hash: "/round-table" });
    const ale = page.locator('article[data-organisation="ale"]');
    await ale.waitFor();
    assert.match(await ale.innerText(), /Lugnt läge i Ale\.[\s\S]*Rapporterat av Elin Bergqvist/);
    assert.equal(await page.locator('article[data-organisation="goteborg"]').getByRole("button", { name: /Redigera/ }).count(), 0);
    await ale.getByRole("button", { name: "Redigera aktuellt läge för Ale" }).click();
    await ale.getByLabel("Aktuellt läge för Ale").fill("Två nya familjer har kommit; skolplatser är ordnade.");
    await ale.getByRole("button", { name: "Spara" }).click();
    // Saved when the editor has closed and the entry shows the new text.
    await ale.getByRole("button", { name: "Redigera aktuellt läge för Ale" }).waitFor();
    await ale.getByText("Två nya familjer har kommit; skolplatser är ordnade.").waitFor();
    const stored = await server.stores.roundTable.get(MEETING, "ale");
    assert.equal(stored?.value.text, "Två nya familjer har kommit; skolplatser är ordnade.");
    const refused = await api(server.url, `/meetings/${MEETING}/round-table/goteborg`, { method: "PUT", user: users.aleMember().aadObjectId, body: { text: "Kapat" } });
    assert.equal(refused.status, 403);
    assert.equal((await server.stores.roundTable.get(MEETING, "goteborg"))?.value.text, "Fler anvisningar än väntat.");
    await screenshot(page, "meeting-round-table");
  });

  it("shows the other version when someone else saved in between (409), and saves over it only when asked [#6]", async () => {
    await requireRoute("GET", `/meetings/${MEETING}/round-table`, "#6 (round table)");
    const page = await open(users.aleMember().aadObjectId, { hash: "/round-table" });
    const ale = page.locator('article[data-organisation="ale"]');
    await ale.getByRole("button", { name: "Redigera aktuellt läge för Ale" }).click();
    const current = (await server.stores.roundTable.get(MEETING, "ale"))!;
    await server.stores.roundTable.replace({ ...current.value, text: "Jonas version från mobilen.", reporterName: "Jonas Almgren", updatedAt: new Date().toISOString() }, current.etag);
    await ale.getByLabel("Aktuellt läge för Ale").fill("Min version.");
    await ale.getByRole("button", { name: "Spara" }).click();
    await ale.getByTestId("their-version").waitFor();
    assert.equal(await ale.getByTestId("their-version").innerText(), "Jonas version från mobilen.");
    assert.equal((await server.stores.roundTable.get(MEETING, "ale"))?.value.text, "Jonas version från mobilen.", "nothing overwritten yet");
    await ale.getByRole("button", { name: "Spara min version ändå" }).click();
    // Saved when the editor has closed and the entry shows the text.
    await ale.getByRole("button", { name: "Redigera aktuellt läge för Ale" }).waitFor();
    await ale.getByText("Min version.").waitFor();
    assert.equal((await server.stores.roundTable.get(MEETING, "ale"))?.value.text, "Min version.");
  });

  it("shows an organisation's round-table history as a timeline, newest first [#6]", async () => {
    await requireRoute("GET", "/organisations/ale/round-table", "#6 (round table)");
    const page = await open(users.aleMember().aadObjectId, { hash: "/round-table" });
    const ale = page.locator('article[data-organisation="ale"]');
    await ale.getByRole("button", { name: "Historik" }).click();
    const timeline = page.getByTestId("history-ale");
    await timeline.waitFor();
    const entries = await timeline.locator("li").allInnerTexts();
    assert.ok(entries.length >= 2);
    assert.match(entries.at(-1)!, /onsdag 12 mars 2025[\s\S]*Två nya familjer anvisade under våren/);
  });

  it("is accessible in light and dark and fits 320 px on the responses, attendance and round-table tabs [#4, #5, #6]", async function () {
    this.timeout(150_000); // nine page loads with axe: slow on a busy machine
    await requireRoute("GET", `/meetings/${MEETING}/responses`, "#4 (invitations and responses)");
    await requireRoute("GET", `/meetings/${MEETING}/attendance`, "#5 (roll call and attendance)");
    await requireRoute("GET", `/meetings/${MEETING}/round-table`, "#6 (round table)");
    const found: string[] = [];
    for (const [hash, ready] of [["/responses", "[data-organisation]"], ["/attendance", '[data-list="present"]'], ["/round-table", "article[data-organisation]"]] as const) {
      for (const query of ["", "?theme=dark"]) {
        const page = await open(users.coordinator().aadObjectId, { query, hash });
        await page.locator(ready).first().waitFor();
        found.push(...(await seriousA11yViolations(page)).map((v) => `${hash}${query}: ${v}`));
      }
      const narrow = await open(users.chair().aadObjectId, { query: "?theme=dark", hash, width: 320 });
      await narrow.locator(ready).first().waitFor();
      if (await scrollsSideways(narrow)) found.push(`${hash}: scrolls sideways at 320 px`);
      await screenshot(narrow, `side-panel${hash.replace("/", "-")}-dark`);
    }
    assert.deepEqual(found, []);
  });
});
