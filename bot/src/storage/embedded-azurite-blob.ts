import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
// First: Azurite's modules below must not load Application Insights (see the module).
import "./azurite-without-telemetry";
import BlobConfiguration from "azurite/dist/src/blob/BlobConfiguration";
import BlobServer from "azurite/dist/src/blob/BlobServer";
import { AZURITE_ACCOUNT_KEY } from "./embedded-azurite";

/** A running Azurite blob service inside this process. */
export interface EmbeddedBlobService {
  connectionString: string;
  stop(): Promise<void>;
}

/**
 * Starts Azurite's blob service in this process on 127.0.0.1 (a free port), keeping blobs under `dataDir`
 * or only in memory. Started by the first upload in local mode, not at start.
 */
export async function startEmbeddedBlobService(options: { dataDir?: string }): Promise<EmbeddedBlobService> {
  const inMemory = options.dataDir === undefined;
  let metadata = "";
  let extents = "";
  let persistence: { locationId: string; locationPath: string; maxConcurrency: number }[] = [];
  if (!inMemory) {
    const dir = resolve(options.dataDir!, "blob");
    mkdirSync(join(dir, "extents"), { recursive: true });
    metadata = join(dir, "__azurite_db_blob__.json");
    extents = join(dir, "__azurite_db_blob_extent__.json");
    persistence = [{ locationId: "Default", locationPath: join(dir, "extents"), maxConcurrency: 1 }];
  }
  const configuration = new BlobConfiguration(
    "127.0.0.1", 0, undefined, metadata, extents, persistence, false, undefined, false, undefined,
    false, false, "", "", "", undefined, false, inMemory,
  );
  const server = new BlobServer(configuration);
  await server.start();
  const url = server.getHttpServerAddress();
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=${url}/devstoreaccount1;`,
    stop: () => server.close(),
  };
}
