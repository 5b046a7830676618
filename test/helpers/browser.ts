import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import { projectRoot } from "../../bot/src/paths";
import { DEV_USER_KEY } from "../../tab/src/dev/dev-mode";

/** Where Debian's chromium lives. */
export const CHROMIUM = "/usr/bin/chromium";
const root = projectRoot(__dirname);
/** Where the browser tests save screenshots (git-ignored). */
export const SCREENSHOTS = join(root, "test", "e2e", "screenshots");

const LAUNCH_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Launches headless Chromium; a missing Chromium fails (never skips) with the command that installs it. */
export async function launchBrowser(executablePath: string = CHROMIUM): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is missing (${executablePath}); the browser tests need it: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

let built = false;

/**
 * Builds dist/tab (as `npm run build` does) when it is missing or older than its sources: the tab, the pure
 * domain code it shares, and the build script.
 */
export function ensureTabBuilt(): void {
  if (built) return;
  const outputs = ["index.html", "config.html"].map((f) => join(root, "dist", "tab", f));
  const builtAt = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  const sources = ["tab", "bot/src/domain", "bot/src/i18n", "scripts/build-tab.mjs", "scripts/bundle-browser.mjs", "scripts/fluent-direct-imports.mjs"].map((p) => newestMtime(join(root, p)));
  if (builtAt < Math.max(...sources)) {
    const result = spawnSync(process.execPath, ["scripts/build-tab.mjs"], { cwd: root, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`The tab build failed:\n${result.stderr}${result.stdout}`);
  }
  built = true;
}

/** Opens a page of the given size; in dev mode `devUser` is already chosen (as if picked earlier in this tab). */
export async function openPage(browser: Browser, options: { width?: number; height?: number; devUser?: string } = {}): Promise<Page> {
  // The browser's clock is in another zone on purpose: the tab must show Stockholm time whatever the user's zone.
  const context = await browser.newContext({ viewport: { width: options.width ?? 1024, height: options.height ?? 768 }, locale: "sv-SE", timezoneId: "America/New_York" });
  const page = await context.newPage();
  if (options.devUser) {
    await page.addInitScript(([key, user]) => window.sessionStorage.setItem(key!, user!), [DEV_USER_KEY, options.devUser]);
  }
  return page;
}

/** Saves a full-page screenshot under test/e2e/screenshots/ for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** True when the page is wider than the viewport (it scrolls sideways). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

const axeSource = () => readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * The serious and critical accessibility violations axe-core finds on the page, as short lines. Tabster's
 * focus-redirect bumpers (`data-tabster-dummy`, 1 px, aria-hidden yet focusable by design) are left out, as
 * Accessibility Insights does: Fluent UI v9 documents them as a known false positive of aria-hidden-focus.
 */
export async function seriousA11yViolations(page: Page | Frame): Promise<string[]> {
  // Evaluated through the DevTools protocol: an injected <script> would be refused by the app's CSP.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    // axe is injected above; the page has no types for it.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = await (window as any).axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return (result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
  return violations;
}
