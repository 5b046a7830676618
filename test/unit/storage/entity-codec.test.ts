import assert from "node:assert/strict";
import { decodeValue, encodeValue, MAX_VALUE_CHARACTERS } from "../../../bot/src/storage/entity-codec";
import { EntityTooLargeError } from "../../../bot/src/storage/storage-errors";

describe("entity codec", () => {
  it("round-trips a value", () => {
    const value = { text: "Åäö", n: 3, list: [1, 2] };
    assert.deepEqual(decodeValue(encodeValue("t", value)), value);
  });

  it("splits long text over several properties of at most 32 K characters each", () => {
    const value = { text: "Kommunen har tagit emot två familjer och ökat stödet. ".repeat(3000) };
    const encoded = encodeValue("t", value);
    assert.ok(Number(encoded.n) >= 4);
    for (const [key, part] of Object.entries(encoded)) if (key.startsWith("d")) assert.ok(String(part).length <= 32_000);
    assert.deepEqual(decodeValue(encoded), value);
  });

  it("writes only ASCII, so that no multi-byte character can be split in transit", () => {
    const encoded = encodeValue("t", { text: "åäö ÅÄÖ é – 😀" });
    assert.match(String(encoded.d0), /^[\x20-\x7e]*$/);
    assert.deepEqual(decodeValue(encoded), { text: "åäö ÅÄÖ é – 😀" });
  });

  it("refuses a value over the entity limit with a typed error naming the limit", () => {
    assert.throws(() => encodeValue("t", { text: "x".repeat(MAX_VALUE_CHARACTERS) }), (e: unknown) =>
      e instanceof EntityTooLargeError && e.kind === "too-large" && e.text.sv.includes(String(MAX_VALUE_CHARACTERS)));
  });
});
