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
  afterEach(async () => {
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
      return page;
    },
  };
}
