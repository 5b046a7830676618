import type { AgendaItem } from "../domain/agenda";
import { notFound } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { agendaAsSeenBy } from "../domain/minutes-workflow";
import { maySeeMeeting } from "../domain/meeting-visibility";
import type { Stored, Stores } from "../storage/repository";
import type { Directory } from "../register/directory";

/** The polite "no such meeting" every unknown or foreign meeting id gets. */
export const meetingNotFound = () => notFound("meeting_not_found", "Mötet finns inte.", "The meeting does not exist.");

// The meeting a lookup by id found, or not-found.
function onlyRow(rows: readonly Stored<Meeting>[]): Stored<Meeting> {
  if (!rows[0]) throw meetingNotFound();
  return rows[0];
}

/** Reads meetings and their agendas. */
export class Meetings {
  constructor(private readonly stores: Stores, private readonly directory: Directory) {}

  /** The network's meetings, earliest first. */
  async list(networkId: string): Promise<Meeting[]> {
    const rows = await this.stores.meetings.list(networkId);
    return rows.map((r) => r.value).sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  }

  /** A meeting by id, with its eTag, or not-found. */
  async get(meetingId: string): Promise<Stored<Meeting>> {
    return onlyRow(await this.stores.meetings.where("meetingId", meetingId));
  }

  /**
   * `get`, possibly served from a read of the last few seconds (`RECENT_MEETING_MS`; a change made through
   * this process is seen at once): for presses on cards, which many members make at the same time.
   */
  async recentGet(meetingId: string): Promise<Stored<Meeting>> {
    return onlyRow(await this.stores.meetings.recentWhere("meetingId", meetingId));
  }

  /** A meeting the caller may read (member of its network), with the caller's membership. */
  async getFor(aadObjectId: string | undefined, meetingId: string): Promise<{ meeting: Stored<Meeting>; member: Member }> {
    const meeting = await this.get(meetingId);
    const member = await this.directory.requireMember(aadObjectId, meeting.value.networkId);
    return { meeting, member };
  }

  /** Like `getFor`, but a draft the caller may not see is "no such meeting", as an unknown id is. */
  async getVisibleTo(aadObjectId: string | undefined, meetingId: string): Promise<{ meeting: Stored<Meeting>; member: Member }> {
    const found = await this.getFor(aadObjectId, meetingId);
    if (!maySeeMeeting(found.member, found.meeting.value)) throw meetingNotFound();
    return found;
  }

  /** The agenda in item order as the member may see it: the minutes' parts only for those who may read the draft. */
  async agendaFor(member: Member, meeting: Meeting): Promise<AgendaItem[]> {
    const [agenda, state] = await Promise.all([this.agenda(meeting.id), this.stores.minutes.get(meeting.id, "state")]);
    return agendaAsSeenBy(member, meeting, { approverIds: state?.value.approverIds ?? [] }, agenda);
  }

  /** The agenda in item order. */
  async agenda(meetingId: string): Promise<AgendaItem[]> {
    const rows = await this.stores.agenda.list(meetingId);
    return rows.map(({ value: { meetingId: _m, ...item } }) => item).sort((a, b) => a.number - b.number);
  }
}
