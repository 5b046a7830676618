import assert from "node:assert/strict";
import { api } from "../helpers/api-client";
import { screenshot, scrollsSideways, seriousA11yViolations } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { users } from "../helpers/demo-users";
import { dayFromNow } from "../helpers/invitations";

describe("tab: polls (Enkäter) and finding the date", function () {
  // Two browsers, poll delivery and a meeting created: slow on a loaded machine.
  this.timeout(180_000);
  const suite = browserSuite();
  const coordinator = users.coordinator().aadObjectId;
  const ale = users.aleMember().aadObjectId;

  it("lets the coordinator put a question, a member answer it, and shows the results as a chart once shared", async () => {
    const page = await suite.open({ devUser: coordinator, width: 1024 });
    await page.goto(`${suite.server.url}/tab/#/`);
    await page.getByRole("navigation").getByRole("link", { name: "Enkäter", exact: true }).click();
    await page.getByRole("textbox", { name: "Fråga", exact: true }).fill("Vilken veckodag passar bäst?");
    await page.getByLabel("Alternativ (ett per rad)").fill("Tisdag\nTorsdag");
    await page.getByRole("form", { name: "Ny enkät" }).getByLabel("Svara senast (valfritt)").fill(`${dayFromNow(5)}T10:00`);
    await page.getByRole("button", { name: "Skicka enkäten" }).click();
    const poll = page.locator("[data-poll]").first();
    await poll.getByText("Vilken veckodag passar bäst?").waitFor();
    assert.match(await poll.locator("[data-answer-by]").innerText(), /^Svara senast .* 10:00$/);

    const member = await suite.open({ devUser: ale, width: 1024 });
    await member.goto(`${suite.server.url}/tab/#/polls`);
    const form = member.locator("[data-poll]").first();
    await form.getByLabel("Torsdag").check();
    await form.getByRole("button", { name: "Skicka svar" }).click();
    await form.getByText("Du har svarat.").waitFor();
    assert.equal(await form.locator("[data-poll-results]").count(), 0, "results are not shown before the coordinator shares them");

    await page.reload();
    const mine = page.locator("[data-poll]").first();
    await mine.locator("[data-poll-chart] svg").first().waitFor();
    assert.match(await mine.locator("[data-poll-results]").innerText(), /1 av \d+ har svarat[\s\S]*Torsdag: 1/);
    await mine.getByRole("button", { name: "Dela resultatet med ledamöterna" }).click();
    await mine.getByRole("button", { name: "Sluta dela resultatet" }).waitFor();

    await member.reload();
    const shared = member.locator("[data-poll]").first();
    await shared.locator("[data-poll-chart] svg").first().waitFor();
    const widths = await shared.locator("[data-poll-chart] svg rect[role=option]").evaluateAll((bars) => bars.map((b) => `${b.getAttribute("aria-label")} ${b.getAttribute("width")}`));
    assert.deepEqual(widths, ["Tisdag, 0/1. 0%", "Torsdag, 1/1. 100%"], "Torsdag's bar is the longest, Tisdag's is empty");
    // What the member sees is the page itself: the chart's callout layer (a portal) covers nothing — the
    // question, the bars and the menu are what is under the pointer.
    for (const target of [shared.getByText("Vilken veckodag passar bäst?"), shared.locator("[data-poll-chart] svg").last(), member.getByRole("navigation").getByRole("link", { name: "Enkäter", exact: true })]) {
      const box = (await target.boundingBox())!;
      const onTop = await member.evaluate(([x, y]) => {
        const hit = document.elementFromPoint(x!, y!);
        return hit ? hit.closest("[data-poll], nav") !== null : false;
      }, [box.x + box.width / 2, box.y + box.height / 2]);
      assert.equal(onTop, true, `something covers ${String(target)}`);
    }
    const heading = (await member.getByRole("heading", { name: "Hitta datum" }).boundingBox())!;
    const intro = (await member.getByText(/^Samordnaren föreslår datum/).boundingBox())!;
    assert.ok(intro.y >= heading.y + heading.height, "the date section's text starts under its heading, not beside it");
    await screenshot(member, "tab-polls-member");
    assert.deepEqual(await seriousA11yViolations(member), []);
  });

  it("shows the coordinator the date options ranked by municipality coverage and creates the meeting from the pick", async () => {
    const created = await api(suite.server.url, "/date-polls", { user: coordinator, method: "POST", body: { title: "Vårmötet", options: [
      { kind: "time", date: dayFromNow(40), startTime: "09:00", endTime: "11:00" },
      { kind: "time", date: dayFromNow(41), startTime: "13:00", endTime: "15:00" },
    ] } });
    assert.equal(created.status, 201);
    const member = await suite.open({ devUser: ale, width: 320 });
    await member.goto(`${suite.server.url}/tab/#/polls`);
    const item = member.locator("[data-date-poll]").first();
    const selects = item.locator("select");
    await selects.nth(0).selectOption("no");
    await selects.nth(1).selectOption("yes");
    await item.getByRole("button", { name: "Spara markeringar" }).click();
    await item.getByRole("status").waitFor();
    assert.equal(await scrollsSideways(member), false);

    const page = await suite.open({ devUser: coordinator, width: 1024 });
    await page.goto(`${suite.server.url}/tab/#/polls`);
    const first = page.locator("[data-date-poll] [data-option]").first();
    await first.waitFor();
    assert.equal(await first.getAttribute("data-option"), "d2", "the date Ale can come to ranks first");
    await first.getByRole("button", { name: "Välj och skapa mötet" }).click();
    await page.waitForURL(/#\/meetings\/[0-9a-f-]{36}/);
    await page.getByText("Vårmötet").first().waitFor();
  });
});
