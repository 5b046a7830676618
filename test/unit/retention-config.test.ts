import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../../bot/src/config";

describe("retention settings", () => {
  it("have defaults: bot state 90 days, handled activities 30, answers' comments 365, checked every 6 hours", () => {
    assert.deepEqual(loadConfig({}, undefined).retention, { botStateDays: 90, processedDays: 30, commentDays: 365, checkMinutes: 360 });
  });

  it("take whole days from the environment", () => {
    const config = loadConfig({ RETENTION_BOT_STATE_DAYS: "7", RETENTION_PROCESSED_DAYS: "2", RETENTION_COMMENT_DAYS: "30", RETENTION_CHECK_MINUTES: "0" }, undefined);
    assert.deepEqual(config.retention, { botStateDays: 7, processedDays: 2, commentDays: 30, checkMinutes: 0 });
  });

  it("refuse a bad value, naming the setting", () => {
    assert.throws(() => loadConfig({ RETENTION_COMMENT_DAYS: "0" }, undefined), (e: unknown) => e instanceof ConfigError && /RETENTION_COMMENT_DAYS/.test(e.message));
    assert.throws(() => loadConfig({ RETENTION_PROCESSED_DAYS: "ett" }, undefined), /Invalid setting RETENTION_PROCESSED_DAYS: must be a number/);
    assert.throws(() => loadConfig({ RETENTION_BOT_STATE_DAYS: "1.5" }, undefined), /RETENTION_BOT_STATE_DAYS: must be a whole number/);
  });
});
