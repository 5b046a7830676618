import assert from "node:assert/strict";
import { escapeKey, unescapeKey } from "../../../bot/src/storage/keys";

describe("key escaping", () => {
  const forbidden = ["/", "\\", "#", "?", "\u0000", "\u0001", "\u001F", "\u007F", "\u0080", "\u009F", "\t", "\n"];

  for (const ch of forbidden) {
    it(`escapes ${JSON.stringify(ch)} and restores it`, () => {
      const raw = `a${ch}b`;
      const key = escapeKey(raw);
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[/\\#?\u0000-\u001F\u007F-\u009F]/.test(key), key);
      assert.equal(unescapeKey(key), raw);
    });
  }

  it("escapes the escape character so that distinct values stay distinct", () => {
    assert.notEqual(escapeKey("~2F"), escapeKey("/"));
    assert.equal(unescapeKey(escapeKey("~2F")), "~2F");
  });

  it("keeps ordinary text, Swedish letters included, as it is", () => {
    assert.equal(escapeKey("Göteborgs Stad|åäö"), "Göteborgs Stad|åäö");
  });

  it("shortens long keys to at most 255 characters, deterministically and uniquely", () => {
    const long = "x".repeat(2000);
    const key = escapeKey(long);
    assert.ok(key.length <= 255);
    assert.equal(escapeKey(long), key);
    assert.notEqual(escapeKey(`${long}y`), key);
    assert.equal(unescapeKey(key), undefined);
  });
});
