import { toCompatResponse, type RequestPolicy, type WebResourceLike } from "@azure/core-http-compat";
import { createDefaultHttpClient, createHttpHeaders, createPipelineRequest, type PipelineResponse } from "@azure/core-rest-pipeline";

/** A Retry-After up to this long is waited out by the SDK's own retries; a longer one ends the call. */
export const LONGEST_INLINE_WAIT_MS = 5_000;

/** The Bot Connector asked for a longer pause than a send should block for: the caller tries again later. */
export class ConnectorBusyError extends Error {
  constructor(
    readonly statusCode: number,
    readonly retryAfterMs: number,
  ) {
    super(`Bot Connector answered ${statusCode} and asked to wait ${Math.round(retryAfterMs / 1000)} s`);
    this.name = "ConnectorBusyError";
  }
}

/** Milliseconds the answer asks us to wait (`Retry-After` in seconds or as a date), if it says. */
export function retryAfterMs(response: Pick<PipelineResponse, "headers">, now: Date): number | undefined {
  const header = response.headers.get("retry-after");
  if (header === undefined || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now.getTime()) : undefined;
}

/**
 * The HTTP client the Bot Connector SDK sends through: every request has a timeout, and a 429/5xx that asks
 * for a long pause ends the call at once with ConnectorBusyError (an error the SDK's retry policy does not
 * retry) instead of the SDK sleeping through it, so that the outbox can reschedule the message.
 */
export function connectorHttpClient(timeoutMs: number, now: () => Date): RequestPolicy {
  const http = createDefaultHttpClient();
  return {
    async sendRequest(resource: WebResourceLike) {
      const signals = [AbortSignal.timeout(timeoutMs), ...(resource.abortSignal ? [resource.abortSignal as AbortSignal] : [])];
      const request = createPipelineRequest({
        url: resource.url,
        method: resource.method,
        headers: createHttpHeaders(resource.headers.toJson({ preserveCase: true })),
        body: resource.body as string | undefined,
        abortSignal: AbortSignal.any(signals),
        // As the SDK's own client does: a serviceUrl on http (local fakes, the Playground) is allowed.
        allowInsecureConnection: resource.url.toLowerCase().startsWith("http:"),
      });
      const response = await http.sendRequest(request);
      const wait = retryAfterMs(response, now());
      if ((response.status === 429 || response.status >= 500) && wait !== undefined && wait > LONGEST_INLINE_WAIT_MS) {
        throw new ConnectorBusyError(response.status, wait);
      }
      // Answer with the SDK's own request object: its deserializer finds the operation (and the error to throw) by it.
      return { ...toCompatResponse(response), request: resource };
    },
  };
}
