import type { TableServiceClientOptions } from "@azure/data-tables";

type PipelinePolicy = NonNullable<TableServiceClientOptions["additionalPolicies"]>[number]["policy"];

/** One request the app sent to Table Storage: the HTTP method and the path with its query, as sent. */
export interface StorageCall {
  method: string;
  table: string;
  path: string;
}

/** Told of every request to the store; only the bench and tests pass one (production passes none). */
export type StorageCallObserver = (call: StorageCall) => void;

/** Counts the requests sent to the store, and keeps them so that a measurement can say where they came from. */
export class StorageCallLog {
  private readonly calls: StorageCall[] = [];

  /** The observer to hand to `createTableStores`. */
  readonly observe: StorageCallObserver = (call) => {
    this.calls.push(call);
  };

  /** How many requests were sent since the log was created. */
  get count(): number {
    return this.calls.length;
  }

  /** The requests sent since request number `from` (a count read earlier). */
  since(from: number): StorageCall[] {
    return this.calls.slice(from);
  }
}

/** A pipeline policy that tells the observer of each request before it is sent (retries included). */
export function storageCallPolicy(observe: StorageCallObserver): PipelinePolicy {
  return {
    name: "storageCallObserver",
    sendRequest: (request, next) => {
      const url = new URL(request.url);
      const path = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf("/") + 1));
      observe({ method: request.method, table: path.replace(/\(.*$/, ""), path: `${path}${url.search ? decodeURIComponent(url.search) : ""}` });
      return next(request);
    },
  };
}
