import type { AgendaItem } from "../domain/agenda";
import type { Clock } from "../domain/clock";
import type { Meeting } from "../domain/meeting";
import { activeMembers, type Member } from "../domain/member";
import { chatIdOfJoinUrl } from "../domain/teams-meeting-ids";
import type { GraphClient } from "../graph/graph-client";
import { graphFailureOf } from "../graph/graph-errors";
import type { GraphSendReport } from "../graph/graph-report";
import type { Logger } from "../logger";
import type { CalendarEventRecord } from "../storage/records/graph";
import type { Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import { AlreadyExistsError } from "../storage/storage-errors";
import { attendeeAddresses, attendeeList, eventBody } from "./event-body";

interface CreatedEvent {
  id: string;
  onlineMeeting?: { joinUrl?: string } | null;
}

/**
 * The meeting's event on the organizer's calendar: created when the invitation is sent (with a Teams meeting
 * unless a link was pasted by hand), updated when the meeting or the invitees change, cancelled with the
 * meeting. The event id, join URL and meeting chat id are stored, and the join URL and chat id put on the
 * meeting, so the roll call and round table find the chat with no setup.
 */
export class CalendarEvents {
  constructor(
    private readonly deps: { stores: Stores; client: GraphClient; organizer: string; publicUrl: string; logger: Logger; clock: Clock },
  ) {}

  /** The stored event of a meeting, if any. */
  async recordOf(meetingId: string): Promise<CalendarEventRecord | undefined> {
    return (await this.deps.stores.calendarEvents.get(meetingId, "state"))?.value;
  }

  /** Creates or updates the meeting's event; never throws (a failure is reported and stored). */
  async sync(meeting: Meeting): Promise<GraphSendReport["calendar"]> {
    const { stores, client, logger } = this.deps;
    const existing = await stores.calendarEvents.get(meeting.id, "state");
    try {
      const [agenda, members, network] = await Promise.all([
        stores.agenda.list(meeting.id), stores.members.list(meeting.networkId), stores.networks.get("network", meeting.networkId),
      ]);
      const invitees = activeMembers(members.map((m) => m.value));
      const body = (create: boolean, online: boolean) => eventBody({
        meeting, agenda: agenda.map((a) => a.value as AgendaItem), networkName: network?.value.name ?? "", tabUrl: `${this.deps.publicUrl}/tab/`, members: invitees, create, online,
      });
      if (!existing) return await this.create(meeting, body(true, !meeting.joinUrl), invitees);
      const record = existing.value;
      const attendees = attendeeAddresses(invitees);
      if (record.syncedSequence >= meeting.sequence && sameList(record.attendees, attendees) && !record.lastFailure) return { status: "unchanged", eventId: record.eventId, joinUrl: record.joinUrl };
      await client.request("PATCH", `${this.base()}/events/${encodeURIComponent(record.eventId)}`, { body: body(false, false) });
      await stores.calendarEvents.replace({ ...record, attendees, syncedSequence: meeting.sequence, lastFailure: undefined }, existing.etag);
      logger.info({ meetingId: meeting.id, eventId: record.eventId }, "calendar event updated");
      return { status: "updated", eventId: record.eventId, joinUrl: record.joinUrl };
    } catch (error) {
      return this.failed(meeting, error, "calendar event not written");
    }
  }

  /**
   * Puts the network's active members on the meeting's event, when it has one that is not cancelled. Only the
   * attendee list is written, so a change of the meeting made meanwhile is never overwritten; never throws.
   */
  async updateAttendees(meeting: Meeting): Promise<GraphSendReport["calendar"]> {
    const { stores, client, logger } = this.deps;
    const existing = await stores.calendarEvents.get(meeting.id, "state");
    if (!existing || existing.value.cancelled) return { status: "off" };
    const record = existing.value;
    try {
      const invitees = activeMembers((await stores.members.list(meeting.networkId)).map((m) => m.value));
      const attendees = attendeeAddresses(invitees);
      if (sameList(record.attendees, attendees)) return { status: "unchanged", eventId: record.eventId, joinUrl: record.joinUrl };
      await client.request("PATCH", `${this.base()}/events/${encodeURIComponent(record.eventId)}`, { body: { attendees: attendeeList(invitees) } });
      await stores.calendarEvents.replace({ ...record, attendees }, existing.etag);
      logger.info({ meetingId: meeting.id, eventId: record.eventId }, "calendar event attendees updated");
      return { status: "updated", eventId: record.eventId, joinUrl: record.joinUrl };
    } catch (error) {
      return this.failed(meeting, error, "calendar event attendees not written");
    }
  }

  /** Cancels the meeting's event (Outlook tells the attendees); never throws. */
  async cancel(meeting: Meeting): Promise<void> {
    const existing = await this.deps.stores.calendarEvents.get(meeting.id, "state");
    if (!existing || existing.value.cancelled) return;
    try {
      await this.deps.client.request("POST", `${this.base()}/events/${encodeURIComponent(existing.value.eventId)}/cancel`, { body: { comment: `Mötet "${meeting.title}" är inställt.` } });
      await this.deps.stores.calendarEvents.replace({ ...existing.value, cancelled: true, syncedSequence: meeting.sequence, lastFailure: undefined }, existing.etag);
      this.deps.logger.info({ meetingId: meeting.id, eventId: existing.value.eventId }, "calendar event cancelled");
    } catch (error) {
      await this.failed(meeting, error, "calendar event not cancelled");
    }
  }

  /** `/users/{organizer}` */
  base(): string {
    return `/users/${encodeURIComponent(this.deps.organizer)}`;
  }

  private async create(meeting: Meeting, body: ReturnType<typeof eventBody>, invitees: readonly Member[]): Promise<GraphSendReport["calendar"]> {
    const { stores, client, logger } = this.deps;
    const created = (await client.request<CreatedEvent>("POST", `${this.base()}/events`, { body, headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' } })).body;
    const joinUrl = created.onlineMeeting?.joinUrl ?? undefined;
    const chatId = chatIdOfJoinUrl(joinUrl ?? meeting.joinUrl);
    const record: CalendarEventRecord = {
      meetingId: meeting.id, networkId: meeting.networkId, eventId: created.id, attendees: attendeeAddresses(invitees), syncedSequence: meeting.sequence,
      ...(joinUrl ? { joinUrl } : {}), ...(chatId ? { chatId } : {}),
    };
    try {
      await stores.calendarEvents.create(record);
    } catch (error) {
      // Another instance created it at the same moment; Graph's transactionId made it the same event.
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
    if (joinUrl) await this.putOnMeeting(meeting.id, joinUrl, chatId);
    logger.info({ meetingId: meeting.id, eventId: created.id, online: Boolean(joinUrl) }, "calendar event created");
    return { status: "created", eventId: created.id, ...(joinUrl ? { joinUrl } : {}) };
  }

  // The join URL and chat id go on the meeting unless someone set them meanwhile.
  private async putOnMeeting(meetingId: string, joinUrl: string, chatId: string | undefined): Promise<void> {
    await withConflictRetry(async () => {
      const [current] = await this.deps.stores.meetings.where("meetingId", meetingId);
      if (!current || current.value.joinUrl) return;
      await this.deps.stores.meetings.replace({ ...current.value, joinUrl, ...(chatId && !current.value.chatConversationId ? { chatConversationId: chatId } : {}) }, current.etag);
    });
  }

  private async failed(meeting: Meeting, error: unknown, message: string): Promise<GraphSendReport["calendar"]> {
    const failure = graphFailureOf(error, this.deps.clock.now());
    this.deps.logger.error({ meetingId: meeting.id, graph: failure }, message);
    const existing = await this.deps.stores.calendarEvents.get(meeting.id, "state").catch(() => undefined);
    if (existing) await this.deps.stores.calendarEvents.replace({ ...existing.value, lastFailure: failure }, existing.etag).catch(() => undefined);
    return { status: "failed", reason: failure.kind, detail: failure.detail, ...(existing ? { eventId: existing.value.eventId, joinUrl: existing.value.joinUrl } : {}) };
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
