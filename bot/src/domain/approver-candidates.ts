import type { AttendanceRecord } from "./attendance";
import { activeMembers, type Member } from "./member";
import { compareSwedish, type Organisation } from "./network";

/** A person the coordinator may name approver, as the picker lists them. */
export interface ApproverCandidate {
  id: string;
  name: string;
  organisationName: string;
  present: boolean;
}

/**
 * The people who may be named approvers (active members, not guests), those present at the meeting
 * first, each group by organisation and then name, so the picker starts with the people who heard it.
 * @example approverCandidates(members, organisations, attendance)[0] // { name: "Elin Bergqvist", organisationName: "Ale kommun", present: true, … }
 */
export function approverCandidates(members: readonly Member[], organisations: readonly Organisation[], attendance: readonly AttendanceRecord[]): ApproverCandidate[] {
  const present = new Set(attendance.filter((r) => r.status === "present").map((r) => r.personId));
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.name ?? "";
  return activeMembers(members)
    .map((m) => ({ id: m.aadObjectId, name: m.displayName, organisationName: organisationName(m.organisationId), present: present.has(m.aadObjectId) }))
    .sort((a, b) => Number(b.present) - Number(a.present) || compareSwedish(a.organisationName, b.organisationName) || compareSwedish(a.name, b.name));
}
