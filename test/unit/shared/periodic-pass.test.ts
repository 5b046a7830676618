import assert from "node:assert/strict";
import { mock } from "node:test";
import pino from "pino";
import { PeriodicPass } from "../../../bot/src/shared/periodic-pass";

describe("PeriodicPass: a pass every interval, never two at once", () => {
  beforeEach(() => mock.timers.enable({ apis: ["setInterval"] }));
  afterEach(() => mock.timers.reset());
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it("skips a tick while the previous pass runs, and runs again once it has finished", async () => {
    let started = 0;
    let finish: () => void = () => undefined;
    const passes = new PeriodicPass(() => { started += 1; return new Promise<void>((resolve) => (finish = resolve)); }, pino({ level: "silent" }), "failed");
    passes.start(1);
    mock.timers.tick(60_000);
    mock.timers.tick(60_000);
    assert.equal(started, 1, "the second tick came while the first pass ran");
    finish();
    await settle();
    mock.timers.tick(60_000);
    assert.equal(started, 2);
    passes.stop();
    mock.timers.tick(60_000);
    assert.equal(started, 2, "nothing after stop");
  });

  it("logs a failing pass and runs the next one; 0 minutes means never", async () => {
    const logged: string[] = [];
    const logger = pino({ level: "error" }, { write: (line: string) => void logged.push(JSON.parse(line).msg) });
    let calls = 0;
    const failing = new PeriodicPass(async () => { calls += 1; throw new Error("down"); }, logger, "pass failed");
    failing.start(1);
    mock.timers.tick(60_000);
    await settle();
    mock.timers.tick(60_000);
    await settle();
    assert.equal(calls, 2);
    assert.deepEqual(logged, ["pass failed", "pass failed"]);
    failing.stop();
    const never = new PeriodicPass(async () => { calls += 1; }, logger, "x");
    never.start(0);
    mock.timers.tick(600_000);
    assert.equal(calls, 2);
  });
});
