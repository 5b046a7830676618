import { forbidden } from "../domain/errors";
import type { Member } from "../domain/member";
import { isHeld, networkStatistics, ownOrganisationOnly, type MeetingRecord, type NetworkStatistics } from "../domain/statistics";
import type { Meetings } from "../meetings/meetings";
import { mapLimit } from "../shared/map-limit";
import type { Stores } from "../storage/repository";

/** The refusal when a member asks for another organisation's figures. */
export const ownOrganisationOnlyError = () =>
  forbidden("own_organisation_only", "Du kan bara se statistiken för din egen organisation.", "You can only see the statistics of your own organisation.");

/** Whose figures a caller sees: the coordinator everything (or one organisation), everyone else their own organisation. */
export interface StatisticsScope {
  organisationId?: string;
}

/**
 * Statistics over time, computed on request from what is stored (meetings, answers, attendance, round-table
 * entries, focus turns) by the pure `networkStatistics`; members get a projection to their own organisation.
 */
export class StatisticsService {
  constructor(private readonly stores: Stores, private readonly meetings: Meetings) {}

  /** The figures the caller may see, as of `now`. */
  async forCaller(member: Member, scope: StatisticsScope, now: Date): Promise<NetworkStatistics & { scope: "network" | "organisation" }> {
    const coordinator = member.role === "coordinator";
    if (!coordinator && scope.organisationId !== undefined && scope.organisationId !== member.organisationId) throw ownOrganisationOnlyError();
    const all = await this.compute(member.networkId, now);
    if (coordinator && scope.organisationId === undefined) return { ...all, scope: "network" };
    return { ...ownOrganisationOnly(all, scope.organisationId ?? member.organisationId), scope: "organisation" };
  }

  private async compute(networkId: string, now: Date): Promise<NetworkStatistics> {
    const [organisations, members, meetings, focus] = await Promise.all([
      this.stores.organisations.list(networkId), this.stores.members.list(networkId), this.meetings.list(networkId), this.stores.focusTurns.list(networkId),
    ]);
    const held = meetings.filter((m) => isHeld(m, now));
    const records = await mapLimit(held, 4, async (meeting): Promise<MeetingRecord> => {
      const rows = await this.stores.meetingPartition.read(meeting.id, ["answers", "attendance", "roundTable"]);
      return { meeting, answers: rows.answers.map((r) => r.value), attendance: rows.attendance.map((r) => r.value), roundTable: rows.roundTable.map((r) => r.value) };
    });
    return networkStatistics({
      organisations: organisations.map((o) => o.value), members: members.map((m) => m.value), meetings: records, focus: focus.map((t) => t.value), now,
    });
  }
}
