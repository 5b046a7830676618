import type { Storage, StoreItems } from "botbuilder";
import type { Clock } from "../domain/clock";
import type { Stores } from "../storage/repository";

/**
 * The bot's turn and conversation state in Table Storage, so that any server instance can answer any
 * turn. Writes with an eTag are checked; "*" or none means last writer wins (botbuilder's convention).
 */
export class TableBotStorage implements Storage {
  constructor(private readonly stores: Pick<Stores, "botState">, private readonly clock: Clock) {}

  /** Reads the items that exist under the keys. */
  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const stored = await this.stores.botState.get("state", key);
        if (stored) items[key] = { ...stored.value.state, eTag: stored.etag };
      }),
    );
    return items;
  }

  /** Writes the changed items. */
  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...state } = (item ?? {}) as Record<string, unknown>;
        const record = { key, state, updatedAt: this.clock.now().toISOString() };
        if (typeof eTag === "string" && eTag !== "*") await this.stores.botState.replace(record, eTag);
        else await this.stores.botState.upsert(record);
      }),
    );
  }

  /** Deletes the items. */
  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.stores.botState.remove("state", key)));
  }
}
