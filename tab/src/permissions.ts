import type { Meeting } from "../../bot/src/domain/meeting";
import type { Member } from "../../bot/src/domain/member";
import { may } from "../../bot/src/domain/roles";
import { mayEditEntry } from "../../bot/src/domain/round-table-access";

/** What the caller may do in one meeting; the tab offers only these actions (the server decides anyway). */
export interface Abilities {
  editAgenda: boolean;
  answerInvitation: boolean;
  markAttendance: boolean;
  editRoundTable(organisationId: string): boolean;
}

/**
 * The caller's abilities in a meeting, by the same rules as the server: the agenda is the coordinator's
 * or the meeting secretary's; answering is open to members until the meeting starts; attendance is the
 * chair's, secretary's or coordinator's; a member writes their own organisation's round-table entry.
 */
export function abilitiesIn(member: Member | undefined, meeting: Pick<Meeting, "chairId" | "secretaryId" | "status" | "startUtc">, now = new Date()): Abilities {
  if (!member?.active) {
    return { editAgenda: false, answerInvitation: false, markAttendance: false, editRoundTable: () => false };
  }
  const open = meeting.status !== "cancelled";
  const started = now.getTime() >= Date.parse(meeting.startUtc);
  return {
    editAgenda: open && may(member, "edit-agenda", meeting),
    answerInvitation: open && !started && may(member, "answer-invitation", meeting),
    markAttendance: open && may(member, "mark-attendance", meeting),
    editRoundTable: (organisationId) => mayEditEntry(member, organisationId, meeting),
  };
}

/** True when the member may create, change, cancel and send meetings (the coordinator; the server decides anyway). */
export function mayManageMeetings(member: Member | undefined): boolean {
  return Boolean(member?.active && may(member, "manage-meeting"));
}
