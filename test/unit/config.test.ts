import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig } from "../../bot/src/config";

describe("config", () => {
  it("defaults to local mode on port 3978 with embedded Azurite under .data and demo data", () => {
    const config = loadConfig({}, undefined);
    assert.equal(config.port, 3978);
    assert.equal(config.localMode, true);
    assert.deepEqual(config.storage, { kind: "embedded", dataDir: ".data" });
    assert.equal(config.demoData, true);
  });

  it("stops with one message naming a bad setting", () => {
    assert.throws(() => loadConfig({ PORT: "abc" }, undefined), (e: unknown) => e instanceof ConfigError && /^Invalid setting PORT: /.test(e.message));
    assert.throws(() => loadConfig({ BOT_TYPE: "Whatever" }, undefined), /BOT_TYPE/);
    assert.throws(() => loadConfig({ STORAGE_ACCOUNT_URL: "not a url" }, undefined), /STORAGE_ACCOUNT_URL/);
    assert.throws(() => loadConfig({ BOT_ID: "x" }, undefined), /BOT_PASSWORD/);
  });

  it("reads the outbox and Bot Connector settings, with defaults, and refuses out-of-range ones", () => {
    const defaults = loadConfig({}, undefined);
    assert.deepEqual([defaults.outbox, defaults.connectorTimeoutSeconds], [{ checkSeconds: 30, maxAttempts: 8 }, 30]);
    const set = loadConfig({ OUTBOX_CHECK_SECONDS: "0", OUTBOX_MAX_ATTEMPTS: "3", CONNECTOR_TIMEOUT_SECONDS: "5" }, undefined);
    assert.deepEqual([set.outbox, set.connectorTimeoutSeconds], [{ checkSeconds: 0, maxAttempts: 3 }, 5]);
    assert.throws(() => loadConfig({ OUTBOX_MAX_ATTEMPTS: "0" }, undefined), /^ConfigError: Invalid setting OUTBOX_MAX_ATTEMPTS: /);
    assert.throws(() => loadConfig({ OUTBOX_CHECK_SECONDS: "-1" }, undefined), /OUTBOX_CHECK_SECONDS/);
    assert.throws(() => loadConfig({ CONNECTOR_TIMEOUT_SECONDS: "lång" }, undefined), /CONNECTOR_TIMEOUT_SECONDS: must be a number/);
  });

  it("leaves local mode when BOT_ID is set, and then seeds no demo data by default", () => {
    const config = loadConfig({ BOT_ID: "app", BOT_PASSWORD: "secret" }, undefined);
    assert.equal(config.localMode, false);
    assert.equal(config.demoData, false);
  });

  it("prefers a connection string, then an account URL with managed identity", () => {
    assert.equal(loadConfig({ STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" }, undefined).storage.kind, "connection-string");
    assert.deepEqual(loadConfig({ STORAGE_ACCOUNT_URL: "https://acct.table.core.windows.net", AZURE_CLIENT_ID: "cid" }, undefined).storage, {
      kind: "account-url", url: "https://acct.table.core.windows.net", managedIdentityClientId: "cid",
    });
  });

  it("reads a .env file, with the real environment winning", () => {
    const dir = mkdtempSync(join(tmpdir(), "cfg-"));
    const file = join(dir, ".env");
    writeFileSync(file, "PORT=4000\nDATA_DIR=/tmp/x\n");
    const config = loadConfig({ PORT: "4001" }, file);
    assert.equal(config.port, 4001);
    assert.deepEqual(config.storage, { kind: "embedded", dataDir: "/tmp/x" });
  });
});
