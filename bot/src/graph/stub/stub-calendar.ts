import { randomUUID } from "node:crypto";

/** An attendee as Graph returns it on an event. */
export interface StubAttendee {
  type: "required" | "optional";
  emailAddress: { address: string; name?: string };
  status: { response: "none" | "organizer" | "tentativelyAccepted" | "accepted" | "declined" | "notResponded"; time: string };
}

/** An event of the organizer's calendar, in Graph's shape (the fields this app uses). */
export interface StubEvent {
  id: string;
  iCalUId: string;
  subject: string;
  body: { contentType: string; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  onlineMeeting: { joinUrl: string } | null;
  attendees: StubAttendee[];
  isCancelled: boolean;
  transactionId?: string;
  "@odata.etag": string;
}

const NEVER = "0001-01-01T00:00:00Z";

/** The meeting chat's thread id Teams gives an online meeting, and its join URL (URL-encoded, as Teams writes it). */
export function stubJoinUrl(threadId: string, tenantId: string, organizerId: string): string {
  const context = encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: organizerId }));
  return `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(threadId)}/0?context=${context}`;
}

/** The organizer's calendar in the stub: events, their versions (for delta queries) and answers. */
export class StubCalendar {
  readonly events = new Map<string, StubEvent>();
  private readonly versions = new Map<string, number>();
  private version = 0;

  /** Creates an event as `POST /users/{id}/events` does (same transactionId → same event). */
  create(input: Partial<StubEvent> & { attendees?: { emailAddress: { address: string; name?: string }; type?: string }[] }): StubEvent {
    const existing = input.transactionId ? [...this.events.values()].find((e) => e.transactionId === input.transactionId) : undefined;
    if (existing) return existing;
    const id = `AAMkAGI2${randomUUID().replace(/-/g, "")}`;
    const threadId = `19:meeting_${Buffer.from(id).toString("base64url").slice(0, 40)}@thread.v2`;
    const event: StubEvent = {
      id,
      iCalUId: `040000008200E00074C5B7101A82E008${randomUUID().replace(/-/g, "").toUpperCase()}`,
      subject: input.subject ?? "",
      body: input.body ?? { contentType: "html", content: "" },
      start: input.start ?? { dateTime: "", timeZone: "UTC" },
      end: input.end ?? { dateTime: "", timeZone: "UTC" },
      isOnlineMeeting: input.isOnlineMeeting ?? false,
      onlineMeetingProvider: input.onlineMeetingProvider ?? "unknown",
      onlineMeeting: input.isOnlineMeeting ? { joinUrl: stubJoinUrl(threadId, "00000000-0000-4000-8000-00000000aaaa", "00000000-0000-4000-8000-0000000000f0") } : null,
      attendees: (input.attendees ?? []).map((a) => ({ type: "required", emailAddress: a.emailAddress, status: { response: "none", time: NEVER } })),
      isCancelled: false,
      ...(input.transactionId ? { transactionId: input.transactionId } : {}),
      "@odata.etag": "",
    };
    this.events.set(id, event);
    this.touch(id);
    return event;
  }

  /** Changes an event as `PATCH` does; attendees already there keep their answers. */
  update(id: string, patch: Partial<StubEvent> & { attendees?: { emailAddress: { address: string; name?: string } }[] }): StubEvent | undefined {
    const event = this.events.get(id);
    if (!event) return undefined;
    const { attendees, ...rest } = patch;
    Object.assign(event, rest);
    if (attendees) {
      const before = new Map(event.attendees.map((a) => [a.emailAddress.address.toLowerCase(), a]));
      event.attendees = attendees.map((a) => before.get(a.emailAddress.address.toLowerCase()) ?? { type: "required", emailAddress: a.emailAddress, status: { response: "none", time: NEVER } });
    }
    this.touch(id);
    return event;
  }

  /** Cancels an event as `POST …/cancel` does. */
  cancel(id: string): boolean {
    const event = this.events.get(id);
    if (!event) return false;
    event.isCancelled = true;
    this.touch(id);
    return true;
  }

  /** An attendee answers in Outlook; returns the event or undefined when they are not invited. */
  respond(email: string, response: StubAttendee["status"]["response"], time: string, eventId?: string): StubEvent | undefined {
    const event = eventId ? this.events.get(eventId) : [...this.events.values()].find((e) => e.attendees.some((a) => a.emailAddress.address.toLowerCase() === email.toLowerCase()));
    const attendee = event?.attendees.find((a) => a.emailAddress.address.toLowerCase() === email.toLowerCase());
    if (!event || !attendee) return undefined;
    attendee.status = { response, time };
    this.touch(event.id);
    return event;
  }

  /** Events changed after the delta token (all of them without one) and the token of now. */
  changesSince(token: number | undefined): { events: StubEvent[]; token: number } {
    const events = [...this.events.values()].filter((e) => token === undefined || (this.versions.get(e.id) ?? 0) > token);
    return { events, token: this.version };
  }

  private touch(id: string): void {
    this.version += 1;
    this.versions.set(id, this.version);
    const event = this.events.get(id)!;
    event["@odata.etag"] = `W/"${this.version}"`;
  }
}
