import pino from "pino";
import { createApp, type App, type AppDeps } from "../../bot/src/app";
import { loadConfig, type Config } from "../../bot/src/config";
import { seedDemoData } from "../../bot/src/demo/seed-demo";
import type { Clock } from "../../bot/src/domain/clock";
import { setUpFirstNetwork } from "../../bot/src/register/first-network-setup";
import type { Stores } from "../../bot/src/storage/repository";
import type { StorageCallObserver } from "../../bot/src/storage/storage-calls";
import { startTestStorage, type TestStorage } from "./azurite";

/** A running app over its own in-memory Azurite. */
export interface TestServer {
  url: string;
  config: Config;
  stores: Stores;
  storage: TestStorage;
  app: App;
  stop(): Promise<void>;
}

/**
 * Starts the real app in-process on a free port over a fresh in-memory Azurite, with the demo network
 * seeded unless `seed: false` and, as on a real start, the first network of FIRST_COORDINATOR_ID. `env` holds
 * settings as in DESIGN §9 (e.g. `{ BOT_ID: "…" }`). Schedulers are not started: tests run them themselves.
 * With `storage`, the app is a second server instance over that (running) Azurite, which it leaves running.
 */
export async function startTestServer(options: {
  env?: Record<string, string>;
  seed?: boolean;
  deps?: Partial<AppDeps>;
  /** The app's clock, also placing the demo data (default: the real one; the demo is valid at any hour). */
  clock?: Clock;
  storage?: TestStorage;
  /** Told of every request the app's repositories send to the store (the bench counts them; not with `storage`). */
  observeStorage?: StorageCallObserver;
  /** The port to listen on (default: any free one). */
  port?: number;
} = {}): Promise<TestServer> {
  const storage = options.storage ?? (await startTestStorage({ observe: options.observeStorage }));
  const config = loadConfig({ STORAGE_CONNECTION_STRING: storage.connectionString, LOG_LEVEL: "silent", ...options.env }, undefined);
  if (options.seed !== false) await seedDemoData(storage.stores, options.clock);
  if (config.firstNetwork) await setUpFirstNetwork(storage.stores, config.firstNetwork);
  const app = createApp(config, { stores: storage.stores, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }), clock: options.clock, ...options.deps });
  const url = await app.listen(options.port ?? 0);
  return {
    url,
    config,
    stores: storage.stores,
    storage,
    app,
    stop: async () => {
      await app.close();
      if (!options.storage) await storage.stop();
    },
  };
}
