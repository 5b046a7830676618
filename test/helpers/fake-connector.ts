import { createServer, type IncomingMessage, type Server } from "node:http";
import { randomUUID } from "node:crypto";

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: Record<string, unknown>;
  /** The HTTP status it was answered with. */
  status?: number;
  /** The order in which calls were answered (a held call is answered after later ones). */
  answered?: number;
}

/** A scripted answer to one send or update: its status, and headers such as `Retry-After`. */
export interface ConnectorFault {
  status: number;
  headers?: Record<string, string>;
  /** Only for calls into this conversation (default: any). */
  conversationId?: string;
  /** Answer only after this long (a slow or hanging connector); status 200 then answers normally. */
  delayMs?: number;
  /** Answer only once this settles (the test decides when a slow call lands). */
  until?: Promise<unknown>;
}

/**
 * A local stand-in for the Bot Connector service: it answers the calls the bot makes to `serviceUrl`
 * (create conversation, send, reply, update, delete) and records them for assertions.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  private answers = 0;
  private server?: Server;
  /** Conversation ids that answer 403, as for a user who removed the app. */
  readonly blocked = new Set<string>();
  /** Answers given, in order, to the next sends or updates before the normal one (e.g. 429 with Retry-After). */
  readonly faults: ConnectorFault[] = [];
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

  /** The update of a conversation's messages answered last: what the chat shows now. */
  lastUpdateIn(conversationId: string): ConnectorCall | undefined {
    const answered = this.updatesIn(conversationId).filter((c) => c.status === 200);
    return answered.sort((x, y) => (x.answered ?? 0) - (y.answered ?? 0)).at(-1);
  }

  /** Activities the connector accepted (answered 200) in a conversation. */
  deliveredTo(conversationId: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === "POST" && c.conversationId === conversationId && c.path.includes("/activities") && c.status === 200).map((c) => c.body);
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
      res.statusCode = call.status = 403;
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
    const fault = call.conversationId ? this.faults.findIndex((f) => !f.conversationId || f.conversationId === call.conversationId) : -1;
    if (fault >= 0) {
      const { status, headers, delayMs, until } = this.faults.splice(fault, 1)[0]!;
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (until) await until;
      if (req.socket.destroyed) {
        call.status = 0;
        return;
      }
      if (status === 200) return this.answer(call, res);
      res.statusCode = call.status = status;
      for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
      res.end(JSON.stringify({ error: { code: status === 429 ? "TooManyRequests" : "ServiceError", message: `Scripted answer ${status}.` } }));
      return;
    }
    this.answer(call, res);
  }

  private answer(call: ConnectorCall, res: import("node:http").ServerResponse): void {
    call.status = 200;
    call.answered = ++this.answers;
    if (call.method === "POST" && !call.conversationId) {
      res.end(JSON.stringify({ id: `a:${randomUUID()}` }));
      return;
    }
    res.end(JSON.stringify({ id: call.activityId && call.method === "PUT" ? call.activityId : `1:${randomUUID()}` }));
  }
}
