import type { Browser, Page } from "playwright-core";
import { ensureTabBuilt, launchBrowser, openPage } from "./browser";
import { startTestServer, type TestServer } from "./test-server";

/** A browser test file's server, browser, and a way to open pages that are closed after each test. */
export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  open(options?: Parameters<typeof openPage>[1]): Promise<Page>;
}

/**
 * Registers the mocha hooks of a browser test file: builds the tab if needed, starts the server (the demo
 * one unless `start` says otherwise) and Chromium once, closes each test's pages after it, and stops both.
 * @example const suite = browserSuite(); it("…", async () => { const page = await suite.open(); await page.goto(`${suite.server.url}/tab/`); });
 */
export function browserSuite(start: () => Promise<TestServer> = () => startTestServer()): BrowserSuite {
  const pages: Page[] = [];
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    ensureTabBuilt();
    [server, browser] = await Promise.all([start(), launchBrowser()]);
  });
  const problems = new Map<Page, string[]>();
  afterEach(async function () {
    if (this.currentTest?.state === "failed") {
      // What each page showed when the test failed, so that a failure in CI can be understood from its log.
      for (const page of pages) {
        const shown = await page.evaluate(() => document.body?.innerText ?? "").catch((e: Error) => `(unreadable: ${e.message})`);
        console.log(`    page ${page.url()}\n      shows: ${shown.replace(/\s+/g, " ").slice(0, 600)}\n      console errors and failed requests: ${(problems.get(page) ?? []).join(" | ") || "none"}`);
      }
    }
    problems.clear();
    await Promise.all(pages.splice(0).map((p) => p.context().close()));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    open: async (options) => {
      const page = await openPage(browser!, options);
      pages.push(page);
      const note = (line: string) => problems.set(page, [...(problems.get(page) ?? []), line].slice(-10));
      page.on("console", (m) => m.type() === "error" && note(m.text()));
      page.on("pageerror", (e) => note(e.message));
      page.on("requestfailed", (r) => note(`${r.method()} ${r.url()}: ${r.failure()?.errorText ?? "failed"}`));
      page.on("response", (r) => r.status() >= 400 && note(`${r.request().method()} ${r.url()}: ${r.status()}`));
      return page;
    },
  };
}
