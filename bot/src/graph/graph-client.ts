import type { Logger } from "../logger";
import { GraphError } from "./graph-errors";
import type { TokenSource } from "./token-source";

/** One Graph answer: status, parsed JSON body (or undefined) and headers. */
export interface GraphResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** Options of one request. */
export interface GraphRequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Statuses that are answers, not errors (e.g. 409 "already installed"). */
  accept?: readonly number[];
}

const RETRIED = new Set([429, 503, 504]);
const MAX_ATTEMPTS = 4;
const MAX_WAIT_MS = 60_000;

/** The wait Graph asked for in `Retry-After` (seconds or an HTTP date), else an exponential one. */
export function retryDelayMs(header: string | null, attempt: number, nowMs: number): number {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_WAIT_MS);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.min(Math.max(0, date - nowMs), MAX_WAIT_MS);
  }
  return Math.min(1000 * 2 ** attempt, MAX_WAIT_MS);
}

/**
 * A small Microsoft Graph client: a token on each request, a timeout on each attempt, retries on 429/503/504
 * that wait what `Retry-After` says, and paging through `@odata.nextLink`. Links it follows must point at
 * the same Graph it was given.
 */
export class GraphClient {
  constructor(
    private readonly deps: {
      baseUrl: string;
      tokens: TokenSource;
      timeoutMs: number;
      logger: Logger;
      /** Waits between attempts (tests may shorten it). */
      sleep?: (ms: number) => Promise<void>;
      nowMs?: () => number;
    },
  ) {}

  /** Sends one request; throws GraphError for an error answer (after the retries) or a timeout. */
  async request<T = unknown>(method: string, path: string, options: GraphRequestOptions = {}): Promise<GraphResponse<T>> {
    const url = this.urlOf(path);
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 0; ; attempt += 1) {
      const token = await this.deps.tokens.token();
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: { Authorization: `Bearer ${token}`, Accept: "application/json", ...(options.body !== undefined ? { "Content-Type": "application/json" } : {}), ...options.headers },
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
          signal: AbortSignal.timeout(this.deps.timeoutMs),
        });
      } catch (error) {
        // A request that may have been carried out is not repeated blindly: only reads are retried.
        if (method === "GET" && attempt + 1 < MAX_ATTEMPTS) {
          await sleep(retryDelayMs(null, attempt, 0));
          continue;
        }
        throw new GraphError("unavailable", `Microsoft Graph did not answer ${method} ${new URL(url).pathname}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const text = await response.text();
      const body = text ? safeJson(text) : undefined;
      if (response.ok || options.accept?.includes(response.status)) return { status: response.status, body: body as T, headers: response.headers };
      if (RETRIED.has(response.status) && attempt + 1 < MAX_ATTEMPTS) {
        const wait = retryDelayMs(response.headers.get("retry-after"), attempt, this.deps.nowMs?.() ?? Date.parse(response.headers.get("date") ?? "") ?? 0);
        this.deps.logger.warn({ status: response.status, waitMs: wait, attempt: attempt + 1, path: new URL(url).pathname }, "Microsoft Graph asked to wait; retrying");
        await sleep(wait);
        continue;
      }
      throw GraphError.fromResponse(response.status, body);
    }
  }

  /** GET of a JSON body. */
  async get<T>(path: string): Promise<T> {
    return (await this.request<T>("GET", path)).body;
  }

  /** Every item of a collection, following `@odata.nextLink`; the last page's `@odata.deltaLink` too. */
  async all<T>(path: string): Promise<{ items: T[]; deltaLink?: string }> {
    const items: T[] = [];
    let next: string | undefined = path;
    let deltaLink: string | undefined;
    for (let page = 0; next && page < 1000; page += 1) {
      const body: { value?: T[]; "@odata.nextLink"?: string; "@odata.deltaLink"?: string } = await this.get(next);
      items.push(...(body.value ?? []));
      next = body["@odata.nextLink"];
      deltaLink = body["@odata.deltaLink"] ?? deltaLink;
    }
    return { items, ...(deltaLink ? { deltaLink } : {}) };
  }

  private urlOf(path: string): string {
    if (!/^https?:/i.test(path)) return `${this.deps.baseUrl}${path.startsWith("/") ? "" : "/"}${path}`;
    if (new URL(path).origin !== new URL(this.deps.baseUrl).origin) throw new GraphError("invalid", `refused to follow a link outside Microsoft Graph: ${new URL(path).origin}`);
    return path;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}
