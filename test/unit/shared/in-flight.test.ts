import assert from "node:assert/strict";
import { InFlight } from "../../../bot/src/shared/in-flight";

describe("in-flight reads shared per key", () => {
  it("lets callers asking while a read is under way share it, and starts a new one once it settled", async () => {
    const reads = new InFlight<number>();
    let started = 0;
    let release: () => void = () => undefined;
    const read = () => {
      started += 1;
      const mine = started;
      return new Promise<number>((resolve) => (release = () => resolve(mine)));
    };
    const together = [reads.run("m", read), reads.run("m", read), reads.run("m", read)];
    assert.equal(started, 1);
    release();
    assert.deepEqual(await Promise.all(together), [1, 1, 1]);
    const later = reads.run("m", read);
    assert.equal(started, 2);
    release();
    assert.equal(await later, 2);
  });

  it("reads different keys separately, and a failed read is not shared with later callers", async () => {
    const reads = new InFlight<string>();
    const calls: string[] = [];
    const [a, b] = await Promise.all([reads.run("a", async () => (calls.push("a"), "A")), reads.run("b", async () => (calls.push("b"), "B"))]);
    assert.deepEqual([a, b, calls], ["A", "B", ["a", "b"]]);
    await assert.rejects(reads.run("a", () => Promise.reject(new Error("storage down"))), /storage down/);
    assert.equal(await reads.run("a", async () => "again"), "again");
  });
});
