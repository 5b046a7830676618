import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PAST_MEETING_ID, UPCOMING_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import type { Meeting } from "../../bot/src/domain/meeting";
import { stockholmToUtc } from "../../bot/src/domain/time";
import { screenshot, scrollsSideways } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const sent: Meeting = {
  id: "member-view", networkId: DEMO_NETWORK_ID, title: "Nätverksmöte om språkstöd", startUtc: stockholmToUtc(inDays(20), "09:00"), endUtc: stockholmToUtc(inDays(20), "11:00"),
  replyByUtc: stockholmToUtc(inDays(15), "17:00"), form: "digital", place: "Digitalt via Teams",
  chairId: demoMember("Lena Forsberg").aadObjectId, secretaryId: demoMember("Emma Strand").aadObjectId, status: "invited", rollCall: "not-started", sequence: 1,
};

describe("tab: what a member sees of meetings", () => {
  const suite = browserSuite();
  const ale = users.aleMember().aadObjectId;

  before(async () => {
    await suite.server.stores.meetings.create(sent);
  });

  it("lists meetings by date first, hides drafts, and says nothing about answers to past meetings", async () => {
    const page = await suite.open({ devUser: ale });
    await page.goto(`${suite.server.url}/tab/`);
    const card = page.locator(`[data-meeting-id="${sent.id}"]`);
    await card.waitFor();
    assert.match(await card.innerText(), /^\w+ \d{1,2} \w+ \d{4} · 09:00–11:00\s+Nätverksmöte om språkstöd/);
    assert.match(await card.innerText(), /Kallelse skickad/);
    assert.match(await card.innerText(), /Ditt svar: Inte svarat/);
    assert.equal(await page.locator(`[data-meeting-id="${UPCOMING_MEETING_ID}"]`).count(), 0, "the demo's upcoming meeting is a draft");
    assert.doesNotMatch(await page.locator(`[data-meeting-id="${PAST_MEETING_ID}"]`).innerText(), /Inte svarat/);
    await screenshot(page, "member-meetings");
  });

  for (const width of [1280, 320]) {
    it(`shows reply-by, chair, secretary, the calendar file and the member's own answer in the header (${width} px)`, async () => {
      const page = await suite.open({ devUser: ale, width });
      await page.goto(`${suite.server.url}/tab/#/meetings/${sent.id}`);
      const header = page.locator("header");
      await header.getByText("Ordförande:").waitFor();
      const facts = await header.innerText();
      assert.match(facts, /Svara senast:\s*\d{1,2} \w+\.? \d{4} 17:00/);
      assert.match(facts, /Ordförande:\s*Lena Forsberg/);
      assert.match(facts, /Sekreterare:\s*Emma Strand/);
      const answer = header.getByRole("group", { name: "Ditt svar:" });
      await answer.getByRole("button", { name: "Kommer", exact: true }).click();
      await page.waitForFunction(() => document.querySelector('[data-my-answer] button[aria-pressed="true"]')?.textContent === "Kommer");
      assert.equal((await suite.server.stores.answers.get(sent.id, ale))?.value.answer, "attending");
      await answer.getByRole("button", { name: "Ersättare" }).click();
      await answer.getByLabel("Ersättarens namn").fill("Kim Holmberg");
      await answer.getByRole("button", { name: "Spara" }).click();
      await header.getByText("Ersättare: Kim Holmberg").waitFor();
      assert.equal((await suite.server.stores.answers.get(sent.id, ale))?.value.substituteName, "Kim Holmberg");
      assert.equal(await scrollsSideways(page), false);
      await screenshot(page, `member-header-${width}`);
      const [download] = await Promise.all([page.waitForEvent("download"), header.getByRole("button", { name: "Kalenderfil (.ics)" }).click()]);
      assert.match(readFileSync((await download.path())!, "utf8"), /BEGIN:VCALENDAR[\s\S]*Nätverksmöte om språkstöd/);
      await answer.getByRole("button", { name: "Kommer inte" }).click();
      await page.waitForFunction(() => document.querySelector('[data-my-answer] button[aria-pressed="true"]')?.textContent === "Kommer inte");
    });
  }

  it("shows the answer in the Svar tab after answering in the header", async () => {
    const page = await suite.open({ devUser: users.molndalMember().aadObjectId });
    await page.goto(`${suite.server.url}/tab/#/meetings/${sent.id}/responses`);
    await page.getByRole("radio", { name: "Kommer", exact: true }).waitFor();
    await page.locator("header").getByRole("button", { name: "Kommer inte" }).click();
    await page.waitForFunction(() => (document.querySelector('input[type="radio"][value="declined"]') as HTMLInputElement | null)?.checked === true);
  });

  it("shows a tentative acceptance from Outlook as tentative in the header and the Svar tab", async () => {
    const maria = demoMember("Maria Falk").aadObjectId;
    await suite.server.stores.answers.upsert({ meetingId: sent.id, memberId: maria, answer: "attending", tentative: true, channel: "calendar", answeredAt: new Date().toISOString() });
    const page = await suite.open({ devUser: maria });
    await page.goto(`${suite.server.url}/tab/#/meetings/${sent.id}/responses`);
    await page.locator("header").getByText("Preliminärt (svar i Outlook)").waitFor();
    const row = page.locator("main li", { hasText: "Maria Falk" }).last();
    assert.match(await row.innerText(), /Kommer \(preliminärt\)/);
    assert.match(await page.getByRole("list", { name: "Sammanställning" }).innerText(), /1\s*varav preliminärt/);
  });

  it("offers no answer buttons for a past meeting, and none for a draft", async () => {
    const page = await suite.open({ devUser: ale });
    await page.goto(`${suite.server.url}/tab/#/meetings/${PAST_MEETING_ID}`);
    await page.getByText("Ordförande:").waitFor();
    assert.equal(await page.locator("header").getByRole("button", { name: "Kommer", exact: true }).count(), 0);
    assert.doesNotMatch(await page.locator("header").innerText(), /Svara senast|Inte svarat/);
    // A draft is not shown to a member at all, even by its address.
    await page.goto(`${suite.server.url}/tab/#/meetings/${UPCOMING_MEETING_ID}/responses`);
    await page.getByRole("heading", { name: "Mötet hittades inte", level: 1 }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Kommer", exact: true }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Spara svar" }).count(), 0);
  });
});
