import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../bot/src/paths";

const root = projectRoot(__dirname);
const resultsFile = join(root, "bench", "results.md");

describe("npm run bench (one tiny run, so that it keeps working)", function () {
  this.timeout(900_000);

  it("prints the start, tab and request tables, each with its same-run baseline, and leaves bench/results.md alone", async () => {
    const before = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : undefined;
    const child = spawn(process.execPath, [require.resolve("tsx/cli"), "test/bench/run-bench.ts", "--tiny"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    assert.equal(code, 0, stderr);
    for (const row of [
      "bare Node answering /healthz (baseline)",
      "production mode (storage configured) → healthy",
      "local mode (embedded Azurite, demo) → healthy",
      "static page, no script (baseline)",
      "meeting list visible, first visit",
      "meeting page visible, first visit",
      "initial JavaScript of the build",
      "raw Azurite upsert (baseline)",
    ]) {
      assert.ok(stdout.includes(`| ${row}`), `row missing: ${row}\n${stdout}`);
    }
    assert.match(stdout, /on \d+ × .+, Node v\d+/);
    assert.equal(existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : undefined, before);
  });
});
