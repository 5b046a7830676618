import type { MinutesParts } from "./minutes-parts";
import { randomUUID } from "node:crypto";
import type { ActionItem, AgendaItem } from "../domain/agenda";
import { conflict, invalid, isAppError, notFound, type AppError } from "../domain/errors";
import { assertCanPublishMinutes, type Meeting } from "../domain/meeting";
import {
  assertApprovedOrNoApprovers, assertChangeNote, assertIsApprover, assertNotesSize, isFullyApproved, withApproval, withApprovers,
  type MinutesComment, type MinutesState, type MinutesVersion,
} from "../domain/minutes-workflow";
import { assertMay } from "../domain/roles";
import { auditValue, changedFields } from "../domain/audit";
import type { Member } from "../domain/member";
import { sanitiseMarkdown, stripTags } from "../domain/sanitise-markdown";
import type { Logger } from "../logger";
import type { Stored } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import { ConcurrencyError } from "../storage/storage-errors";
import { withoutMeetingId } from "./minutes-data";
import type { MinutesEvents } from "./minutes-events";
import { concurrentItemUpdate, toAction, type ItemInput } from "./minutes-item-input";
import { MinutesPublisher } from "./minutes-publisher";
import { MinutesStateStore } from "./minutes-state-store";
import type { Meetings } from "../meetings/meetings";

/** What approving led to: the new state, and the version when it published the minutes. */
export interface ApprovalOutcome {
  state: MinutesState;
  meeting: Meeting;
  published?: MinutesVersion;
  /** Why the minutes could not be published although everybody approved (e.g. the roll call is open). */
  publishError?: AppError;
}

const itemKey = (n: number) => String(n).padStart(4, "0");

/** The minutes workflow: editing items, naming approvers, approving, commenting, publishing and corrections. */
export class MinutesService {
  private readonly state: MinutesStateStore;
  private readonly publisher: MinutesPublisher;

  constructor(private readonly deps: MinutesParts & { meetings: Meetings; events: MinutesEvents; logger: Logger }) {
    this.state = deps.state;
    this.publisher = new MinutesPublisher(deps);
  }

  /** Saves an item's notes/decisions/actions if nobody changed it since `ifMatch`; after publishing, as a correction with a change note. */
  async editItem(callerId: string, meetingId: string, number: number, input: ItemInput, ifMatch: string | undefined): Promise<{ item: AgendaItem; etag: string; version?: MinutesVersion }> {
    const { meeting, member } = await this.deps.meetings.getFor(callerId, meetingId);
    assertMay(member, "edit-minutes", meeting.value);
    if (input.notes !== undefined) assertNotesSize(input.notes);
    if (!ifMatch) throw invalid("if_match_required", "If-Match med punktens eTag saknas.", "If-Match with the item's eTag is missing.");
    const stored = await this.deps.stores.agenda.get(meetingId, itemKey(number));
    if (!stored) throw notFound("agenda_item_not_found", `Dagordningen har ingen punkt ${number}.`, `The agenda has no item ${number}.`);
    const published = await this.publisher.latest(meetingId);
    const changeNote = published ? assertChangeNote(input.changeNote) : undefined;
    if (published) assertCanPublishMinutes(meeting.value);
    if (!published && !input.resetApprovals) await this.assertNoApprovals(meeting.value);
    if (ifMatch !== stored.etag) throw concurrentItemUpdate(stored);
    const item: AgendaItem = {
      ...withoutMeetingId(stored.value),
      ...(input.notes !== undefined ? { notes: sanitiseMarkdown(input.notes) } : {}),
      ...(input.decisions ? { decisions: input.decisions.map((d) => stripTags(d).trim()).filter(Boolean) } : {}),
      ...(input.actions ? { actions: input.actions.map(toAction) } : {}),
    };
    let saved: Stored<AgendaItem>;
    const draft = {
      ...this.entryBase(meeting.value, member), action: changeNote ? "minutes.correct" as const : "minutes.edit" as const, target: String(number),
      changes: [
        ...changedFields<AgendaItem>(withoutMeetingId(stored.value), item, ["notes"], ["notes"]),
        ...changedFields<AgendaItem>(withoutMeetingId(stored.value), item, ["decisions"]),
        ...changedFields({ actions: stored.value.actions.map((a) => a.what) }, { actions: item.actions.map((a) => a.what) }, ["actions"]),
        ...(changeNote ? [{ field: "changeNote", after: auditValue(changeNote) }] : []),
      ],
    };
    try {
      saved = await this.deps.audit.during(draft, () => this.deps.stores.agenda.replace({ ...item, meetingId }, stored.etag));
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      const current = await this.deps.stores.agenda.get(meetingId, itemKey(number));
      throw current ? concurrentItemUpdate(current) : error;
    }
    if (changeNote) {
      const version = await this.publisher.publish(meeting.value, member, changeNote);
      return { item, etag: saved.etag, version };
    }
    await this.resetApprovals(meeting.value);
    return { item, etag: saved.etag };
  }

  /** Names the approvers (coordinator only, before publishing) and sends each new one the approval card. */
  async setApprovers(callerId: string, meetingId: string, approverIds: string[]): Promise<MinutesState> {
    const { meeting, member } = await this.deps.meetings.getFor(callerId, meetingId);
    assertMay(member, "publish-minutes", meeting.value);
    await this.publisher.assertNotPublished(meetingId);
    const members = new Map((await this.deps.directory.members(meeting.value.networkId)).map((m) => [m.aadObjectId, m]));
    const unknown = approverIds.find((id) => { const m = members.get(id); return !m || !m.active || m.role === "guest"; });
    if (unknown !== undefined) {
      throw invalid("unknown_approver", "En justerare måste vara en aktiv medlem i nätverket.", "An approver must be an active member of the network.", { field: "approverIds", approverId: unknown });
    }
    const before = await this.state.read(meetingId);
    const names = (ids: readonly string[]) => ids.map((id) => members.get(id)?.displayName ?? id);
    const draft = { ...this.entryBase(meeting.value, member), action: "minutes.approvers" as const, target: "minutes", changes: changedFields({ approvers: names(before.approverIds) }, { approvers: names(approverIds) }, ["approvers"]) };
    let state = await this.deps.audit.during(draft, () => this.state.update(meetingId, (s) => withApprovers(s, approverIds, this.deps.clock.now().toISOString())));
    const added = state.approverIds.filter((id) => !before.approverIds.includes(id));
    if (added.length > 0) {
      const cards = await this.deps.events.approvalRequested(meeting.value, added, state);
      if (cards.length > 0) {
        state = await this.state.update(meetingId, (s) => ({ ...s, cards: [...s.cards.filter((c) => !added.includes(c.approverId)), ...cards] }));
      }
    }
    return state;
  }

  /** Records a named approver's approval; when every approver has approved, publishes the minutes. */
  async approve(callerId: string, meetingId: string): Promise<ApprovalOutcome> {
    const { meeting, member } = await this.deps.meetings.getFor(callerId, meetingId);
    await this.publisher.assertNotPublished(meetingId);
    const draft = { ...this.entryBase(meeting.value, member), action: "minutes.approve" as const, target: "minutes", changes: [{ field: "approved", after: member.displayName }] };
    const state = await this.deps.audit.during(draft, () => this.state.update(meetingId, (s) => withApproval(s, member.aadObjectId, this.deps.clock.now().toISOString())));
    if (!isFullyApproved(state)) {
      await this.deps.events.approvalChanged(meeting.value, state, false);
      return { state, meeting: meeting.value };
    }
    try {
      const published = await this.publisher.publish(meeting.value, member);
      return { state, meeting: meeting.value, published };
    } catch (error) {
      if (!isAppError(error) || error.kind !== "conflict") throw error;
      // Two last approvals at once: the other one published; that is what this approval wanted too.
      const latest = error.code === "already_published" ? await this.publisher.latest(meetingId) : undefined;
      if (latest) return { state, meeting: meeting.value, published: latest };
      await this.deps.events.approvalChanged(meeting.value, state, false);
      return { state, meeting: meeting.value, publishError: error };
    }
  }

  /** The meeting, its approval state and whether it is published, for someone who belongs to its network. */
  async approvalStatus(callerId: string, meetingId: string): Promise<{ meeting: Meeting; state: MinutesState; published: boolean }> {
    const { meeting } = await this.deps.meetings.getFor(callerId, meetingId);
    const [state, latest] = await Promise.all([this.state.read(meetingId), this.publisher.latest(meetingId)]);
    return { meeting: meeting.value, state, published: latest !== undefined };
  }

  /** Stores an approver's comment and passes it on to the secretary and coordinators. */
  async comment(callerId: string, meetingId: string, text: string): Promise<MinutesComment> {
    const { meeting, member } = await this.deps.meetings.getFor(callerId, meetingId);
    const clean = stripTags(text).trim();
    if (clean === "") throw invalid("comment_empty", "Skriv en kommentar.", "Write a comment.", { field: "text" });
    const comment: MinutesComment = { id: randomUUID(), byId: member.aadObjectId, byName: member.displayName, at: this.deps.clock.now().toISOString(), text: clean };
    await this.state.update(meetingId, (s) => {
      assertIsApprover(s, member.aadObjectId);
      return { ...s, comments: [...s.comments, comment], updatedAt: comment.at };
    });
    await this.deps.events.commented(meeting.value, comment);
    return comment;
  }

  /** Publishes the minutes (coordinator), once every named approver has approved or when none is named. */
  async publish(callerId: string, meetingId: string): Promise<MinutesVersion> {
    const { meeting, member } = await this.deps.meetings.getFor(callerId, meetingId);
    assertMay(member, "publish-minutes", meeting.value);
    await this.publisher.assertNotPublished(meetingId);
    const state = await this.state.read(meetingId);
    const members = await this.deps.directory.members(meeting.value.networkId);
    assertApprovedOrNoApprovers(state, (id) => members.find((m) => m.aadObjectId === id)?.displayName ?? id);
    return this.publisher.publish(meeting.value, member);
  }

  /** Marks an action point done (or not done again); it stops (or starts again) appearing as "Uppföljning". */
  async setActionDone(callerId: string, meetingId: string, actionId: string, done: boolean): Promise<ActionItem> {
    const { meeting, member } = await this.deps.meetings.getFor(callerId, meetingId);
    assertMay(member, "edit-minutes", meeting.value);
    return this.updateAction(meeting.value, member, actionId, done);
  }

  private updateAction(meeting: Meeting, member: Member, actionId: string, done: boolean): Promise<ActionItem> {
    return withConflictRetry(async () => {
      const row = (await this.deps.stores.agenda.list(meeting.id)).find((r) => r.value.actions.some((a) => a.id === actionId));
      if (!row) throw notFound("action_not_found", "Åtgärdspunkten finns inte.", "The action point does not exist.");
      const action = row.value.actions.find((a) => a.id === actionId)!;
      const actions = row.value.actions.map((a) => (a.id === actionId ? { ...a, done } : a));
      const draft = { ...this.entryBase(meeting, member), action: "minutes.action" as const, target: String(row.value.number), changes: [{ field: auditValue(action.what) ?? actionId, before: String(action.done), after: String(done) }] };
      await this.deps.audit.during(draft, () => this.deps.stores.agenda.replace({ ...row.value, actions }, row.etag));
      return actions.find((a) => a.id === actionId)!;
    });
  }

  private entryBase(meeting: Meeting, member: Member) {
    return { networkId: meeting.networkId, meetingId: meeting.id, actorId: member.aadObjectId, actorName: member.displayName };
  }

  /** Refuses an edit that would silently undo approvals: the editor must confirm it (`resetApprovals`). */
  private async assertNoApprovals(meeting: Meeting): Promise<void> {
    const state = await this.state.read(meeting.id);
    if (state.approvals.length === 0) return;
    const members = await this.deps.directory.members(meeting.networkId);
    const names = state.approvals.map((a) => members.find((m) => m.aadObjectId === a.approverId)?.displayName ?? a.approverId).join(", ");
    throw conflict(
      "approvals_would_reset",
      `${names} har redan justerat. Sparar du ändringen måste justerarna justera igen; bekräfta att du vill spara.`,
      `${names} already approved. If you save the change, the approvers must approve again; confirm that you want to save.`,
      { approvedBy: names },
    );
  }

  /**
   * An edit after approvals were given invalidates them: the approvers' cards show it, and each approver
   * whose approval was undone gets a new card saying the minutes changed (its card replaces the old one).
   */
  private async resetApprovals(meeting: Meeting): Promise<void> {
    const current = await this.state.read(meeting.id);
    if (current.approvals.length === 0) return;
    const reset = current.approvals.map((a) => a.approverId);
    const state = await this.state.update(meeting.id, (s) => ({ ...s, approvals: [], updatedAt: this.deps.clock.now().toISOString() }));
    await this.deps.events.approvalChanged(meeting, state, false);
    const cards = await this.deps.events.approvalsReset(meeting, reset, state);
    if (cards.length === 0) return;
    const sent = new Set(cards.map((c) => c.approverId));
    await this.state.update(meeting.id, (s) => ({ ...s, cards: [...s.cards.filter((c) => !sent.has(c.approverId)), ...cards.filter((c) => s.approverIds.includes(c.approverId))] }));
  }
}
