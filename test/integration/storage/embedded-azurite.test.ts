import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

// In a fresh process: start the embedded table and blob services, store and read a row, and report which
// telemetry modules were loaded.
const probe = `
const { startEmbeddedAzurite } = require("./bot/src/storage/embedded-azurite");
const { startEmbeddedBlobService } = require("./bot/src/storage/embedded-azurite-blob");
const { createTableStores } = require("./bot/src/storage/table-stores");
(async () => {
  const azurite = await startEmbeddedAzurite({});
  const stores = createTableStores({ kind: "connection-string", connectionString: azurite.connectionString });
  await stores.botState.upsert({ key: "probe", state: { ok: true }, updatedAt: "2025-01-01T00:00:00.000Z" });
  const read = await stores.botState.get("state", "probe");
  const blob = await startEmbeddedBlobService({});
  // The empty stand-in for Application Insights (no exports) does not count.
  const telemetry = Object.entries(require.cache).filter(([f, m]) => /node_modules[\\\\/](applicationinsights|@opentelemetry)[\\\\/]/.test(f) && Object.keys(m.exports).length > 0).length;
  await blob.stop();
  await azurite.stop();
  console.log(JSON.stringify({ read: read && read.value.state, telemetry }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

describe("embedded Azurite (local mode)", function () {
  this.timeout(120_000);
  it("stores and reads rows without loading Application Insights or OpenTelemetry", async () => {
    const { stdout } = await run(process.execPath, ["-r", "tsx/cjs", "-e", probe], { maxBuffer: 10 * 1024 * 1024 });
    assert.deepEqual(JSON.parse(stdout.trim().split("\n").at(-1)!), { read: { ok: true }, telemetry: 0 });
  });
});
