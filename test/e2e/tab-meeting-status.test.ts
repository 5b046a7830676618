import assert from "node:assert/strict";
import { UPCOMING_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import type { Meeting } from "../../bot/src/domain/meeting";
import { screenshot } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

const DAY = 86_400_000;
const at = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3_600_000).toISOString();
const meeting = (id: string, title: string, startDays: number, over: Partial<Meeting> = {}): Meeting => ({
  id, networkId: DEMO_NETWORK_ID, title, startUtc: at(startDays), endUtc: at(startDays, 2), form: "digital", place: "Digitalt via Teams",
  chairId: demoMember("Lena Forsberg").aadObjectId, secretaryId: demoMember("Emma Strand").aadObjectId, status: "invited", rollCall: "not-started", sequence: 1, ...over,
});

// Teams' meeting events never arrived for these: the stored status is still `invited`.
const sent = meeting("status-sent", "Kallat möte", 10);
const closedEarly = meeting("status-closed", "Möte med avslutad närvaro", 10, { rollCall: "closed" });
const published = meeting("status-published", "Möte med publicerade anteckningar", -30, { rollCall: "closed" });
const ended = meeting("status-ended", "Avslutat möte utan händelser", -3);

describe("tab: meeting status words follow what happened", () => {
  const suite = browserSuite();

  before(async () => {
    const s = suite.server.stores;
    for (const m of [sent, closedEarly, published, ended]) await s.meetings.create(m);
    await s.minutesVersions.create({ meetingId: published.id, version: 1, kind: "published", at: at(-29), byId: users.coordinator().aadObjectId, byName: "Johan Berg", snapshotId: "s1", parts: 0 });
  });

  const statusOf = async (page: import("playwright-core").Page, id: string) => (await page.locator(`[data-meeting-id="${id}"]`).innerText());

  it("says Kallelse skickad and Utkast, and derives the rest from the roll call, the clock and published minutes", async () => {
    const page = await suite.open({ devUser: users.coordinator().aadObjectId });
    await page.goto(`${suite.server.url}/tab/`);
    await page.locator(`[data-meeting-id="${sent.id}"]`).waitFor();
    assert.match(await statusOf(page, sent.id), /Kallelse skickad/);
    assert.match(await statusOf(page, UPCOMING_MEETING_ID), /Utkast/);
    assert.match(await statusOf(page, closedEarly.id), /Anteckningar skrivs/);
    assert.match(await statusOf(page, ended.id), /Anteckningar skrivs/);
    assert.match(await statusOf(page, published.id), /Anteckningar publicerade/);
    const all = await page.locator("main").innerText();
    assert.doesNotMatch(all, /Inbjudan|Planeras/);
    await screenshot(page, "status-words");
  });

  it("offers no Skicka kallelse or Ställ in mötet once the roll call is closed, though the start is ahead", async () => {
    const page = await suite.open({ devUser: users.coordinator().aadObjectId });
    await page.goto(`${suite.server.url}/tab/#/meetings/${closedEarly.id}`);
    await page.getByRole("heading", { name: closedEarly.title, level: 1 }).waitFor();
    assert.match(await page.locator("header").innerText(), /Anteckningar skrivs/);
    assert.equal(await page.getByRole("button", { name: "Ställ in mötet" }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Skicka kallelse" }).count(), 0);
    await page.goto(`${suite.server.url}/tab/#/meetings/${sent.id}`);
    await page.getByRole("heading", { name: sent.title, level: 1 }).waitFor();
    await page.getByRole("button", { name: "Ställ in mötet" }).waitFor();
  });

  for (const [lang, raw] of [["", /\b(invited|draft|minutes-draft|in-progress|published)\b/], ["?lang=en", /\b(invited|minutes-draft|in-progress)\b/]] as const) {
    it(`shows no raw status in the search archive ${lang || "(Swedish)"}`, async () => {
      const page = await suite.open({ devUser: users.coordinator().aadObjectId });
      await page.goto(`${suite.server.url}/tab/${lang}#/search`);
      await page.locator(`[data-archive-meeting="${published.id}"]`).waitFor();
      const archive = await page.getByRole("region", { name: lang ? "Archive" : "Arkiv" }).innerText();
      assert.doesNotMatch(archive, raw);
      assert.match(archive, lang ? /Minutes published/ : /Anteckningar publicerade/);
    });
  }
});
