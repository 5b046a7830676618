import type { AgendaItem } from "./agenda";
import { AppError, conflict, forbidden, invalid } from "./errors";
import type { Meeting } from "./meeting";
import type { Member } from "./member";
import { rolesOf } from "./roles";

/** Where the minutes of a meeting are in their life. */
export type MinutesStatus = "draft" | "in-approval" | "published";

/** A named approver's (justerare's) approval. */
export interface Approval {
  approverId: string;
  at: string;
}

/** A comment an approver sent instead of approving. */
export interface MinutesComment {
  id: string;
  byId: string;
  byName: string;
  at: string;
  text: string;
}

/** The approval card the bot sent to an approver, so that it can be updated in place. */
export interface ApprovalCardRef {
  approverId: string;
  activityId: string;
}

/** The approval state of a meeting's minutes (one row per meeting). */
export interface MinutesState {
  meetingId: string;
  approverIds: string[];
  approvals: Approval[];
  comments: MinutesComment[];
  cards: ApprovalCardRef[];
  updatedAt: string;
}

/** One published version of the minutes; its text is kept as a snapshot. */
export interface MinutesVersion {
  meetingId: string;
  version: number;
  kind: "published" | "correction";
  at: string;
  byId: string;
  byName: string;
  /** Why a correction was made; required for every version after the first. */
  changeNote?: string;
  snapshotId: string;
  parts: number;
}

/** At most this many approvers (justerare). */
export const MAX_APPROVERS = 2;
/** Longest notes text of one agenda item. */
export const MAX_NOTES_CHARACTERS = 200_000;

/** The state of minutes nobody has touched yet. */
export function emptyMinutesState(meetingId: string, now: string): MinutesState {
  return { meetingId, approverIds: [], approvals: [], comments: [], cards: [], updatedAt: now };
}

/** Published once a version exists; in approval while approvers are named; otherwise a draft. */
export function minutesStatus(state: Pick<MinutesState, "approverIds">, latest: MinutesVersion | undefined): MinutesStatus {
  if (latest) return "published";
  return state.approverIds.length > 0 ? "in-approval" : "draft";
}

/** Whether someone may read unpublished minutes: coordinator, the meeting's secretary or chair, or a named approver. */
export function mayReadDraft(member: Member, meeting: Pick<Meeting, "chairId" | "secretaryId">, state: Pick<MinutesState, "approverIds">): boolean {
  if (!member.active) return false;
  const roles = rolesOf(member, meeting);
  return roles.includes("coordinator") || roles.includes("secretary") || roles.includes("chair") || state.approverIds.includes(member.aadObjectId);
}

/** The refusal for someone who may not read minutes that are not published yet. */
export function minutesNotPublished(): AppError {
  return forbidden(
    "minutes_not_published",
    "Anteckningarna är inte publicerade än. De kan läsas här när de är justerade.",
    "The minutes are not published yet. You can read them here once they are approved.",
  );
}

/** Names the approvers (at most two, different people); approvals of approvers who stay named are kept. */
export function withApprovers(state: MinutesState, approverIds: readonly string[], now: string): MinutesState {
  const unique = [...new Set(approverIds)];
  if (unique.length !== approverIds.length) {
    throw invalid("approvers_repeated", "Samma person kan inte vara justerare två gånger.", "The same person cannot be named approver twice.");
  }
  if (unique.length > MAX_APPROVERS) {
    throw invalid("too_many_approvers", `Högst ${MAX_APPROVERS} justerare.`, `At most ${MAX_APPROVERS} approvers.`);
  }
  return {
    ...state,
    approverIds: unique,
    approvals: state.approvals.filter((a) => unique.includes(a.approverId)),
    cards: state.cards.filter((c) => unique.includes(c.approverId)),
    updatedAt: now,
  };
}

/** Throws a refusal unless the person is one of the named approvers. */
export function assertIsApprover(state: Pick<MinutesState, "approverIds">, personId: string): void {
  if (!state.approverIds.includes(personId)) {
    throw forbidden("not_an_approver", "Bara de utsedda justerarna kan justera anteckningarna.", "Only the named approvers can approve the minutes.");
  }
}

/** Records an approver's approval (approving twice is one approval); only a named approver may. */
export function withApproval(state: MinutesState, approverId: string, now: string): MinutesState {
  assertIsApprover(state, approverId);
  if (state.approvals.some((a) => a.approverId === approverId)) return state;
  return { ...state, approvals: [...state.approvals, { approverId, at: now }], updatedAt: now };
}

/** True when approvers are named and every one of them has approved. */
export function isFullyApproved(state: Pick<MinutesState, "approverIds" | "approvals">): boolean {
  return state.approverIds.length > 0 && state.approverIds.every((id) => state.approvals.some((a) => a.approverId === id));
}

/** Throws unless the coordinator may publish directly: nobody named, or every named approver approved. */
export function assertApprovedOrNoApprovers(state: MinutesState, nameOf: (id: string) => string): void {
  if (state.approverIds.length === 0 || isFullyApproved(state)) return;
  const waiting = state.approverIds.filter((id) => !state.approvals.some((a) => a.approverId === id)).map(nameOf).join(", ");
  throw conflict(
    "awaiting_approval",
    `Anteckningarna väntar på justering av ${waiting}. Ta bort justerarna om du vill publicera ändå.`,
    `The minutes are waiting for approval by ${waiting}. Remove the approvers to publish anyway.`,
  );
}

/** Throws 413 naming the limit when an item's notes are too long. */
export function assertNotesSize(notes: string): void {
  if (notes.length <= MAX_NOTES_CHARACTERS) return;
  throw new AppError(
    "too-large",
    "too_large",
    {
      sv: `Anteckningarna för punkten är för långa: ${notes.length} tecken, högst ${MAX_NOTES_CHARACTERS} tecken per punkt.`,
      en: `The notes of the item are too long: ${notes.length} characters, at most ${MAX_NOTES_CHARACTERS} characters per item.`,
    },
    { limit: MAX_NOTES_CHARACTERS, length: notes.length },
  );
}

/** Published minutes are locked: returns the change note a correction must have, or throws. */
export function assertChangeNote(changeNote: string | undefined): string {
  const note = changeNote?.trim() ?? "";
  if (note === "") {
    throw conflict(
      "minutes_published",
      "Anteckningarna är publicerade och låsta. En rättelse kräver en ändringsnotering som förklarar den.",
      "The minutes are published and locked. A correction needs a change note that explains it.",
    );
  }
  return note;
}

/**
 * The agenda as a reader sees it: the minutes' parts of each item (notes, decisions, action points) only for
 * those who may read the draft; everyone else reads them in the published minutes, never from the agenda.
 */
export function agendaAsSeenBy<T extends Pick<AgendaItem, "notes" | "decisions" | "actions">>(
  member: Member,
  meeting: Pick<Meeting, "chairId" | "secretaryId">,
  state: Pick<MinutesState, "approverIds">,
  agenda: readonly T[],
): T[] {
  if (mayReadDraft(member, meeting, state)) return [...agenda];
  return agenda.map(({ notes: _notes, ...item }) => ({ ...item, decisions: [], actions: [] }) as unknown as T);
}
