import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../../bot/src/paths";

interface BuildState {
  isUpToDate(name: string): boolean;
  recordBuild(name: string, metafile: { inputs: Record<string, unknown> }, extraInputs: string[], outputs: string[]): void;
}

describe("build state (what lets npm start skip an up-to-date build)", () => {
  let state: BuildState;
  let dir: string;
  let cwd: string;
  before(async () => {
    state = (await import(join(projectRoot(__dirname), "scripts", "build-state.mjs"))) as BuildState;
  });
  beforeEach(() => {
    cwd = process.cwd();
    dir = mkdtempSync(join(tmpdir(), "build-state-"));
    process.chdir(dir);
    mkdirSync("src");
    mkdirSync("out");
    writeFileSync("src/a.ts", "export const a = 1;");
    writeFileSync("build.mjs", "// build");
    writeFileSync("out/a.js", "a");
    state.recordBuild("part", { inputs: { "src/a.ts": {}, "virtual:thing": {} } }, ["build.mjs"], ["out/a.js"]);
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it("is up to date right after a build", () => {
    assert.equal(state.isUpToDate("part"), true);
  });

  it("is stale when a source or the build script changed, an output is gone, or it never ran", () => {
    const later = new Date(Date.now() + 5000);
    utimesSync("src/a.ts", later, later);
    assert.equal(state.isUpToDate("part"), false);
    state.recordBuild("part", { inputs: { "src/a.ts": {} } }, ["build.mjs"], ["out/a.js"]);
    writeFileSync("build.mjs", "// build, changed");
    assert.equal(state.isUpToDate("part"), false);
    state.recordBuild("part", { inputs: { "src/a.ts": {} } }, ["build.mjs"], ["out/a.js"]);
    rmSync("out/a.js");
    assert.equal(state.isUpToDate("part"), false);
    assert.equal(state.isUpToDate("other"), false);
  });
});
