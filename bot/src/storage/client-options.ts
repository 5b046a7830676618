import type { TableServiceClientOptions } from "@azure/data-tables";

/** Longest wait for one answer from the store; a store that stopped answering fails after this. */
export const STORAGE_TRY_TIMEOUT_MS = 8000;

/**
 * Client options for every table client: each request gives up after STORAGE_TRY_TIMEOUT_MS, and a refused
 * or reset connection or a 5xx is retried twice within about a second, so a request that needs storage
 * fails in seconds instead of minutes while the store is down or hanging.
 */
export function storageClientOptions(tryTimeoutMs = STORAGE_TRY_TIMEOUT_MS): TableServiceClientOptions {
  return {
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 800 },
    additionalPolicies: [
      {
        position: "perCall",
        policy: {
          name: "storageTryTimeout",
          sendRequest: (request, next) => {
            if (!request.timeout) request.timeout = tryTimeoutMs;
            return next(request);
          },
        },
      },
    ],
  };
}
