import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphStub } from "../../bot/src/graph/stub/graph-stub";

/** The access token the fake token endpoint issues. */
export const GRAPH_TOKEN = "graph-token-for-the-coordinator";

/**
 * Entra's token endpoint and Graph's /users, as far as the on-behalf-of search uses them; every other Graph
 * path goes to the app-identity stub (`app`: calendar, subscriptions, attendance reports, installation).
 */
export class FakeGraph {
  server?: Server;
  readonly app = new GraphStub();
  tokenRequests: URLSearchParams[] = [];
  userRequests: { url: string; headers: IncomingMessage["headers"] }[] = [];
  mode: "ok" | "no-consent" | "hang" | "down" = "ok";

  /** Starts on a free port; returns its base URL (Graph is under `/v1.0`). */
  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      // restify (in this process) patches ServerResponse, so writeHead does not return the response here.
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "Content-Type": "application/json", ...headers });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      let raw = "";
      for await (const chunk of req) raw += chunk;
      if (this.mode === "hang") return;
      if (req.method === "POST" && /\/oauth2\/v2\.0\/token$/.test(req.url ?? "")) {
        this.tokenRequests.push(new URLSearchParams(raw));
        if (this.mode === "no-consent") return send(400, { error: "consent_required" });
        return send(200, { access_token: GRAPH_TOKEN, token_type: "Bearer", expires_in: 3600 });
      }
      if (req.method === "GET" && /^\/v1\.0\/users(\?|$)/.test(req.url ?? "")) {
        this.userRequests.push({ url: req.url ?? "", headers: req.headers });
        if (this.mode === "down") return send(503, {});
        return send(200, {
          value: [
            { id: "5e6f7a8b-0000-4000-8000-000000000001", displayName: "Anna Ekholm", mail: "anna.ekholm@lindas.example.org", jobTitle: "Integrationssamordnare", companyName: "Lindås kommun" },
            { id: "5e6f7a8b-0000-4000-8000-000000000002", displayName: "Anna Berg", mail: null, userPrincipalName: "anna.berg@lindas.example.org" },
          ],
        });
      }
      if (await this.app.handle(req.method ?? "GET", new URL(req.url ?? "/", "http://127.0.0.1"), raw, req, send)) return;
      send(404, {});
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops, closing open connections (a hanging request included). */
  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
