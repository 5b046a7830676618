import type { AgendaItem } from "../domain/agenda";
import { auditValue, changedFields, type AuditChange } from "../domain/audit";
import type { Meeting } from "../domain/meeting";
import type { Stores } from "../storage/repository";

const MEETING_FIELDS = ["title", "startUtc", "endUtc", "form", "place", "joinUrl", "replyByUtc", "status", "chair", "secretary"] as const;

type MeetingView = Pick<Meeting, "title" | "startUtc" | "endUtc" | "form" | "place" | "joinUrl" | "replyByUtc" | "status"> & { chair?: string; secretary?: string };

async function nameOf(stores: Pick<Stores, "members">, networkId: string, id: string | undefined): Promise<string | undefined> {
  if (id === undefined) return undefined;
  return (await stores.members.get(networkId, id))?.value.displayName ?? id;
}

async function viewOf(stores: Pick<Stores, "members">, meeting: Meeting | undefined): Promise<MeetingView | undefined> {
  if (!meeting) return undefined;
  const { title, startUtc, endUtc, form, place, joinUrl, replyByUtc, status } = meeting;
  return { title, startUtc, endUtc, form, place, joinUrl, replyByUtc, status, chair: await nameOf(stores, meeting.networkId, meeting.chairId), secretary: await nameOf(stores, meeting.networkId, meeting.secretaryId) };
}

/** The changed facts of a meeting for its audit entry; the chair and secretary (the meeting's roles) by name. */
export async function meetingChanges(stores: Pick<Stores, "members">, before: Meeting | undefined, after: Meeting): Promise<AuditChange[]> {
  return changedFields<MeetingView>(await viewOf(stores, before), await viewOf(stores, after), MEETING_FIELDS);
}

/** The agenda items whose title or presenters changed, were added or were removed ("punkt N"). */
export function agendaChanges(before: readonly AgendaItem[], after: readonly AgendaItem[]): AuditChange[] {
  const show = (item: AgendaItem | undefined) => (item ? auditValue(item.presenters.length > 0 ? `${item.title} (${item.presenters.join(", ")})` : item.title) : undefined);
  const changes: AuditChange[] = [];
  for (let number = 1; number <= Math.max(before.length, after.length); number += 1) {
    const b = show(before.find((i) => i.number === number));
    const a = show(after.find((i) => i.number === number));
    if (b !== a) changes.push({ field: `punkt ${number}`, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) });
  }
  return changes;
}
