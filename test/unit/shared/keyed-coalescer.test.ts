import assert from "node:assert/strict";
import { KeyedCoalescer } from "../../../bot/src/shared/keyed-coalescer";

describe("keyed coalescer", () => {
  it("never overlaps runs for one key, and callers arriving while a run waits share it", async () => {
    const coalescer = new KeyedCoalescer<number>();
    let running = 0;
    let runs = 0;
    const work = async () => {
      running += 1;
      assert.equal(running, 1);
      runs += 1;
      const mine = runs;
      await new Promise((r) => setTimeout(r, 10));
      running -= 1;
      return mine;
    };
    const first = coalescer.run("m", work);
    await new Promise((r) => setImmediate(r));
    const waiting = [coalescer.run("m", work), coalescer.run("m", work), coalescer.run("m", work)];
    const results = await Promise.all([first, ...waiting]);
    assert.deepEqual(results, [1, 2, 2, 2]);
    assert.equal(runs, 2);
  });

  it("runs different keys independently and survives a failing run", async () => {
    const coalescer = new KeyedCoalescer<string>();
    await assert.rejects(coalescer.run("a", async () => { throw new Error("boom"); }), /boom/);
    assert.deepEqual(await Promise.all([coalescer.run("a", async () => "a"), coalescer.run("b", async () => "b")]), ["a", "b"]);
  });
});
