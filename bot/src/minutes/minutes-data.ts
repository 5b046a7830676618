import type { Clock } from "../domain/clock";
import type { AgendaItem } from "../domain/agenda";
import type { AttendanceRecord } from "../domain/attendance";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { buildMinutesDocument, type MinutesDocument } from "../domain/minutes";
import { emptyMinutesState, type MinutesState, type MinutesVersion } from "../domain/minutes-workflow";
import type { Network, Organisation } from "../domain/network";
import type { RoundTableEntry } from "../domain/round-table";
import type { Stored, Stores } from "../storage/repository";
import type { Directory } from "../register/directory";
import type { MinutesItemView } from "./minutes-snapshot";

/** Who belongs to a network: read once and shared by every meeting of it. */
export interface NetworkData {
  network: Network;
  organisations: Organisation[];
  members: Member[];
}

/** Everything the minutes of one meeting are made of. */
export interface MeetingMinutesData extends NetworkData {
  meeting: Meeting;
  agenda: Stored<AgendaItem>[];
  attendance: AttendanceRecord[];
  roundTable: RoundTableEntry[];
  state: MinutesState;
  /** The state row's eTag; undefined while the row does not exist. */
  stateEtag?: string;
  /** Published versions, oldest first. */
  versions: MinutesVersion[];
}

/** A meeting-scoped row's value without its partition field. */
export const withoutMeetingId = <T extends { meetingId: string }>({ meetingId: _m, ...rest }: T): Omit<T, "meetingId"> => rest;

/** Reads a meeting's partition (agenda, attendance, round table, minutes rows) and its network. */
export class MinutesData {
  constructor(private readonly stores: Stores, private readonly directory: Directory, private readonly clock: Clock) {}

  /** The network, its organisations and members. */
  async network(networkId: string): Promise<NetworkData> {
    const [network, organisations, members] = await Promise.all([
      this.directory.network(networkId), this.directory.organisations(networkId), this.directory.members(networkId),
    ]);
    return { network, organisations, members };
  }

  /** Everything of one meeting; pass the network's data when it is already read. */
  async load(meeting: Meeting, network?: NetworkData): Promise<MeetingMinutesData> {
    const id = meeting.id;
    // The meeting's own rows in one partition query (search loads every meeting of a network this way).
    const [shared, rows] = await Promise.all([
      network ?? this.network(meeting.networkId),
      this.stores.meetingPartition.read(id, ["agenda", "attendance", "roundTable", "minutes", "minutesVersions"]),
    ]);
    const { agenda, attendance, roundTable, minutesVersions: versions } = rows;
    const state = rows.minutes[0];
    return {
      ...shared,
      meeting,
      agenda: agenda
        .map((row) => ({ value: withoutMeetingId(row.value) as AgendaItem, etag: row.etag }))
        .sort((a, b) => a.value.number - b.value.number),
      attendance: attendance.map((row) => withoutMeetingId(row.value) as AttendanceRecord),
      roundTable: roundTable.map((row) => withoutMeetingId(row.value) as RoundTableEntry),
      state: state?.value ?? emptyMinutesState(id, this.clock.now().toISOString()),
      stateEtag: state?.etag,
      versions: versions.map((row) => row.value).sort((a, b) => a.version - b.version),
    };
  }
}

/** The minutes as generated now from the data (the draft). */
export function draftDocument(data: MeetingMinutesData): MinutesDocument {
  const approvals = data.state.approverIds.flatMap((id) => data.state.approvals.filter((a) => a.approverId === id));
  return buildMinutesDocument({ ...data, agenda: data.agenda.map((row) => row.value), approvals });
}

/** The typed parts of the agenda items, as readers see them. */
export function itemViews(agenda: readonly AgendaItem[]): MinutesItemView[] {
  return agenda.map((item) => ({ number: item.number, title: item.title, notes: item.notes ?? "", decisions: item.decisions, actions: item.actions }));
}
