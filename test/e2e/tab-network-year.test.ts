import assert from "node:assert/strict";
import { UPCOMING_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { api } from "../helpers/api-client";
import { scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

describe("tab: Nätverkets år (Kommun i fokus, gruppdialoger, statistik)", () => {
  const suite = browserSuite();
  const coordinator = users.coordinator().aadObjectId;
  const ida = users.molndalMember().aadObjectId;
  const elin = users.aleMember().aadObjectId;

  before(async () => {
    // Sent out, so that every member (not only the coordinator) sees the coming meeting.
    const upcoming = (await suite.server.stores.meetings.where("meetingId", UPCOMING_MEETING_ID))[0]!;
    await suite.server.stores.meetings.replace({ ...upcoming.value, status: "invited" }, upcoming.etag);
    const recorded = await api(suite.server.url, "/focus/history", { user: coordinator, method: "POST", body: { organisationId: "harryda", date: "2025-03-12", topic: "Mammor i arbete", presenters: ["Amir Haddad"] } });
    assert.equal(recorded.status, 201);
  });

  it("the coordinator sees the proposal and asks a municipality for the coming meeting", async () => {
    const page = await suite.open({ devUser: coordinator, width: 1024 });
    await page.goto(`${suite.server.url}/tab/#/`);
    await page.getByRole("navigation").getByRole("link", { name: "Nätverkets år", exact: true }).click();
    await page.getByTestId("focus-proposal").waitFor();
    assert.match(await page.getByTestId("focus-proposal").innerText(), /Ale \(aldrig i fokus\)/);
    await page.getByLabel("Kommun", { exact: true }).first().selectOption("molndal");
    await page.getByRole("button", { name: "Fråga" }).click();
    assert.match(await page.getByRole("status").innerText(), /Frågan har skickats till 1 person\./);
    // The rotation is read again after the ask; its row changes once that answer is in.
    await page.getByTestId("focus-rotation").getByText(/tillfrågad inför/).waitFor();
    assert.match(await page.getByTestId("focus-rotation").innerText(), /Mölndal\s+–\s+0\s+tillfrågad inför/);
  });

  it("the asked organisation's member accepts in the tab and the agenda gets 'Mölndal i fokus'", async () => {
    const page = await suite.open({ devUser: ida });
    await page.goto(`${suite.server.url}/tab/#/year/focus`);
    await page.getByLabel("Vad vill ni berätta om?").fill("Språkcafé");
    await page.getByLabel(/Vem eller vilka presenterar/).fill("Ida Holm");
    await page.getByRole("button", { name: "Ja, vi presenterar" }).click();
    await page.getByText("Tack för svaret!").waitFor();
    const agenda = await api(suite.server.url, `/meetings/${UPCOMING_MEETING_ID}`, { user: ida });
    assert.ok(agenda.body.agenda.some((i: { title: string; presenters: string[] }) => i.title === "Mölndal i fokus" && i.presenters.includes("Ida Holm")));
    await page.getByLabel("Kommun", { exact: true }).selectOption("harryda");
    assert.match(await page.getByTestId("focus-history").innerText(), /2025-03-12 · i fokus · Mammor i arbete · Amir Haddad/);
  });

  it("the chair sets a dialogue, the scribe writes notes, the secretary gathers them", async () => {
    const chair = await suite.open({ devUser: users.chair().aadObjectId });
    await chair.goto(`${suite.server.url}/tab/#/year/dialogues`);
    await chair.getByTestId("dialogue-setup").waitFor();
    await chair.getByLabel("Punkt").selectOption("2");
    await chair.getByLabel("Frågor", { exact: true }).fill("Hur når vi fler nyanlända?");
    await chair.getByLabel(/Grupper: en per rad/).fill("Grupprum 1: Elin Bergqvist");
    await chair.getByRole("button", { name: "Spara frågor och grupper" }).click();
    await chair.getByText(/Antecknarna får ett kort/).waitFor();

    const scribe = await suite.open({ devUser: elin });
    await scribe.goto(`${suite.server.url}/tab/#/year/dialogues`);
    await scribe.getByLabel(/Anteckningar för Grupprum 1/).fill("Samverka kring praktik\nGemensam information");
    const reloaded = scribe.waitForResponse((r) => r.request().method() === "GET" && /\/dialogues$/.test(new URL(r.url()).pathname));
    await scribe.getByRole("button", { name: "Spara", exact: true }).click();
    await scribe.getByText("Sparat.").waitFor();
    // The list reloads after a save: the confirmation and the text stay, and a second save is checked against the new version.
    await reloaded;
    await scribe.getByText("Sparat.").waitFor({ timeout: 1000 });
    const notes = scribe.getByLabel(/Anteckningar för Grupprum 1/);
    await notes.fill("Samverka kring praktik\nGemensam information\nTillfällig rad");
    const second = scribe.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes("/notes"));
    await scribe.getByRole("button", { name: "Spara", exact: true }).click();
    assert.equal((await second).status(), 200);
    await notes.fill("Samverka kring praktik\nGemensam information");
    const third = scribe.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes("/notes"));
    await scribe.getByRole("button", { name: "Spara", exact: true }).click();
    assert.equal((await third).status(), 200);

    const secretary = await suite.open({ devUser: users.secretary().aadObjectId });
    await secretary.goto(`${suite.server.url}/tab/#/year/dialogues`);
    await secretary.getByRole("button", { name: "För in i anteckningarna" }).click();
    await secretary.getByText(/Utdrag ur dialogerna/).first().waitFor();
    const item = (await suite.server.stores.agenda.get(UPCOMING_MEETING_ID, "0002"))!.value;
    assert.match(item.notes ?? "", /Utdrag ur dialogerna:\n• Samverka kring praktik\n• Gemensam information/);
  });

  it("statistics: bars with a table for the coordinator; a member sees only their own organisation", async () => {
    const page = await suite.open({ devUser: coordinator, width: 1024 });
    await page.goto(`${suite.server.url}/tab/#/year/statistics`);
    await page.getByTestId("statistics-table").waitFor();
    assert.match(await page.getByTestId("statistics-table").innerText(), /Mölndal\s+1\s+1\s+100 %/);
    assert.ok(await page.getByTestId("statistics-totals").isVisible());
    assert.equal(await page.getByTestId("statistics-bars").getAttribute("aria-hidden"), "true");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Ladda ner CSV" }).click();
    assert.match((await download).suggestedFilename(), /statistik.*\.csv$/);

    const member = await suite.open({ devUser: elin });
    await member.goto(`${suite.server.url}/tab/#/year/statistics`);
    await member.getByTestId("statistics-table").waitFor();
    const text = await member.getByTestId("statistics-section").innerText();
    assert.match(text, /Ale/);
    assert.ok(!text.includes("Mölndal"));
    assert.equal(await member.getByTestId("statistics-totals").count(), 0);
  });

  for (const theme of ["default", "contrast"]) {
    it(`works at 320 px without serious accessibility problems (${theme})`, async () => {
      const page = await suite.open({ devUser: coordinator, width: 320 });
      for (const section of ["focus", "statistics"]) {
        await page.goto(`${suite.server.url}/tab/?theme=${theme}#/year/${section}`);
        await page.getByTestId(`${section}-section`).waitFor();
        await page.getByTestId(section === "focus" ? "focus-rotation" : "statistics-table").waitFor();
        assert.deepEqual(await seriousA11yViolations(page), [], section);
        assert.equal(await scrollsSideways(page), false, section);
      }
    });
  }

  it("is in English with ?lang=en", async () => {
    const page = await suite.open({ devUser: coordinator });
    await page.goto(`${suite.server.url}/tab/?lang=en#/year/statistics`);
    await page.getByTestId("statistics-table").waitFor();
    assert.ok(await page.getByRole("navigation").getByRole("link", { name: "The network's year", exact: true }).isVisible());
    assert.ok(await page.getByText("Figures per organisation", { exact: false }).first().isVisible());
  });
});
