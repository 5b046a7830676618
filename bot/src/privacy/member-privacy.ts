import type { AuditLog } from "../audit/audit-log";
import { coordinatorOnly } from "../audit/texts";
import type { Clock } from "../domain/clock";
import { forbidden, notFound } from "../domain/errors";
import type { Member } from "../domain/member";
import { may } from "../domain/roles";
import type { Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import { mapLimit } from "../shared/map-limit";
import { addressedTo, meetingDataOf, type MemberDataExport } from "./member-data";
import { ERASED_NAME, eraseNetworkData, networkDataOf } from "./network-data";

/** What an erasure removed, by kind of row. */
export interface ErasureReport {
  aadObjectId: string;
  networkId: string;
  removed: {
    membership: number; conversationReferences: number; invitations: number; answers: number; messages: number; cardActions: number; minutesComments: number;
    pollAnswers: number; dateResponses: number;
  };
  /** Rows kept without the person: "Kommun i fokus" turns, group-dialogue notes and material. */
  anonymised: { focusTurns: number; dialogueNotes: number; materials: number };
  /** Kept on purpose: published minutes (public records), attendance, round-table entries and the audit log. */
  kept: string[];
}

const memberNotFound = () => notFound("member_not_found", "Personen är inte medlem i nätverket.", "The person is not a member of the network.");

/**
 * A member's personal data for the network's coordinator: everything stored about them in the network
 * (export), and erasure of the register row, conversation reference, answers (invitations, named polls, date
 * finding) and comments; focus turns, group notes and material stay without the person. Both are audited.
 */
export class MemberPrivacy {
  constructor(private readonly stores: Stores, private readonly audit: AuditLog, private readonly clock: Clock) {}

  /** Everything stored about the person in the caller's network; the export itself is written to the audit log first. */
  async exportData(caller: Member, aadObjectId: string): Promise<MemberDataExport> {
    const membership = await this.requireSubject(caller, aadObjectId);
    const meetings = (await this.stores.meetings.list(caller.networkId)).map((r) => r.value);
    const perMeeting = await mapLimit(meetings, 4, (meeting) => meetingDataOf(this.stores, meeting, aadObjectId));
    const conversation = await this.stores.conversations.get("user", aadObjectId);
    const auditEntries = await this.audit.byActor(caller.networkId, aadObjectId);
    const network = await networkDataOf(this.stores, caller.networkId, aadObjectId);
    await this.audit.record({ ...this.entryBase(caller, aadObjectId), action: "member.export", targetName: membership.displayName, changes: [] });
    return {
      exportedAt: this.clock.now().toISOString(),
      networkId: caller.networkId,
      aadObjectId,
      membership,
      ...(conversation ? { conversationReference: conversation.value } : {}),
      meetings: perMeeting.filter((m) => m !== undefined),
      network,
      auditEntries,
    };
  }

  /**
   * Erases the person from the caller's network: the audit entry is written first (without the name), then
   * the rows go. Every step is idempotent, so after a storage fault the coordinator simply erases again.
   */
  async erase(caller: Member, aadObjectId: string): Promise<ErasureReport> {
    await this.requireSubject(caller, aadObjectId);
    if (aadObjectId === caller.aadObjectId) {
      throw forbidden("cannot_erase_self", "Du kan inte radera dig själv. Be en annan samordnare.", "You cannot erase yourself. Ask another coordinator.");
    }
    await this.audit.record({ ...this.entryBase(caller, aadObjectId), action: "member.erase", changes: [] });
    const removed = { membership: 0, conversationReferences: 0, invitations: 0, answers: 0, messages: 0, cardActions: 0, minutesComments: 0, pollAnswers: 0, dateResponses: 0 };
    const anonymised = { focusTurns: 0, dialogueNotes: 0, materials: 0 };
    const meetings = (await this.stores.meetings.list(caller.networkId)).map((r) => r.value);
    await mapLimit(meetings, 4, async (meeting) => {
      const id = meeting.id;
      for (const message of (await this.stores.outbox.list(id)).filter((r) => addressedTo(r.value, aadObjectId))) {
        await this.stores.outbox.remove(id, message.value.key);
        removed.messages += 1;
      }
      for (const [repo, key] of [["invitations", "invitations"], ["answers", "answers"]] as const) {
        if (await this.stores[repo].get(id, aadObjectId)) {
          await this.stores[repo].remove(id, aadObjectId);
          removed[key] += 1;
        }
      }
      // Earlier answers (card, tab, Outlook) kept beside the current one go with it.
      for (const entry of (await this.stores.answerHistory.list(id)).filter((r) => r.value.memberId === aadObjectId)) {
        await this.stores.answerHistory.remove(id, `${entry.value.memberId}|${entry.value.answeredAt}|${entry.value.channel}`);
      }
      for (const action of (await this.stores.processedActions.list(id)).filter((r) => r.value.memberId === aadObjectId)) {
        await this.stores.processedActions.remove(id, action.value.activityId);
        removed.cardActions += 1;
      }
      // Read after the await: the meetings run side by side and each adds to the same counters.
      const comments = await this.removeComments(id, aadObjectId);
      removed.minutesComments += comments;
      const kept = await this.anonymiseMeetingRows(id, aadObjectId);
      anonymised.materials += kept.materials;
      anonymised.dialogueNotes += kept.dialogueNotes;
    });
    const network = await eraseNetworkData(this.stores, caller.networkId, aadObjectId);
    removed.pollAnswers = network.pollAnswers;
    removed.dateResponses = network.dateResponses;
    anonymised.focusTurns = network.focusTurns;
    const elsewhere = (await this.stores.members.where("aadObjectId", aadObjectId)).some((r) => r.value.networkId !== caller.networkId);
    if (!elsewhere && (await this.stores.conversations.get("user", aadObjectId))) {
      await this.stores.conversations.remove("user", aadObjectId);
      removed.conversationReferences = 1;
    }
    await this.stores.members.remove(caller.networkId, aadObjectId);
    removed.membership = 1;
    return { aadObjectId, networkId: caller.networkId, removed, anonymised, kept: ["published-minutes", "attendance", "round-table-entries", "audit-log", ...(elsewhere ? ["conversation-reference (other networks)"] : [])] };
  }

  private async removeComments(meetingId: string, personId: string): Promise<number> {
    return withConflictRetry(async () => {
      const stored = await this.stores.minutes.get(meetingId, "state");
      const comments = stored?.value.comments ?? [];
      const kept = comments.filter((c) => c.byId !== personId);
      if (!stored || kept.length === comments.length) return 0;
      await this.stores.minutes.replace({ ...stored.value, comments: kept }, stored.etag);
      return comments.length - kept.length;
    });
  }

  // Material and group notes belong to the meeting: they stay, with the person's id and name replaced.
  private async anonymiseMeetingRows(meetingId: string, personId: string): Promise<{ materials: number; dialogueNotes: number }> {
    let materials = 0;
    for (const row of (await this.stores.materials.list(meetingId)).filter((r) => r.value.addedBy === personId)) {
      materials += await withConflictRetry(async () => {
        const stored = await this.stores.materials.get(meetingId, row.value.id);
        if (!stored || stored.value.addedBy !== personId) return 0;
        await this.stores.materials.replace({ ...stored.value, addedBy: "", addedByName: ERASED_NAME }, stored.etag);
        return 1;
      });
    }
    let dialogueNotes = 0;
    for (const row of (await this.stores.dialogueNotes.list(meetingId)).filter((r) => r.value.updatedById === personId)) {
      const rowKey = `${String(row.value.itemNumber).padStart(4, "0")}|${row.value.groupId}`;
      dialogueNotes += await withConflictRetry(async () => {
        const stored = await this.stores.dialogueNotes.get(meetingId, rowKey);
        if (!stored || stored.value.updatedById !== personId) return 0;
        await this.stores.dialogueNotes.replace({ ...stored.value, updatedById: "", updatedByName: ERASED_NAME }, stored.etag);
        return 1;
      });
    }
    return { materials, dialogueNotes };
  }

  /** The coordinator check first, then the person's membership (active or not) in the caller's network. */
  private async requireSubject(caller: Member, aadObjectId: string): Promise<Member> {
    if (!may(caller, "manage-network")) throw forbidden(coordinatorOnly.code, coordinatorOnly.sv, coordinatorOnly.en);
    const stored = await this.stores.members.get(caller.networkId, aadObjectId);
    if (!stored) throw memberNotFound();
    return stored.value;
  }

  private entryBase(caller: Member, aadObjectId: string) {
    return { networkId: caller.networkId, actorId: caller.aadObjectId, actorName: caller.displayName, target: aadObjectId };
  }
}
