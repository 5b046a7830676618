import { createServer, type IncomingMessage, type Server } from "node:http";
import { randomUUID } from "node:crypto";

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: Record<string, unknown>;
}

/**
 * A local stand-in for the Bot Connector service: it answers the calls the bot makes to `serviceUrl`
 * (create conversation, send, reply, update, delete) and records them for assertions.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  private server?: Server;
  /** Conversation ids that answer 403, as for a user who removed the app. */
  readonly blocked = new Set<string>();
  /**
   * Member info by Teams user id (`29:…`), answered to `GET /v3/conversations/{id}/members/{userId}` as
   * TeamsInfo.getMember reads it (`email`, `userPrincipalName`, …); an unknown user gets 404.
   */
  readonly members = new Map<string, Record<string, unknown>>();
  url = "";

  /** Starts listening on a free port; `url` ends with a slash like a real serviceUrl. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
    return this.url;
  }

  /** Stops listening. */
  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Activities sent (posted) to a conversation. */
  sentTo(conversationId: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === "POST" && c.conversationId === conversationId && c.path.includes("/activities")).map((c) => c.body);
  }

  /** Activity updates (PUT) in a conversation. */
  updatesIn(conversationId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === "PUT" && c.conversationId === conversationId);
  }

  /** Waits until the predicate holds over the calls, or fails after `timeoutMs`. */
  async waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > deadline) throw new Error(`Fake connector: condition not met within ${timeoutMs} ms; calls: ${JSON.stringify(this.calls.map((c) => `${c.method} ${c.path}`))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async handle(req: IncomingMessage, res: import("node:http").ServerResponse): Promise<void> {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const match = /^\/v3\/conversations(?:\/([^/]+))?(?:\/activities(?:\/([^/]+))?)?/.exec(path);
    const call: ConnectorCall = { method: req.method ?? "GET", path, conversationId: match?.[1], activityId: match?.[2], body: raw ? JSON.parse(raw) : {} };
    this.calls.push(call);
    res.setHeader("Content-Type", "application/json");
    if (call.conversationId && this.blocked.has(call.conversationId)) {
      res.statusCode = 403;
      res.end(JSON.stringify({ error: { code: "ConversationBlockedByUser", message: "User blocked the conversation with the bot." } }));
      return;
    }
    const member = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(path);
    if (call.method === "GET" && member) {
      const info = this.members.get(member[1]!);
      res.statusCode = info ? 200 : 404;
      res.end(JSON.stringify(info ?? { error: { code: "MemberNotFoundInConversation", message: "The member could not be found." } }));
      return;
    }
    if (call.method === "POST" && !call.conversationId) {
      res.end(JSON.stringify({ id: `a:${randomUUID()}` }));
      return;
    }
    res.end(JSON.stringify({ id: call.activityId && call.method === "PUT" ? call.activityId : `1:${randomUUID()}` }));
  }
}
