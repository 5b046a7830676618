import type { StorageTarget } from "../storage/table-service";

/** A stored file's bytes and type. */
export interface StoredFile {
  data: Buffer;
  contentType: string;
}

/** Where uploaded material files are kept (Blob Storage; Azurite's blob service locally). */
export interface MaterialFiles {
  put(name: string, data: Buffer, contentType: string): Promise<void>;
  /** The file, or undefined when it is not there. */
  get(name: string): Promise<StoredFile | undefined>;
  remove(name: string): Promise<void>;
  close(): Promise<void>;
}

const CONTAINER = "material";
// Every call to Blob Storage ends: a try may take 30 s (a 20 MB upload on a slow link), three tries at most.
const RETRY = { maxTries: 3, tryTimeoutInMs: 30_000, retryDelayInMs: 500, maxRetryDelayInMs: 5_000 };

/** The parts of the blob client's container this store uses. */
interface Container {
  createIfNotExists(): Promise<unknown>;
  getBlockBlobClient(name: string): {
    uploadData(data: Buffer, options: { blobHTTPHeaders: { blobContentType: string; blobContentDisposition: string } }): Promise<unknown>;
    downloadToBuffer(): Promise<Buffer>;
    getProperties(): Promise<{ contentType?: string }>;
    deleteIfExists(): Promise<unknown>;
  };
}

class BlobMaterialFiles implements MaterialFiles {
  private container?: Promise<Container>;

  constructor(private readonly connect: () => Promise<Container>, private readonly onClose: () => Promise<void> = async () => {}) {}

  private ready(): Promise<Container> {
    this.container ??= this.connect().then(async (container) => {
      await container.createIfNotExists();
      return container;
    }).catch((error: unknown) => {
      this.container = undefined;
      throw error;
    });
    return this.container;
  }

  async put(name: string, data: Buffer, contentType: string): Promise<void> {
    const container = await this.ready();
    await container.getBlockBlobClient(name).uploadData(data, {
      blobHTTPHeaders: { blobContentType: contentType, blobContentDisposition: "attachment" },
    });
  }

  async get(name: string): Promise<StoredFile | undefined> {
    const container = await this.ready();
    try {
      const blob = container.getBlockBlobClient(name);
      const data = await blob.downloadToBuffer();
      const properties = await blob.getProperties();
      return { data, contentType: properties.contentType ?? "application/octet-stream" };
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }

  async remove(name: string): Promise<void> {
    const container = await this.ready();
    await container.getBlockBlobClient(name).deleteIfExists();
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

async function containerOf(connectionString: string): Promise<Container> {
  const { BlobServiceClient } = await import("@azure/storage-blob");
  return BlobServiceClient.fromConnectionString(connectionString, { retryOptions: RETRY }).getContainerClient(CONTAINER);
}

/** Material files in the blob service of a connection string (the blob client is loaded on first use). */
export function blobMaterialFiles(connectionString: string): MaterialFiles {
  return new BlobMaterialFiles(() => containerOf(connectionString));
}

/** Material files in Azurite's blob service started in this process by the first upload (local mode). */
export function embeddedMaterialFiles(dataDir: string | undefined): MaterialFiles {
  let stop: (() => Promise<void>) | undefined;
  return new BlobMaterialFiles(async () => {
    const { startEmbeddedBlobService } = await import("../storage/embedded-azurite-blob.js");
    const service = await startEmbeddedBlobService({ dataDir });
    stop = service.stop;
    return containerOf(service.connectionString);
  }, async () => {
    await stop?.();
  });
}

/**
 * Material files next to the tables of a storage account: a connection string names or implies its blob
 * endpoint (an account key without a table-only endpoint); an account URL's `.table.` becomes `.blob.` with
 * the same managed identity. A connection string for a table endpoint alone has no blob service: undefined.
 */
export function materialFilesOf(target: StorageTarget): MaterialFiles | undefined {
  if (target.kind === "connection-string") {
    const cs = target.connectionString;
    const hasBlob = /(^|;)\s*BlobEndpoint=/i.test(cs) || (/(^|;)\s*AccountKey=/i.test(cs) && !/(^|;)\s*TableEndpoint=/i.test(cs));
    return hasBlob ? blobMaterialFiles(cs) : undefined;
  }
  const blobUrl = target.url.replace(".table.", ".blob.");
  if (blobUrl === target.url) return undefined;
  return new BlobMaterialFiles(async () => {
    const [{ BlobServiceClient }, { DefaultAzureCredential }] = await Promise.all([import("@azure/storage-blob"), import("@azure/identity")]);
    const credential = new DefaultAzureCredential(target.managedIdentityClientId ? { managedIdentityClientId: target.managedIdentityClientId } : {});
    return new BlobServiceClient(blobUrl, credential, { retryOptions: RETRY }).getContainerClient(CONTAINER);
  });
}
