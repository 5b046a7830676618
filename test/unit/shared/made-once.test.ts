import assert from "node:assert/strict";
import { madeOnce } from "../../../bot/src/shared/made-once";

describe("madeOnce", () => {
  it("makes a key's value once and answers it again, in a Map and a WeakMap", () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const map = new Map<string, { n: number }>();
    assert.equal(madeOnce(map, "a", make), madeOnce(map, "a", make));
    assert.deepEqual(madeOnce(map, "b", make), { n: 2 });
    const key = {};
    const weak = new WeakMap<object, { n: number }>();
    assert.equal(madeOnce(weak, key, make), madeOnce(weak, key, make));
    assert.equal(made, 3);
  });
});
