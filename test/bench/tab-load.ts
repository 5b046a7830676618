import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page, Request } from "playwright-core";
import { projectRoot } from "../../bot/src/paths";
import { openPage } from "../helpers/browser";
import { users } from "../helpers/demo-users";

const tabDir = join(projectRoot(__dirname), "dist", "tab");
const DEMO_PAST_MEETING = "demo-2025-03-12";

/** One load of a page of the tab in a fresh browser profile (nothing cached) or again in the same one. */
export interface TabLoad {
  /** ms from navigation start until the awaited element was visible. */
  visibleMs: number;
  /** JavaScript files the page used until then, how many came over the network, and the bytes sent (brotli here). */
  scripts: number;
  scriptsFromNetwork: number;
  scriptBytesSent: number;
  /** The same files' gzip sizes (the build's `.gz` copies): the figure the size goal is stated in. */
  scriptBytesGzip: number;
}

function gzipSizeOf(url: string): number {
  const path = join(tabDir, new URL(url).pathname.replace(/^\/tab\//, ""));
  return existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : NaN;
}

async function measure(page: Page, url: string, visible: (page: Page) => Promise<void>): Promise<TabLoad> {
  const scripts: { url: string; sent: Promise<number> }[] = [];
  const onFinished = (request: Request) => {
    // A file from the browser cache reports no body size (-1): nothing was sent. Sizes asked for after the
    // page closed are of no interest.
    if (request.resourceType() === "script") scripts.push({ url: request.url(), sent: request.sizes().then((s) => Math.max(0, s.responseBodySize), () => 0) });
  };
  page.on("requestfinished", onFinished);
  const started = Date.now();
  await page.goto(url);
  await visible(page);
  const visibleMs = Date.now() - started;
  page.off("requestfinished", onFinished);
  const done = scripts.slice();
  const sent = await Promise.all(done.map((s) => s.sent));
  return {
    visibleMs,
    scripts: done.length,
    scriptsFromNetwork: sent.filter((bytes) => bytes > 0).length,
    scriptBytesSent: sent.reduce((a, b) => a + b, 0),
    scriptBytesGzip: done.reduce((sum, s) => sum + gzipSizeOf(s.url), 0),
  };
}

const meetingListVisible = (page: Page) => page.locator('a[href^="#/meetings/"]').first().waitFor({ state: "visible" });
const meetingPageVisible = (page: Page) => page.getByText("Kommun i fokus").first().waitFor({ state: "visible" });

/** The baseline: a static page of the tab (privacy.html, no script) in a fresh profile, until it has loaded. */
export async function blankPageLoad(browser: Browser, baseUrl: string): Promise<TabLoad> {
  const page = await openPage(browser);
  try {
    return await measure(page, `${baseUrl}/tab/privacy.html`, (p) => p.locator("body").waitFor({ state: "visible" }));
  } finally {
    await page.context().close();
  }
}

/** The meeting list, as the demo coordinator in dev mode: first visit (empty cache), then a repeat visit. */
export async function meetingListLoads(browser: Browser, baseUrl: string): Promise<{ first: TabLoad; repeat: TabLoad }> {
  const page = await openPage(browser, { devUser: users.coordinator().aadObjectId });
  try {
    const first = await measure(page, `${baseUrl}/tab/`, meetingListVisible);
    const repeat = await measure(page, `${baseUrl}/tab/?again`, meetingListVisible);
    return { first, repeat };
  } finally {
    await page.context().close();
  }
}

/** A meeting's page opened directly (first visit, empty cache), until its agenda is visible. */
export async function meetingPageLoad(browser: Browser, baseUrl: string): Promise<TabLoad> {
  const page = await openPage(browser, { devUser: users.coordinator().aadObjectId });
  try {
    return await measure(page, `${baseUrl}/tab/#/meetings/${DEMO_PAST_MEETING}`, meetingPageVisible);
  } finally {
    await page.context().close();
  }
}

/** What the build says the first load of the tab is: the entry and the chunks it imports, gzip and brotli bytes. */
export function initialScriptSizes(): { files: number; gzip: number; brotli: number } {
  const assets = JSON.parse(readFileSync(join(projectRoot(__dirname), "dist", ".build", "tab-assets.json"), "utf8")) as { main: { initial: string[] } };
  const sizes = assets.main.initial.map((file) => ({ gzip: statSync(join(tabDir, `${file}.gz`)).size, brotli: statSync(join(tabDir, `${file}.br`)).size }));
  return { files: sizes.length, gzip: sizes.reduce((a, s) => a + s.gzip, 0), brotli: sizes.reduce((a, s) => a + s.brotli, 0) };
}
