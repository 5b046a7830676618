import assert from "node:assert/strict";
import { launchBrowser } from "../helpers/browser";

describe("browser test helper", () => {
  it("fails with the install command when Chromium is missing, instead of skipping", async () => {
    await assert.rejects(launchBrowser("/nonexistent/chromium"), /apt-get install -y chromium/);
  });
});
