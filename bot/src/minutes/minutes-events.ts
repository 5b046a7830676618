import type { Meeting } from "../domain/meeting";
import type { MinutesDocument } from "../domain/minutes";
import type { ApprovalCardRef, MinutesComment, MinutesState, MinutesVersion } from "../domain/minutes-workflow";

/** What the minutes workflow tells people about; the bot implements it with cards and messages. */
export interface MinutesEvents {
  /** A version was published (the first one or a correction). */
  published(meeting: Meeting, version: MinutesVersion, document: MinutesDocument): Promise<void>;
  /** Approvers were named: ask each of them; returns the cards sent. */
  approvalRequested(meeting: Meeting, approverIds: readonly string[], state: MinutesState): Promise<ApprovalCardRef[]>;
  /** An edit reset these approvers' approvals: tell each with a new message; returns the cards sent. */
  approvalsReset(meeting: Meeting, approverIds: readonly string[], state: MinutesState): Promise<ApprovalCardRef[]>;
  /** Approvals changed (given, reset by an edit, or published): bring the approvers' cards up to date. */
  approvalChanged(meeting: Meeting, state: MinutesState, published: boolean): Promise<void>;
  /** An approver commented instead of approving. */
  commented(meeting: Meeting, comment: MinutesComment): Promise<void>;
}
