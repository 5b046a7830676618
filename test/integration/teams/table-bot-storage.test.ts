import assert from "node:assert/strict";
import { systemClock } from "../../../bot/src/domain/clock";
import { TableBotStorage } from "../../../bot/src/teams/table-bot-storage";
import { ConcurrencyError } from "../../../bot/src/storage/storage-errors";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

describe("bot state in Table Storage", () => {
  let storage: TestStorage;
  before(async () => (storage = await startTestStorage()));
  after(() => storage.stop());

  it("writes, reads with an eTag, refuses a stale write, and deletes", async () => {
    const state = new TableBotStorage(storage.stores, systemClock);
    await state.write({ "msteams/conversations/a:1": { step: 1 } });
    const read = await state.read(["msteams/conversations/a:1", "missing"]);
    assert.equal(read["msteams/conversations/a:1"].step, 1);
    assert.ok(read["msteams/conversations/a:1"].eTag);
    assert.equal(read.missing, undefined);
    const eTag = read["msteams/conversations/a:1"].eTag;
    await state.write({ "msteams/conversations/a:1": { step: 2, eTag } });
    await assert.rejects(() => state.write({ "msteams/conversations/a:1": { step: 3, eTag } }), ConcurrencyError);
    await state.delete(["msteams/conversations/a:1"]);
    assert.deepEqual(await state.read(["msteams/conversations/a:1"]), {});
  });
});
