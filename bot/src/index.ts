import { createApp } from "./app";
import { ConfigError, loadConfig, type Config } from "./config";
import { seedDemoData } from "./demo/seed-demo";
import { systemClock } from "./domain/clock";
import { createLogger } from "./logger";
import { startDemoGraph } from "./graph/stub/demo-graph";
import { embeddedMaterialFiles, materialFilesOf } from "./material/material-files";
import { setUpFirstNetwork } from "./register/first-network-setup";
import type { EmbeddedAzurite } from "./storage/embedded-azurite";
import { createTableStores } from "./storage/table-stores";
import type { StorageTarget } from "./storage/table-service";

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const settings = readConfig();
  const logger = createLogger(settings.logLevel);
  // GRAPH_DEMO in local mode: the built-in Graph stub stands in for Microsoft Graph.
  const demoGraph = await startDemoGraph(settings);
  const config = demoGraph?.config ?? settings;
  if (demoGraph) logger.info({ graph: config.graphApp?.baseUrl }, "Graph demo: the local Graph stub answers instead of Microsoft Graph");
  let azurite: EmbeddedAzurite | undefined;
  let target: StorageTarget;
  if (config.storage.kind === "embedded") {
    // Azurite is loaded only when it runs here: with a real storage account it stays off the start-up path.
    const { startEmbeddedAzurite } = await import("./storage/embedded-azurite.js");
    const embedded = await startEmbeddedAzurite({ dataDir: config.storage.dataDir });
    azurite = embedded;
    target = { kind: "connection-string", connectionString: embedded.connectionString };
    logger.info({ url: embedded.url, dataDir: config.storage.dataDir }, "embedded Azurite table service started");
  } else {
    target = config.storage;
  }
  const stores = createTableStores(target);
  const clock = systemClock;
  if (config.demoData) {
    const created = await seedDemoData(stores, clock);
    logger.info({ created }, created > 0 ? "demo network seeded" : "demo network already present");
  }
  if (config.firstNetwork) {
    const { networkId, created } = await setUpFirstNetwork(stores, config.firstNetwork);
    logger.info({ networkId, created }, "first network checked");
  }
  // Uploaded material goes to the blob service next to the tables: Azurite's, started by the first upload, locally.
  const files = config.storage.kind === "embedded" ? embeddedMaterialFiles(config.storage.dataDir) : materialFilesOf(config.storage);
  const app = createApp(config, { stores, logger, clock, files, ...(demoGraph ? { graphTokens: demoGraph.tokens, graphDemoStub: demoGraph.stub } : {}) });
  const url = await app.listen(config.port, config.localMode ? "127.0.0.1" : "0.0.0.0");
  for (const scheduler of app.schedulers) scheduler.start();
  logger.info({ url, localMode: config.localMode }, `listening: tab ${url}/tab/ · bot ${url}/api/messages · health ${url}/healthz`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    for (const scheduler of app.schedulers) scheduler.stop();
    await app.close();
    await files?.close();
    await azurite?.stop();
    await demoGraph?.stop();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`Start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
