/**
 * Renders the invitation card with the `adaptivecards` package in headless Chromium and saves a PNG for
 * the documentation: `npx tsx scripts/render-invitation-card.ts [out.png]` (Debian's chromium needed).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { upcomingAgenda, upcomingMeeting } from "../bot/src/demo/demo-meetings";
import { demoMember, demoNetwork } from "../bot/src/demo/demo-network";
import { invitationCard } from "../bot/src/invitations/invitation-card";

const out = process.argv[2] ?? join(__dirname, "..", "docs", "invitation-card.png");
const now = new Date("2026-01-07T08:00:00Z");
const meeting = { ...upcomingMeeting(now), status: "invited" as const };
const member = demoMember("Elin Bergqvist");
const card = invitationCard({
  meeting, agenda: upcomingAgenda, networkName: demoNetwork.name, memberId: member.aadObjectId, language: "sv",
  calendarUrl: "https://example.org/api/v1/meetings/demo-upcoming/calendar.ics", chairName: "Lena Forsberg", secretaryName: "Emma Strand", now,
});
const library = readFileSync(require.resolve("adaptivecards/dist/adaptivecards.min.js"), "utf8");
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #f5f5f5; font-family: "Segoe UI", "DejaVu Sans", sans-serif; }
  #card { width: 460px; background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
  .ac-pushButton { border: 1px solid #c8c6c4; background: #fff; border-radius: 4px; padding: 6px 12px; font-weight: 600; color: #242424; }
  .ac-pushButton.style-positive { background: #5b5fc7; color: #fff; border-color: #5b5fc7; }
  .ac-input { border: 1px solid #c8c6c4; border-radius: 4px; padding: 6px; }
</style></head><body><div id="card"></div><script>${library}</script><script>
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: "Segoe UI, DejaVu Sans, sans-serif", spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 30, padding: 16 } });
  card.parse(${JSON.stringify(card)});
  document.getElementById("card").appendChild(card.render());
</script></body></html>`;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const page = await browser.newPage({ viewport: { width: 492, height: 400 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    await page.locator("#card").screenshot({ path: out });
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
