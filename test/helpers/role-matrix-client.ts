import { TENANT_ID } from "./activities";
import { LocalIdentity } from "./local-identity";
import { rolePeople, type MatrixRole } from "./role-world";
import type { TestServer } from "./test-server";

/** What one role got for one request. */
export interface MatrixAnswer {
  status: number;
  text: string;
  body: unknown;
}

/** Calls the tab API as each role with a real tab SSO token (signed by the local identity), caching tokens. */
export class RoleClient {
  private readonly tokens = new Map<MatrixRole, Promise<string>>();

  constructor(private readonly server: TestServer, private readonly identity: LocalIdentity) {}

  /** The Authorization header of a role (none for no identity). */
  async headersOf(role: MatrixRole): Promise<Record<string, string>> {
    const person = rolePeople[role];
    if (!person) return {};
    if (!this.tokens.has(role)) this.tokens.set(role, this.identity.tabToken({ oid: person.aadObjectId, tid: TENANT_ID, name: person.name }));
    return { Authorization: `Bearer ${await this.tokens.get(role)!}` };
  }

  /** Sends one request to `/api/v1{path}` as the role. */
  async call(role: MatrixRole, method: string, request: { path: string; body?: unknown; headers?: Record<string, string> }): Promise<MatrixAnswer> {
    // A Uint8Array body is a file (application/octet-stream); anything else is sent as JSON.
    const file = request.body instanceof Uint8Array;
    const headers = { ...(await this.headersOf(role)), ...(request.body === undefined ? {} : { "Content-Type": file ? "application/octet-stream" : "application/json" }), ...request.headers };
    const body = request.body === undefined ? undefined : file ? new Blob([new Uint8Array(request.body as Uint8Array)]) : JSON.stringify(request.body);
    const response = await fetch(`${this.server.url}/api/v1${request.path}`, { method, headers, body });
    const text = Buffer.from(await response.arrayBuffer()).toString("utf8");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, text, body: parsed };
  }
}
