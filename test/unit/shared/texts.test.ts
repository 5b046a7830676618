import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Texts } from "../../../bot/src/shared/texts";

const src = join(__dirname, "..", "..", "..", "bot", "src");

/** Every `texts.ts` of the bot: one per feature folder. */
function textsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textsFiles(path);
    return name === "texts.ts" ? [path] : [];
  });
}

/** The shape of a value: keys of objects (recursively), "function" or the type name, so that sv and en compare. */
function shapeOf(value: unknown): unknown {
  if (typeof value === "function") return `function/${value.length}`;
  if (value && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shapeOf((value as Record<string, unknown>)[k])]));
  return typeof value;
}

describe("localised texts", () => {
  const files = textsFiles(src).filter((f) => !f.endsWith("/shared/texts.ts"));

  it("live in one texts.ts per feature", () => {
    const folders = files.map((f) => f.slice(src.length + 1).split("/")[0]).sort();
    for (const feature of ["invitations", "roll-call", "round-table", "minutes", "meeting-link", "teams", "api"]) {
      assert.ok(folders.includes(feature), `${feature}/texts.ts is missing`);
    }
  });

  for (const file of files) {
    it(`has the same keys in Swedish and English: ${file.slice(src.length + 1)}`, () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- load each file found on disk; the tests run as CommonJS
      const module = require(file) as Record<string, unknown>;
      const tables = Object.entries(module).filter((entry): entry is [string, Texts<unknown>] => {
        const value = entry[1] as Record<string, unknown> | undefined;
        return Boolean(value && typeof value === "object" && "sv" in value && "en" in value);
      });
      assert.ok(tables.length > 0, "no texts exported");
      for (const [name, table] of tables) {
        assert.deepEqual(shapeOf(table.en), shapeOf(table.sv), `${name}: en differs from sv`);
        assert.notDeepEqual(table.en, table.sv, `${name}: en is a copy of sv`);
      }
    });
  }
});
