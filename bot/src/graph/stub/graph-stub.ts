import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { StubCalendar, type StubEvent } from "./stub-calendar";

/** An attendance record as `attendanceReports/{id}?$expand=attendanceRecords` gives it. */
export interface StubAttendanceRecord {
  emailAddress: string | null;
  totalAttendanceInSeconds: number;
  role: "Organizer" | "Presenter" | "Attendee" | "Producer" | "Coorganizer" | "Unknown";
  identity: { id: string | null; displayName: string; tenantId: string | null };
  attendanceIntervals: { joinDateTime: string; leaveDateTime: string; durationInSeconds: number }[];
}

/** A subscription the stub holds (`POST /subscriptions`). */
export interface StubSubscription {
  id: string;
  resource: string;
  changeType: string;
  clientState?: string;
  notificationUrl: string;
  expirationDateTime: string;
}

/** A request the stub saw. */
export interface StubRequest {
  method: string;
  path: string;
  body: unknown;
  authorization?: string;
}

type Send = (status: number, body?: unknown, headers?: Record<string, string>) => void;

/**
 * A local stand-in for Microsoft Graph v1.0 over real HTTP, with the endpoints and shapes of Microsoft's
 * documentation the app uses: the organizer's events (create, update, cancel, get, calendarView delta),
 * subscriptions with the validation handshake and notifications, online meetings and attendance reports,
 * and Teams app installation for users and chats with tabs. Tests (and the local demo) start it.
 */
export class GraphStub {
  readonly calendar = new StubCalendar();
  readonly subscriptions = new Map<string, StubSubscription>();
  readonly requests: StubRequest[] = [];
  /** Attendance records per online meeting (by join URL). */
  readonly attendance = new Map<string, { start: string; end: string; records: StubAttendanceRecord[] }>();
  /** Users the app is installed for, and users for whom installing fails (with the status Graph gives). */
  readonly installedFor = new Set<string>();
  readonly installFails = new Map<string, number>();
  readonly chatApps = new Set<string>();
  readonly chatTabs: { chatId: string; body: unknown }[] = [];
  /** The access token requests must carry. */
  token = "graph-app-token";
  /** The next N requests are answered 429 with this Retry-After (seconds). */
  throttle = { count: 0, retryAfter: "1" };
  /** The next N requests are answered with this status (a fault Graph does not ask to retry, e.g. 500). */
  failing = { count: 0, status: 500 };
  private server?: Server;
  private baseUrl = "";

  /** Starts on a free port of 127.0.0.1; returns the Graph base URL (`…/v1.0`). */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1.0`;
    return this.baseUrl;
  }

  /** Stops, closing open connections. */
  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Handles a request under `/v1.0`; false when the path is not one the stub knows. Used by other fakes too. */
  async handle(method: string, url: URL, raw: string, req: IncomingMessage, send: Send): Promise<boolean> {
    const path = url.pathname.replace(/^\/v1\.0/, "");
    const body = raw ? JSON.parse(raw) as Record<string, unknown> : undefined;
    this.requests.push({ method, path: `${path}${url.search}`, body, authorization: req.headers.authorization });
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      send(401, { error: { code: "InvalidAuthenticationToken", message: "Access token has expired or is not yet valid." } });
      return true;
    }
    if (this.throttle.count > 0) {
      this.throttle.count -= 1;
      send(429, { error: { code: "TooManyRequests", message: "Too many requests." } }, { "Retry-After": this.throttle.retryAfter });
      return true;
    }
    if (this.failing.count > 0) {
      this.failing.count -= 1;
      send(this.failing.status, { error: { code: "generalException", message: "An unexpected error occurred." } });
      return true;
    }
    const route = (pattern: RegExp) => pattern.exec(path);
    let m: RegExpExecArray | null;
    if (method === "POST" && (m = route(/^\/users\/([^/]+)\/events$/))) return send(201, this.calendar.create(body as Partial<StubEvent>)), true;
    if ((m = route(/^\/users\/([^/]+)\/events\/([^/]+)$/))) {
      const id = decodeURIComponent(m[2]!);
      if (method === "GET") return this.found(send, this.calendar.events.get(id)), true;
      if (method === "PATCH") return this.found(send, this.calendar.update(id, body as Partial<StubEvent>)), true;
    }
    if (method === "POST" && (m = route(/^\/users\/([^/]+)\/events\/([^/]+)\/cancel$/))) return send(this.calendar.cancel(decodeURIComponent(m[2]!)) ? 202 : 404, this.calendar.events.has(decodeURIComponent(m[2]!)) ? undefined : notFound()), true;
    if (method === "GET" && (m = route(/^\/users\/([^/]+)\/calendarView\/delta$/))) return this.delta(url, m[1]!, send), true;
    if (path.startsWith("/subscriptions")) return this.subscription(method, path, body, send);
    if (path.match(/^\/users\/[^/]+\/onlineMeetings/)) return this.onlineMeetings(path, url, send);
    if (path.match(/^\/users\/[^/]+\/teamwork\/installedApps/)) return this.userApps(method, path, send);
    if ((m = route(/^\/chats\/([^/]+)\/(installedApps|tabs)$/)) && method === "POST") {
      const chatId = decodeURIComponent(m[1]!);
      if (m[2] === "tabs") {
        this.chatTabs.push({ chatId, body });
        return send(201, { id: randomUUID(), ...(body as object) }), true;
      }
      if (this.chatApps.has(chatId)) return send(409, { error: { code: "Conflict", message: "App is already installed in this chat." } }), true;
      this.chatApps.add(chatId);
      return send(201), true;
    }
    return false;
  }

  /** The organizer's answer to a change: sets an attendee's answer and notifies subscriptions (as Outlook would). */
  async respond(email: string, response: "accepted" | "tentativelyAccepted" | "declined", time: string): Promise<StubEvent | undefined> {
    const event = this.calendar.respond(email, response, time);
    if (event) await this.notify(event);
    return event;
  }

  /** Posts a change notification for the event to every subscription; resolves with the HTTP statuses. */
  async notify(event: StubEvent, clientState?: string): Promise<number[]> {
    const statuses: number[] = [];
    for (const s of this.subscriptions.values()) {
      const notification = {
        value: [{
          subscriptionId: s.id, subscriptionExpirationDateTime: s.expirationDateTime, changeType: "updated", clientState: clientState ?? s.clientState,
          resource: `Users/${s.resource.split("/")[2]}/Events/${event.id}`, tenantId: "00000000-0000-4000-8000-00000000aaaa",
          resourceData: { "@odata.type": "#Microsoft.Graph.Event", "@odata.id": `Users/x/Events/${event.id}`, "@odata.etag": event["@odata.etag"], id: event.id },
        }],
      };
      const res = await fetch(s.notificationUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(notification), signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
      statuses.push(res?.status ?? 0);
    }
    return statuses;
  }

  /** Adds the attendance report Teams would make after a meeting held through the join URL. */
  setAttendance(joinUrl: string, report: { start: string; end: string; records: StubAttendanceRecord[] }): void {
    this.attendance.set(joinUrl, report);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const send: Send = (status, body, headers = {}) => {
      res.writeHead(status, { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (!(await this.handle(req.method ?? "GET", url, raw, req, send).catch(() => (send(400, { error: { code: "BadRequest", message: "Unreadable request." } }), true)))) {
      send(404, notFound());
    }
  }

  private found(send: Send, event: StubEvent | undefined): void {
    if (event) send(200, event);
    else send(404, notFound());
  }

  private delta(url: URL, user: string, send: Send): void {
    const token = url.searchParams.get("$deltatoken");
    if (!token && (!url.searchParams.get("startDateTime") || !url.searchParams.get("endDateTime"))) {
      return send(400, { error: { code: "ErrorInvalidParameter", message: "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime." } });
    }
    const { events, token: next } = this.calendar.changesSince(token ? Number(token) : undefined);
    const value = events.map((e) => (e.isCancelled ? { "@removed": { reason: "deleted" }, id: e.id } : e));
    send(200, { "@odata.context": `${this.baseUrl}/$metadata#Collection(event)`, "@odata.deltaLink": `${this.baseUrl}/users/${user}/calendarView/delta?$deltatoken=${next}`, value });
  }

  private async subscription(method: string, path: string, body: Record<string, unknown> | undefined, send: Send): Promise<boolean> {
    const id = /^\/subscriptions\/([^/]+)$/.exec(path)?.[1];
    if (method === "POST" && !id) {
      const s = { id: randomUUID(), ...body } as StubSubscription;
      const validationToken = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
      const answer = await fetch(`${s.notificationUrl}?validationToken=${encodeURIComponent(validationToken)}`, { method: "POST", signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
      const echoed = answer?.status === 200 && (answer.headers.get("content-type") ?? "").startsWith("text/plain") && (await answer.text()) === validationToken;
      if (!echoed) return send(400, { error: { code: "InvalidRequest", message: "Subscription validation request failed. Response must exactly match validationToken query parameter." } }), true;
      this.subscriptions.set(s.id, s);
      return send(201, { "@odata.context": `${this.baseUrl}/$metadata#subscriptions/$entity`, ...s }), true;
    }
    const existing = id ? this.subscriptions.get(id) : undefined;
    if (!existing) return send(404, notFound()), true;
    if (method === "PATCH") {
      Object.assign(existing, { expirationDateTime: body?.expirationDateTime });
      return send(200, existing), true;
    }
    if (method === "DELETE") {
      this.subscriptions.delete(existing.id);
      return send(204), true;
    }
    return false;
  }

  private onlineMeetings(path: string, url: URL, send: Send): boolean {
    const list = /^\/users\/[^/]+\/onlineMeetings$/.test(path);
    if (list) {
      const joinUrl = /JoinWebUrl eq '(.*)'/.exec(url.searchParams.get("$filter") ?? "")?.[1]?.replace(/''/g, "'");
      const known = joinUrl ? [...this.calendar.events.values()].find((e) => e.onlineMeeting?.joinUrl === joinUrl) : undefined;
      const value = known ? [{ id: meetingIdOf(known.onlineMeeting!.joinUrl), joinWebUrl: known.onlineMeeting!.joinUrl, subject: known.subject, chatInfo: { threadId: threadOf(known.onlineMeeting!.joinUrl), messageId: "0" } }] : [];
      send(200, { value });
      return true;
    }
    const m = /^\/users\/[^/]+\/onlineMeetings\/([^/]+)\/attendanceReports(?:\/([^/]+))?$/.exec(path);
    if (!m) return false;
    const joinUrl = [...this.attendance.keys()].find((u) => meetingIdOf(u) === decodeURIComponent(m[1]!));
    const report = joinUrl ? this.attendance.get(joinUrl) : undefined;
    const summary = report ? { id: `report-${m[1]}`, totalParticipantCount: report.records.length, meetingStartDateTime: report.start, meetingEndDateTime: report.end } : undefined;
    if (!m[2]) return send(200, { value: summary ? [summary] : [] }), true;
    if (!summary || m[2] !== summary.id) return send(404, notFound()), true;
    send(200, { ...summary, attendanceRecords: report!.records });
    return true;
  }

  private userApps(method: string, path: string, send: Send): boolean {
    const m = /^\/users\/([^/]+)\/teamwork\/installedApps(?:\/([^/]+)(\/chat)?)?$/.exec(path);
    if (!m) return false;
    const user = decodeURIComponent(m[1]!);
    if (method === "POST" && !m[2]) {
      const failure = this.installFails.get(user);
      if (failure) return send(failure, { error: { code: failure === 404 ? "NotFound" : "Forbidden", message: failure === 404 ? "User not found." : "The user's Teams policy does not allow the app." } }), true;
      if (this.installedFor.has(user)) return send(409, { error: { code: "Conflict", message: "App is already installed for this user." } }), true;
      this.installedFor.add(user);
      return send(201), true;
    }
    if (method === "GET" && !m[2]) return send(200, { value: this.installedFor.has(user) ? [{ id: `inst-${user}`, teamsApp: { id: "app", externalId: "app", displayName: "Nätverksmöten" } }] : [] }), true;
    if (method === "GET" && m[3]) return send(200, { id: `19:${user}_bot@unq.gbl.spaces`, chatType: "oneOnOne" }), true;
    return false;
  }
}

function notFound() {
  return { error: { code: "ErrorItemNotFound", message: "The specified object was not found in the store." } };
}

/** The meeting chat's thread id inside a join URL. */
function threadOf(joinUrl: string): string {
  return decodeURIComponent(/meetup-join\/([^/]+)/.exec(joinUrl)?.[1] ?? "");
}

function meetingIdOf(joinUrl: string): string {
  return `MSo${Buffer.from(threadOf(joinUrl)).toString("base64url")}`;
}
