import { proposeAttendance, type ProposalRow, type ReportParticipant } from "../domain/attendance-report";
import type { AttendanceRecord } from "../domain/attendance";
import { conflict, invalid } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { assertMay } from "../domain/roles";
import type { GraphClient } from "../graph/graph-client";
import type { Meetings } from "../meetings/meetings";
import type { AttendanceWrites } from "../roll-call/attendance-writes";
import type { RollCallService } from "../roll-call/roll-call-service";
import type { Stores } from "../storage/repository";

/** Teams' attendance report of a meeting as a proposal. */
export interface AttendanceProposal {
  meetingId: string;
  /** The report's meeting start and end, when Teams has made one. */
  report?: { start: string; end: string; participants: number };
  rows: ProposalRow[];
}

interface GraphRecord {
  emailAddress?: string | null;
  identity?: { id?: string | null; displayName?: string | null };
  attendanceIntervals?: { joinDateTime?: string; leaveDateTime?: string }[];
}

/**
 * Reads a meeting's attendance report from Teams (through Graph) and proposes attendance rows to the chair or
 * secretary; nothing changes until they confirm, and confirmed rows have source `attendance-report`.
 */
export class AttendanceProposals {
  constructor(
    private readonly deps: { stores: Stores; client: GraphClient; organizer: string; meetings: Meetings; rollCalls: RollCallService; writes: AttendanceWrites },
  ) {}

  /** The proposal (chair, secretary, coordinator). */
  async proposal(callerId: string, meetingId: string): Promise<AttendanceProposal> {
    const { meeting, member } = await this.deps.meetings.getFor(callerId, meetingId);
    assertMay(member, "mark-attendance", meeting.value);
    return this.build(meeting.value);
  }

  /** Writes the chosen rows of the current proposal; ids not in it are refused before anything is written. */
  async confirm(callerId: string, meetingId: string, read: () => string[]): Promise<AttendanceRecord[]> {
    const { meeting, member } = await this.deps.meetings.getFor(callerId, meetingId);
    assertMay(member, "mark-attendance", meeting.value);
    const personIds = read();
    const proposal = await this.build(meeting.value);
    const chosen = personIds.map((id) => proposal.rows.find((r) => r.personId === id));
    const unknown = personIds.filter((_id, i) => !chosen[i]);
    if (unknown.length > 0) {
      throw invalid("not_in_proposal", "Någon av de valda personerna finns inte (längre) i förslaget. Läs in förslaget igen.", "Some of the chosen people are not (or no longer) in the proposal. Reload it.", { personIds: unknown });
    }
    return this.write(meeting.value, member, chosen as ProposalRow[]);
  }

  private async write(meeting: Meeting, actor: Member, rows: readonly ProposalRow[]): Promise<AttendanceRecord[]> {
    const written: AttendanceRecord[] = [];
    for (const row of rows) {
      const person = { personId: row.personId, name: row.name, organisationId: row.organisationId, organisationName: row.organisationName, guest: row.guest };
      written.push(await this.deps.writes.mark(meeting, actor, person, "present", row.items, { fromChat: false, source: "attendance-report" }));
    }
    return written;
  }

  private async build(meeting: Meeting): Promise<AttendanceProposal> {
    if (!meeting.joinUrl) throw conflict("no_teams_meeting", "Mötet har ingen Teams-länk, så det finns ingen närvarorapport.", "The meeting has no Teams link, so there is no attendance report.");
    const base = `/users/${encodeURIComponent(this.deps.organizer)}/onlineMeetings`;
    const online = await this.deps.client.get<{ value?: { id: string }[] }>(`${base}?$filter=${encodeURIComponent(`JoinWebUrl eq '${meeting.joinUrl.replace(/'/g, "''")}'`)}`);
    const onlineId = online.value?.[0]?.id;
    const empty = { meetingId: meeting.id, rows: [] };
    if (!onlineId) return empty;
    const reports = await this.deps.client.all<{ id: string; meetingStartDateTime: string; meetingEndDateTime: string }>(`${base}/${encodeURIComponent(onlineId)}/attendanceReports`);
    const newest = reports.items.sort((a, b) => b.meetingStartDateTime.localeCompare(a.meetingStartDateTime))[0];
    if (!newest) return empty;
    const report = await this.deps.client.get<{ attendanceRecords?: GraphRecord[] }>(`${base}/${encodeURIComponent(onlineId)}/attendanceReports/${encodeURIComponent(newest.id)}?$expand=attendanceRecords`);
    const participants: ReportParticipant[] = (report.attendanceRecords ?? []).map((r) => ({
      ...(r.identity?.id ? { id: r.identity.id } : {}),
      ...(r.emailAddress ? { email: r.emailAddress } : {}),
      displayName: r.identity?.displayName ?? "",
      intervals: (r.attendanceIntervals ?? []).filter((i) => i.joinDateTime && i.leaveDateTime).map((i) => ({ joinUtc: i.joinDateTime!, leaveUtc: i.leaveDateTime! })),
    }));
    const snapshot = await this.deps.rollCalls.snapshot(meeting.id);
    const rows = proposeAttendance({
      startUtc: meeting.startUtc, agenda: snapshot.agenda, members: snapshot.members, organisations: snapshot.organisations,
      attendance: snapshot.attendance, participants, organizer: this.deps.organizer,
    });
    return { meetingId: meeting.id, report: { start: newest.meetingStartDateTime, end: newest.meetingEndDateTime, participants: participants.length }, rows };
  }
}
