import assert from "node:assert/strict";
import { browserSuite } from "../helpers/browser-suite";
import type { TestServer } from "../helpers/test-server";

describe("tab under the Content-Security-Policy", () => {
  const suite = browserSuite();
  let server: TestServer;
  before(() => (server = suite.server));

  it("runs without a single CSP violation: picker, meeting list, a meeting and the minutes", async () => {
    const page = await suite.open();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${server.url}/tab/`);
    assert.match(response?.headers()["content-security-policy"] ?? "", /frame-ancestors/);
    await page.getByRole("heading", { name: "Vem är du?" }).waitFor();
    await page.getByRole("button", { name: /Johan Berg/ }).click();
    await page.getByRole("heading", { name: "Möten", level: 1 }).waitFor();
    await page.goto(`${server.url}/tab/#/meetings/demo-2025-03-12`);
    await page.getByText("Kommun i fokus").first().waitFor();
    assert.deepEqual(violations, []);
  });
});
