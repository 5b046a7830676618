import { createDefaultHttpClient, type HttpClient } from "@azure/core-rest-pipeline";
import { TableClient, TableServiceClient, type TableTransactionResponse, type TransactionAction } from "@azure/data-tables";
import type { TokenCredential } from "@azure/identity";
import { storageClientOptions } from "./client-options";
import { storageCallPolicy, type StorageCallObserver } from "./storage-calls";
import { PartitionWrites } from "./partition-writes";
import { currentReadScope } from "./read-scope";
import { mayHaveWritten } from "./storage-errors";
import { submitTransaction } from "./table-transaction";

/** Where the tables live: a connection string (Azurite, or a key) or an account URL with managed identity. */
export type StorageTarget =
  | { kind: "connection-string"; connectionString: string }
  | { kind: "account-url"; url: string; managedIdentityClientId?: string };

/** Hands out one TableClient per table and creates each table once, on first use. */
export class TableService {
  private readonly ready = new Map<string, Promise<TableClient>>();
  private credential?: Promise<TokenCredential>;
  /** The writes made through this service, per partition (rows kept from a read check them). */
  readonly writes = new PartitionWrites();
  // One HTTP client (and so one pool of kept-alive connections) for every table client and the transactions.
  private readonly httpClient: HttpClient = createDefaultHttpClient();

  /**
   * `tryTimeoutMs`: how long one request may wait for an answer (default STORAGE_TRY_TIMEOUT_MS); `observe`:
   * told of every request (the bench counts them; production passes none).
   */
  constructor(private readonly target: StorageTarget, private readonly tryTimeoutMs?: number, private readonly observe?: StorageCallObserver) {}

  /** The managed identity, with @azure/identity loaded on first use: a connection string never needs it. */
  private managedIdentity(target: Extract<StorageTarget, { kind: "account-url" }>): Promise<TokenCredential> {
    this.credential ??= import("@azure/identity").then(({ DefaultAzureCredential }) => new DefaultAzureCredential({ managedIdentityClientId: target.managedIdentityClientId }));
    return this.credential;
  }

  /** A client for the table, created in the store when first asked for. */
  table(name: string): Promise<TableClient> {
    let client = this.ready.get(name);
    if (!client) {
      client = this.create(name);
      this.ready.set(name, client);
      client.catch(() => this.ready.delete(name));
    }
    return client;
  }

  /**
   * Runs a write of a partition (its stored key) with the table's client: a read scope open around it forgets
   * what it kept, and the write is counted in `writes` unless the store refused it (4xx). `counted` is called
   * with the result and the partition's write count in the same step as the count, before anything else runs.
   */
  async written<R>(table: string, partitionKey: string, write: (client: TableClient) => Promise<R>, counted?: (result: R, count: number) => void): Promise<R> {
    currentReadScope()?.forget();
    const client = await this.table(table);
    let result: R;
    try {
      result = await write(client);
    } catch (error) {
      if (mayHaveWritten(error)) this.writes.note(table, partitionKey);
      throw error;
    }
    const count = this.writes.note(table, partitionKey);
    counted?.(result, count);
    return result;
  }

  /**
   * Applies the actions (one partition, at most 100) to the table as one entity group transaction, through
   * the table's client (see `submitTransaction`); resolves with each action's answer in their order.
   */
  async transaction(name: string, actions: readonly TransactionAction[]): Promise<TableTransactionResponse> {
    return submitTransaction(await this.table(name), this.httpClient, actions);
  }

  /** Lists tables: a cheap round trip that proves the store answers. */
  async ping(): Promise<void> {
    const service = this.target.kind === "connection-string"
      ? TableServiceClient.fromConnectionString(this.target.connectionString, { ...storageClientOptions(this.tryTimeoutMs), allowInsecureConnection: true })
      : new TableServiceClient(this.target.url, await this.managedIdentity(this.target), storageClientOptions(this.tryTimeoutMs));
    const pages = service.listTables().byPage({ maxPageSize: 1 });
    await pages.next();
  }

  private async create(name: string): Promise<TableClient> {
    const options = { ...storageClientOptions(this.tryTimeoutMs), httpClient: this.httpClient };
    if (this.observe) options.additionalPolicies = [...(options.additionalPolicies ?? []), { position: "perRetry", policy: storageCallPolicy(this.observe) }];
    const client = this.target.kind === "connection-string"
      ? TableClient.fromConnectionString(this.target.connectionString, name, { ...options, allowInsecureConnection: true })
      : new TableClient(this.target.url, name, await this.managedIdentity(this.target), options);
    await client.createTable();
    return client;
  }
}
