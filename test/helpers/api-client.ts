/** Calls the tab API as a demo user (local mode). */
// The body is whatever JSON the route returns: tests read it field by field and assert on each, so a typed
// shape per route would only repeat the contract; the bot client (bot-client.ts) is fully typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function api(baseUrl: string, path: string, options: { user?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { ...(options.user ? { "X-Dev-User": options.user } : {}), ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(`${baseUrl}/api/v1${path}`, { method: options.method ?? "GET", headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
