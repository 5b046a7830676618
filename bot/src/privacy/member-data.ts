import type { AuditEntry } from "../domain/audit";
import type { AttendanceRecord } from "../domain/attendance";
import type { InvitationRecord, ProcessedAction } from "../domain/invitation";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { MinutesComment } from "../domain/minutes-workflow";
import type { RoundTableEntry } from "../domain/round-table";
import type { Answer } from "../domain/answer";
import type { DialogueNotes } from "../domain/dialogue";
import type { Material } from "../domain/material";
import type { ConversationRecord } from "../storage/records/conversation";
import type { OutboxMessage } from "../storage/records/outbox";
import type { RoundTableVersion } from "../storage/records/round-table";
import type { Stores } from "../storage/repository";
import type { NetworkData } from "./network-data";

/** What is stored about one person in one meeting of the network. */
export interface MeetingData {
  meetingId: string;
  title: string;
  startUtc: string;
  /** The person's roles in the meeting. */
  roles: ("chair" | "secretary")[];
  invitation?: InvitationRecord;
  answer?: Answer;
  cardActions: ProcessedAction[];
  attendance?: AttendanceRecord;
  /** Round-table entries (and earlier versions of them) the person wrote or replaced. */
  roundTable: RoundTableEntry[];
  roundTableHistory: RoundTableVersion[];
  /** Messages the bot wrote to the person about the meeting (reminders, round-table asks): what, when, delivered. */
  messages: Pick<OutboxMessage, "topic" | "state" | "createdAt" | "sentAt">[];
  minutesComments: MinutesComment[];
  minutesApproval?: { approver: boolean; approvedAt?: string };
  /** Material the person added to agenda items. */
  materials: Material[];
  /** Group-dialogue notes the person wrote last. */
  dialogueNotes: DialogueNotes[];
}

/** Everything stored about a person in one network (`GET /members/{id}/export`). */
export interface MemberDataExport {
  exportedAt: string;
  networkId: string;
  aadObjectId: string;
  membership: Member;
  /** The 1:1 conversation reference the bot writes to the person by (shared by all the person's networks). */
  conversationReference?: ConversationRecord;
  meetings: MeetingData[];
  /** Named poll answers, date-finding marks and answered "Kommun i fokus" turns. */
  network: NetworkData;
  /** What the person changed, as the audit log recorded it. */
  auditEntries: AuditEntry[];
}

function meetingRoles(meeting: Meeting, personId: string): ("chair" | "secretary")[] {
  return [...(meeting.chairId === personId ? ["chair" as const] : []), ...(meeting.secretaryId === personId ? ["secretary" as const] : [])];
}

/** Strips the partition field the stores add to every meeting row. */
const unscoped = <T extends { meetingId?: string }>({ meetingId: _m, ...rest }: T): Omit<T, "meetingId"> => rest;

/** Whether an outbox message goes to the person's 1:1 chat. */
export function addressedTo(message: OutboxMessage, personId: string): boolean {
  return message.recipient.kind === "user" && message.recipient.id === personId;
}

/** Collects what one meeting's partition holds about the person; undefined when it holds nothing. */
export async function meetingDataOf(stores: Stores, meeting: Meeting, personId: string): Promise<MeetingData | undefined> {
  const id = meeting.id;
  const [invitation, answer, actions, attendance, entries, history, outbox, minutes, materials, notes] = await Promise.all([
    stores.invitations.get(id, personId), stores.answers.get(id, personId), stores.processedActions.list(id),
    stores.attendance.get(id, personId), stores.roundTable.list(id), stores.roundTableVersions.list(id), stores.outbox.list(id), stores.minutes.get(id, "state"),
    stores.materials.list(id), stores.dialogueNotes.list(id),
  ]);
  const state = minutes?.value;
  const data: MeetingData = {
    meetingId: id, title: meeting.title, startUtc: meeting.startUtc, roles: meetingRoles(meeting, personId),
    ...(invitation ? { invitation: unscoped(invitation.value) } : {}),
    ...(answer ? { answer: unscoped(answer.value) } : {}),
    cardActions: actions.map((r) => unscoped(r.value)).filter((a) => a.memberId === personId),
    ...(attendance ? { attendance: unscoped(attendance.value) } : {}),
    roundTable: entries.map((r) => unscoped(r.value)).filter((e) => e.reporterId === personId),
    roundTableHistory: history.map((r) => r.value).filter((v) => v.reporterId === personId || v.replacedById === personId),
    messages: outbox.map((r) => r.value).filter((m) => addressedTo(m, personId)).map(({ topic, state, createdAt, sentAt }) => ({ topic, state, createdAt, ...(sentAt ? { sentAt } : {}) })),
    minutesComments: state?.comments.filter((c) => c.byId === personId) ?? [],
    ...(state?.approverIds.includes(personId) ? { minutesApproval: { approver: true, approvedAt: state.approvals.find((a) => a.approverId === personId)?.at } } : {}),
    materials: materials.map((r) => r.value).filter((m) => m.addedBy === personId),
    dialogueNotes: notes.map((r) => r.value).filter((n) => n.updatedById === personId),
  };
  const empty = data.roles.length === 0 && !invitation && !answer && !attendance && !data.minutesApproval
    && [data.cardActions, data.roundTable, data.roundTableHistory, data.messages, data.minutesComments, data.materials, data.dialogueNotes].every((list) => list.length === 0);
  return empty ? undefined : data;
}
