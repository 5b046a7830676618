import { blobMaterialFiles, type MaterialFiles } from "../../bot/src/material/material-files";
import { startEmbeddedBlobService } from "../../bot/src/storage/embedded-azurite-blob";

/** Azurite's blob service in this process (in memory, free port) and the app's material store over it. */
export interface TestBlobStorage {
  files: MaterialFiles;
  stop(): Promise<void>;
}

/** Starts an in-memory Azurite blob service for material uploads. */
export async function startTestBlobStorage(): Promise<TestBlobStorage> {
  const service = await startEmbeddedBlobService({});
  return { files: blobMaterialFiles(service.connectionString), stop: () => service.stop() };
}
