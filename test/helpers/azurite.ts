import { startEmbeddedAzurite, type EmbeddedAzurite } from "../../bot/src/storage/embedded-azurite";
import type { Stores } from "../../bot/src/storage/repository";
import type { StorageCallObserver } from "../../bot/src/storage/storage-calls";
import { createTableStores } from "../../bot/src/storage/table-stores";

/** A real Azurite table service in memory on a free port, with the app's repositories over it. */
export interface TestStorage {
  azurite: EmbeddedAzurite;
  stores: Stores;
  connectionString: string;
  stop(): Promise<void>;
}

/** Starts Azurite in memory on a free port; `observe` is told of every request the repositories send. */
export async function startTestStorage(options: { observe?: StorageCallObserver } = {}): Promise<TestStorage> {
  const azurite = await startEmbeddedAzurite({});
  return {
    azurite,
    connectionString: azurite.connectionString,
    stores: createTableStores({ kind: "connection-string", connectionString: azurite.connectionString }, options),
    stop: () => azurite.stop(),
  };
}
