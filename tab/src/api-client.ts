/** How the tab authenticates its API calls: an SSO token in Teams, or a chosen demo user in dev mode. */
export type Credentials = { kind: "sso"; token: () => Promise<string> } | { kind: "dev"; aadObjectId: string };

/** An API error with the server's message. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Calls the tab API with JSON in and out; throws ApiError with the server's message on 4xx/5xx. */
export async function callApi<T>(credentials: Credentials, language: string, path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("Accept-Language", language);
  if (init.body) headers.set("Content-Type", "application/json");
  if (credentials.kind === "sso") headers.set("Authorization", `Bearer ${await credentials.token()}`);
  else headers.set("X-Dev-User", credentials.aadObjectId);
  const response = await fetch(`/api/v1${path}`, { ...init, headers });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, body?.error?.code ?? "error", body?.error?.message ?? response.statusText);
  return body as T;
}
