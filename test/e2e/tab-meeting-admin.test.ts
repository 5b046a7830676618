import assert from "node:assert/strict";
import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import { stockholmParts } from "../../bot/src/domain/time";
import { api } from "../helpers/api-client";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";
import { dayFromNow, meetingBody } from "../helpers/invitations";

const TITLE = "Nätverksmöte om arbetsmarknaden";

describe("tab: the coordinator creates, changes and sends a meeting", () => {
  const suite = browserSuite();
  const coordinator = users.coordinator().aadObjectId;
  const member = users.aleMember().aadObjectId;
  const tab = (hash: string) => `${suite.server.url}/tab/${hash}`;

  it("creates a meeting with the form, changes its place and sends the invitation with a report", async function () {
    this.timeout(90_000); // the form, the change and the send with its confirmation step: slow on a busy machine
    const page = await suite.open({ devUser: coordinator, width: 320, height: 900 });
    await page.goto(tab("#/"));
    await page.getByRole("button", { name: "Nytt möte" }).click();
    await page.getByRole("heading", { name: "Mötets uppgifter" }).waitFor();

    await page.getByRole("button", { name: "Skapa mötet" }).click();
    await page.getByText("Rätta de markerade fälten först.").waitFor();
    assert.equal((await suite.server.stores.meetings.list(DEMO_NETWORK_ID)).filter((m) => m.value.title === TITLE).length, 0);

    const date = dayFromNow(25);
    await page.getByLabel("Rubrik").fill(TITLE);
    await page.getByLabel("Datum").fill(date);
    await page.getByLabel("Starttid (svensk tid)").fill("13:00");
    await page.getByLabel("Sluttid (svensk tid)").fill("15:30");
    await page.getByLabel("Mötesform").selectOption("hybrid");
    await page.getByLabel("Plats").fill("Stadshuset, Mölndal");
    await page.getByLabel("Teams-länk").fill("https://teams.microsoft.com/l/meetup-join/arbetsmarknad");
    await page.getByLabel("Ordförande").selectOption({ label: "Lena Forsberg (Lerum)" });
    await page.getByLabel("Sekreterare").selectOption({ label: "Emma Strand (GR)" });
    await page.getByLabel("Sista svarsdag").fill(dayFromNow(15));
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.equal(await scrollsSideways(page), false, "the form fits 320 px");
    await page.getByRole("button", { name: "Skapa mötet" }).click();

    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    const meetingId = decodeURIComponent(new URL(page.url()).hash.split("/")[2]!);
    const stored = (await suite.server.stores.meetings.get(DEMO_NETWORK_ID, meetingId))?.value;
    assert.ok(stored, "the meeting is stored");
    assert.deepEqual(stockholmParts(new Date(stored.startUtc)), { date, time: "13:00" });
    assert.equal(stored.form, "hybrid");
    assert.equal(stored.chairId, demoMember("Lena Forsberg").aadObjectId);
    assert.equal(stored.secretaryId, demoMember("Emma Strand").aadObjectId);

    // At 320 px the coordinator's tools are in one menu.
    const tool = async (name: string) => {
      await page.getByRole("button", { name: "Hantera mötet" }).click();
      await page.getByRole("menuitem", { name }).click();
    };
    await tool("Ändra mötet");
    assert.equal(await page.getByLabel("Plats").inputValue(), "Stadshuset, Mölndal");
    await page.getByLabel("Plats").fill("Kommunhuset, Kungälv");
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await page.getByText("Hybrid · Kommunhuset, Kungälv").waitFor();
    assert.equal((await api(suite.server.url, `/meetings/${meetingId}`, { user: coordinator })).body.place, "Kommunhuset, Kungälv");

    await tool("Skicka kallelse");
    await page.getByRole("dialog", { name: "Skicka kallelsen?" }).getByRole("button", { name: "Skicka kallelsen" }).click();
    const report = page.locator("[data-invitation-report]");
    await report.getByText(/\d+ av \d+ nådda/).waitFor();
    const shown = await report.innerText();
    const invited = (await suite.server.stores.meetings.get(DEMO_NETWORK_ID, meetingId))?.value;
    assert.equal(invited?.status, "invited");
    assert.match(shown, /Skickade: \d+/);
    assert.ok(/Kunde inte nås/.test(shown) === /appen är inte installerad|fel hos Teams/.test(shown), "unreachable people are listed with a reason");
    const [reached, all] = /(\d+) av (\d+) nådda/.exec(shown)!.slice(1).map(Number);
    assert.ok(all! > 0 && reached! <= all!, shown);
    if (reached === 0) assert.match(shown, /^Kallelsen nådde ingen: 0 av \d+ nådda/, "nothing reached is not called sent");
    await screenshot(page, "invitation-report-320");
    if (reached! < all!) {
      assert.match(shown, /lägga till Nätverksmöten/);
      const [download] = await Promise.all([page.waitForEvent("download"), report.getByRole("button", { name: "Ladda ner kalenderfilen (.ics) att e-posta" }).click()]);
      assert.match(download.suggestedFilename(), /\.ics$/);
    }


    await page.goto(tab("#/"));
    await page.locator(`[data-meeting-id="${meetingId}"]`).getByText(TITLE).waitFor();
  });

  it("shows a clear message and the latest version when someone else changed the meeting meanwhile", async function () {
    this.timeout(20_000);
    const created = await api(suite.server.url, "/meetings", { user: coordinator, method: "POST", body: meetingBody({ title: "Möte som ändras av två" }) });
    assert.equal(created.status, 201);
    const page = await suite.open({ devUser: coordinator });
    await page.goto(tab(`#/meetings/${created.body.id}`));
    await page.getByRole("button", { name: "Ändra mötet" }).click();
    await page.getByLabel("Plats").fill("Min plats");
    const other = await api(suite.server.url, `/meetings/${created.body.id}`, { user: coordinator, method: "PUT", body: { place: "Deras plats" } });
    assert.equal(other.status, 200);
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await page.getByText("Någon annan ändrade mötet medan du redigerade.", { exact: false }).waitFor();
    assert.equal(await page.getByLabel("Plats").inputValue(), "Deras plats");
  });

  it("cancels a meeting only after the confirmation", async function () {
    this.timeout(20_000);
    const created = await api(suite.server.url, "/meetings", { user: coordinator, method: "POST", body: meetingBody({ title: "Möte som ställs in" }) });
    const page = await suite.open({ devUser: coordinator });
    await page.goto(tab(`#/meetings/${created.body.id}`));
    await page.getByRole("button", { name: "Ställ in mötet" }).click();
    const dialog = page.getByRole("dialog", { name: "Ställa in mötet?" });
    await dialog.getByRole("button", { name: "Behåll mötet" }).click();
    assert.equal((await suite.server.stores.meetings.get(DEMO_NETWORK_ID, created.body.id))?.value.status, "draft");
    await page.getByRole("button", { name: "Ställ in mötet" }).click();
    await dialog.getByRole("button", { name: "Ställ in mötet" }).click();
    await page.getByText("Inställt").first().waitFor();
    assert.equal((await suite.server.stores.meetings.get(DEMO_NETWORK_ID, created.body.id))?.value.status, "cancelled");
  });

  it("shows the coordinator which chat the meeting's cards go to and lets them unlink a wrong one", async function () {
    this.timeout(30_000);
    const chat = "19:meeting_fel@thread.v2";
    const created = await api(suite.server.url, "/meetings", { user: coordinator, method: "POST", body: meetingBody({ title: "Möte i fel chatt" }) });
    const row = (await suite.server.stores.meetings.get(DEMO_NETWORK_ID, created.body.id))!;
    await suite.server.stores.meetings.replace({ ...row.value, chatConversationId: chat }, row.etag);
    const page = await suite.open({ devUser: coordinator });
    await page.goto(tab(`#/meetings/${created.body.id}`));
    const section = page.getByRole("region", { name: "Mötets chatt i Teams" });
    await section.getByText("går till den Teams-chatt där mötet användes första gången").waitFor();
    await section.getByRole("button", { name: "Koppla bort chatten" }).click();
    await section.getByText("Mötet är inte kopplat till någon chatt.").waitFor();
    assert.equal((await suite.server.stores.meetings.get(DEMO_NETWORK_ID, created.body.id))?.value.chatConversationId, undefined);
  });

  it("offers a member none of the meeting tools, and the server refuses a member's new meeting", async () => {
    const page = await suite.open({ devUser: member });
    await page.goto(tab("#/"));
    await page.getByRole("heading", { name: "Kommande möten" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Nytt möte" }).count(), 0);
    const upcoming = page.locator("[data-meeting-id]").first();
    await upcoming.getByRole("link").click();
    await page.getByRole("tab", { name: "Dagordning" }).waitFor();
    for (const name of ["Ändra mötet", "Ställ in mötet", "Skicka kallelse", "Koppla bort chatten"]) assert.equal(await page.getByRole("button", { name }).count(), 0, name);
    await page.goto(tab("#/meetings/new"));
    await page.getByText("Bara nätverkets samordnare kan skapa möten.").waitFor();

    const before = (await suite.server.stores.meetings.list(DEMO_NETWORK_ID)).length;
    const refused = await api(suite.server.url, "/meetings", { user: member, method: "POST", body: meetingBody({ title: "Medlemmens möte" }) });
    assert.equal(refused.status, 403);
    assert.equal((await suite.server.stores.meetings.list(DEMO_NETWORK_ID)).length, before);
  });
});
