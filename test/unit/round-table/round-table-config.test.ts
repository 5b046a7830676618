import assert from "node:assert/strict";
import { loadConfig } from "../../../bot/src/config";

describe("round-table settings", () => {
  it("asks 7 days before, reminds 2 days before and checks every 15 minutes by default", () => {
    assert.deepEqual(loadConfig({}, undefined).roundTable, { daysBefore: 7, reminderDaysBefore: 2, checkMinutes: 15 });
  });

  it("reads the settings and keeps the default reminder before the ask", () => {
    assert.deepEqual(loadConfig({ ROUND_TABLE_DAYS_BEFORE: "10", ROUND_TABLE_REMINDER_DAYS_BEFORE: "3", ROUND_TABLE_CHECK_MINUTES: "0" }, undefined).roundTable, { daysBefore: 10, reminderDaysBefore: 3, checkMinutes: 0 });
    assert.equal(loadConfig({ ROUND_TABLE_DAYS_BEFORE: "2" }, undefined).roundTable.reminderDaysBefore, 1);
  });

  it("stops with a message naming a bad round-table setting", () => {
    assert.throws(() => loadConfig({ ROUND_TABLE_DAYS_BEFORE: "sju" }, undefined), /^ConfigError: Invalid setting ROUND_TABLE_DAYS_BEFORE: must be a number/);
    assert.throws(() => loadConfig({ ROUND_TABLE_DAYS_BEFORE: "0" }, undefined), /ROUND_TABLE_DAYS_BEFORE/);
    assert.throws(() => loadConfig({ ROUND_TABLE_DAYS_BEFORE: "3", ROUND_TABLE_REMINDER_DAYS_BEFORE: "3" }, undefined), /ROUND_TABLE_REMINDER_DAYS_BEFORE: must be fewer days/);
    assert.throws(() => loadConfig({ ROUND_TABLE_CHECK_MINUTES: "1.5" }, undefined), /ROUND_TABLE_CHECK_MINUTES: must be a whole number/);
  });
});
