import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { DEMO_NETWORK_ID } from "../../bot/src/demo/demo-network";
import { TENANT_ID } from "../helpers/activities";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";
import { LocalIdentity } from "../helpers/local-identity";
import { messagesToTeams, openInTeams, sendFromTeams } from "../helpers/teams-host";
import { startTestServer, type TestServer } from "../helpers/test-server";

const CHAT_ID = "19:meeting_ZmY0NTY4YjgtNTgx@thread.v2";
const TEAMS_MEETING_ID = Buffer.from(`0#${CHAT_ID}#0`).toString("base64");
const tabFrame = (page: Page) => page.frames().find((f) => f.url().includes("/tab/"))!;
const canvasOf = (frame: ReturnType<Page["frameLocator"]>) => frame.locator(".fui-FluentProvider").first().evaluate((e) => getComputedStyle(e).backgroundColor);

describe("tab in Teams (server with BOT_ID, SSO against a local JWKS, a stand-in Teams client)", () => {
  const identity = new LocalIdentity();
  const suite = browserSuite(async () => {
    await identity.start();
    return startTestServer({ env: { BOT_ID: "app", BOT_PASSWORD: "secret", ...identity.tabSettings([TENANT_ID]) } });
  });
  const open = suite.open;
  let server: TestServer;
  const tokenOf = (user: { aadObjectId: string; name: string }) => identity.tabToken({ oid: user.aadObjectId, tid: TENANT_ID, name: user.name });

  before(async () => {
    server = suite.server;
    await server.stores.meetings.create({
      id: "linked", networkId: DEMO_NETWORK_ID, title: "Extra nätverksmöte om bostäder", startUtc: "2030-05-06T07:00:00.000Z", endUtc: "2030-05-06T09:00:00.000Z",
      form: "digital", place: "Digitalt via Teams", joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(CHAT_ID)}/0?context=%7b%7d`,
      status: "invited", rollCall: "not-started", sequence: 0,
    });
    await server.stores.agenda.create({ meetingId: "linked", number: 1, title: "Bostadsläget i kommunerna", presenters: ["Karin Sjöberg"], plannedMinutes: 40, decisions: [], actions: [] });
  });
  after(() => identity.stop());

  it("outside Teams says to open the app in Teams: no dev mode, no user picker", async () => {
    const page = await open({ devUser: users.coordinator().aadObjectId });
    const devHeaders: string[] = [];
    page.on("request", (r) => r.headers()["x-dev-user"] && devHeaders.push(r.url()));
    await page.goto(`${server.url}/tab/`);
    await page.getByRole("heading", { name: "Öppna appen i Teams" }).waitFor();
    assert.equal(await page.getByText("Utvecklingsläge").count(), 0);
    assert.equal(await page.getByRole("heading", { name: "Vem är du?" }).count(), 0);
    assert.deepEqual(devHeaders, []);
    await screenshot(page, "open-in-teams");
  });

  it("signs in with the Teams SSO token and follows the Teams theme and its changes", async () => {
    const page = await open();
    const frame = await openInTeams(page, server.url, { path: "/tab/", token: await tokenOf(users.aleMember()), theme: "dark" });
    await frame.getByRole("heading", { name: "Möten", level: 1 }).waitFor();
    assert.equal(await frame.getByText("Utvecklingsläge").count(), 0);
    assert.equal(await canvasOf(frame), "rgb(31, 31, 31)");
    await screenshot(page, "teams-meetings-dark");
    await sendFromTeams(page, "themeChange", ["contrast"]);
    await frame.locator('.fui-FluentProvider[data-theme="contrast"]').waitFor();
    assert.equal(await canvasOf(frame), "rgb(0, 0, 0)");
    await sendFromTeams(page, "themeChange", ["default"]);
    await frame.locator('.fui-FluentProvider[data-theme="default"]').waitFor();
    assert.equal(await canvasOf(frame), "rgb(245, 245, 245)");
    const funcs = (await messagesToTeams(page)).map((m) => m.func);
    assert.ok(funcs.includes("authentication.getAuthToken"));
    assert.ok(funcs.includes("appInitialization.success"), "tells Teams the app loaded");
  });

  it("speaks English when the Teams locale is English", async () => {
    const page = await open();
    const frame = await openInTeams(page, server.url, { path: "/tab/", token: await tokenOf(users.aleMember()), locale: "en-US" });
    await frame.getByRole("heading", { name: "Meetings", level: 1 }).waitFor();
    assert.match(await frame.locator('[data-meeting-id="demo-2025-03-12"]').innerText(), /Wednesday, 12 March 2025 · 09:00–11:30/);
  });

  it("opens the network meeting of the Teams meeting in a 320 px side panel, with no sideways scrolling", async () => {
    const page = await open({ width: 320, height: 640 });
    const frame = await openInTeams(page, server.url, {
      path: "/tab/#/meeting-context", token: await tokenOf(users.aleMember()), frameContext: "sidePanel", meetingId: TEAMS_MEETING_ID, chatId: CHAT_ID, theme: "dark",
    });
    await frame.getByRole("heading", { name: "Extra nätverksmöte om bostäder" }).waitFor();
    assert.match(await frame.locator('[data-agenda-item="1"]').innerText(), /Bostadsläget i kommunerna/);
    assert.equal(await frame.getByRole("link", { name: "Alla möten" }).count(), 0, "no way out of the meeting in its own tab");
    assert.equal(await frame.getByRole("navigation").count(), 0);
    assert.equal(await frame.locator("html").evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false);
    assert.equal(await scrollsSideways(page), false);
    await frame.getByRole("tab", { name: "Anteckningar" }).click();
    await frame.getByTestId("minutes-page").waitFor();
    assert.match(await frame.locator("html").evaluate(() => location.hash), /#\/meeting-context\/minutes/);
    assert.deepEqual(await seriousA11yViolations(tabFrame(page)), []);
    await screenshot(page, "teams-side-panel-meeting");
  });

  it("says so when the Teams meeting belongs to no network meeting", async () => {
    const page = await open();
    const other = Buffer.from("0#19:meeting_unknown@thread.v2#0").toString("base64");
    const frame = await openInTeams(page, server.url, { path: "/tab/#/meeting-context", token: await tokenOf(users.aleMember()), meetingId: other });
    await frame.getByText("Inget nätverksmöte hittades").waitFor();
    assert.match(await frame.getByRole("alert").innerText(), /hör inte till något nätverksmöte/);
  });

  it("gives a signed-in non-member the polite refusal and no meetings", async () => {
    const page = await open();
    const frame = await openInTeams(page, server.url, { path: "/tab/", token: await tokenOf(users.stranger()) });
    await frame.getByRole("heading", { name: "Du är inte med i nätverket" }).waitFor();
    assert.equal(await frame.locator("[data-meeting-id]").count(), 0);
  });

  it("shows why sign-in failed and offers to try again when Teams gives no token", async () => {
    const page = await open();
    const frame = await openInTeams(page, server.url, { path: "/tab/" });
    await frame.getByText("Inloggningen misslyckades").waitFor();
    assert.ok(await frame.getByRole("button", { name: "Försök igen" }).isVisible());
  });

  it("configures the meeting tab: valid at once, saves the meeting-context URL and reports success", async () => {
    const page = await open();
    const frame = await openInTeams(page, server.url, { path: "/tab/config.html", frameContext: "settings" });
    await frame.getByRole("heading", { name: "Nätverksmöte" }).waitFor();
    await page.waitForFunction(() => (window as unknown as { __teamsHost: { log: { func: string }[] } }).__teamsHost.log.some((m) => m.func === "settings.setValidityState"));
    await sendFromTeams(page, "settings.save", [{}]);
    await page.waitForFunction(() => (window as unknown as { __teamsHost: { log: { func: string }[] } }).__teamsHost.log.some((m) => m.func === "settings.save.success"));
    const messages = await messagesToTeams(page);
    assert.deepEqual(messages.find((m) => m.func === "settings.setValidityState")?.args, [true]);
    const settings = messages.find((m) => m.func === "settings.setSettings")?.args[0] as { contentUrl: string; websiteUrl: string; entityId: string };
    assert.equal(settings.contentUrl, `${server.url}/tab/#/meeting-context`);
    assert.equal(settings.entityId, "network-meeting");
    await screenshot(page, "teams-config");
  });

  it("has no serious or critical accessibility violations in Teams dark theme", async () => {
    const page = await open();
    const frame = await openInTeams(page, server.url, { path: "/tab/", token: await tokenOf(users.coordinator()), theme: "dark" });
    await frame.locator("[data-meeting-id]").first().waitFor();
    assert.deepEqual(await seriousA11yViolations(tabFrame(page)), []);
  });
});
