import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
// First: Azurite's modules below must not load Application Insights (see the module).
import "./azurite-without-telemetry";
import TableConfiguration from "azurite/dist/src/table/TableConfiguration";
import TableServer from "azurite/dist/src/table/TableServer";

/** Azurite's well-known development account key (public, documented by Microsoft). */
export const AZURITE_ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/** A running Azurite table service inside this process. */
export interface EmbeddedAzurite {
  connectionString: string;
  url: string;
  stop(): Promise<void>;
}

/** The connection string for Azurite's development account at a table endpoint URL. */
export function azuriteConnectionString(tableEndpoint: string): string {
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_ACCOUNT_KEY};TableEndpoint=${tableEndpoint}/devstoreaccount1;`;
}

/**
 * Starts the Azurite table service in this process on 127.0.0.1 (port 0 picks a free one), keeping data in
 * `dataDir` or only in memory. Stopping it saves the data and frees the port.
 */
export async function startEmbeddedAzurite(options: { dataDir?: string; port?: number }): Promise<EmbeddedAzurite> {
  const inMemory = options.dataDir === undefined;
  let dbPath = "";
  if (!inMemory) {
    const dir = resolve(options.dataDir!);
    mkdirSync(dir, { recursive: true });
    dbPath = join(dir, "__azurite_db_table__.json");
  }
  const configuration = new TableConfiguration(
    "127.0.0.1", options.port ?? 0, undefined, dbPath, false, false, undefined, undefined,
    false, false, "", "", "", undefined, false, inMemory,
  );
  const server = new TableServer(configuration);
  await server.start();
  const url = server.getHttpServerAddress();
  return {
    connectionString: azuriteConnectionString(url),
    url,
    stop: async () => {
      await server.close();
    },
  };
}
