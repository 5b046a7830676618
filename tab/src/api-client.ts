import { networkMessage } from "./network-error";

/**
 * How the tab authenticates its API calls: an SSO token in Teams, or a chosen demo user in dev mode; and the
 * network the person works in (sent as `networkId` on every call, so a person in several networks is explicit).
 */
export type Credentials = ({ kind: "sso"; token: () => Promise<string> } | { kind: "dev"; aadObjectId: string }) & { networkId?: string };

/** The API address of `path`, naming the credentials' network. */
export function apiUrl(credentials: Credentials, path: string): string {
  if (!credentials.networkId) return `/api/v1${path}`;
  return `/api/v1${path}${path.includes("?") ? "&" : "?"}networkId=${encodeURIComponent(credentials.networkId)}`;
}

/** An API error with the server's message (and any details, such as the other version of a 409). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

/** Calls the tab API with JSON in and out; throws ApiError with the server's message on 4xx/5xx. */
export async function callApi<T>(credentials: Credentials, language: string, path: string, init: RequestInit = {}): Promise<T> {
  return (await callApiWithEtag<T>(credentials, language, path, init)).body;
}

/** As callApi, also giving the response's `ETag` header (for a later `If-Match`). */
export async function callApiWithEtag<T>(credentials: Credentials, language: string, path: string, init: RequestInit = {}): Promise<{ body: T; etag?: string }> {
  const headers = new Headers(init.headers);
  headers.set("Accept-Language", language);
  if (init.body && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  if (credentials.kind === "sso") headers.set("Authorization", `Bearer ${await credentials.token()}`);
  else headers.set("X-Dev-User", credentials.aadObjectId);
  let response: Response;
  try {
    response = await fetch(apiUrl(credentials, path), { ...init, headers });
  } catch {
    // The browser's own text ("Failed to fetch") says nothing to people, and not in their language.
    throw new ApiError(0, "network_unreachable", networkMessage(language));
  }
  const text = await response.text();
  let body: { error?: { code?: string; message?: string } & Record<string, unknown> } | undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const { code, message, ...details } = body?.error ?? {};
    throw new ApiError(response.status, code ?? "error", message ?? response.statusText, details);
  }
  return { body: body as T, etag: response.headers.get("ETag") ?? undefined };
}
