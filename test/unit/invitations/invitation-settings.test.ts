import assert from "node:assert/strict";
import { loadConfig } from "../../../bot/src/config";

describe("invitation reminder settings", () => {
  it("default to a reminder two days before the reply-by day, looked for every 15 minutes", () => {
    assert.deepEqual(loadConfig({}, undefined).reminders, { daysBefore: 2, checkMinutes: 15 });
  });

  it("take REMINDER_DAYS_BEFORE and REMINDER_CHECK_MINUTES, and stop on a bad value naming the setting", () => {
    assert.deepEqual(loadConfig({ REMINDER_DAYS_BEFORE: "5", REMINDER_CHECK_MINUTES: "0" }, undefined).reminders, { daysBefore: 5, checkMinutes: 0 });
    assert.throws(() => loadConfig({ REMINDER_DAYS_BEFORE: "two" }, undefined), /^ConfigError: Invalid setting REMINDER_DAYS_BEFORE: must be a number/);
    assert.throws(() => loadConfig({ REMINDER_DAYS_BEFORE: "-1" }, undefined), /REMINDER_DAYS_BEFORE/);
    assert.throws(() => loadConfig({ REMINDER_CHECK_MINUTES: "1.5" }, undefined), /REMINDER_CHECK_MINUTES: must be a whole number/);
  });
});
