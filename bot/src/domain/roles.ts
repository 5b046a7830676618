import { forbidden } from "./errors";
import type { Meeting } from "./meeting";
import type { Member, Role } from "./member";

/** Things a person may be allowed to do. */
export type Permission =
  | "manage-network"
  | "manage-meeting"
  | "edit-agenda"
  | "send-invitations"
  | "answer-invitation"
  | "run-roll-call"
  | "mark-attendance"
  | "check-in"
  | "run-round-table"
  | "edit-round-table-any"
  | "edit-minutes"
  | "publish-minutes"
  | "read-meeting";

const grants: Record<Role, readonly Permission[]> = {
  coordinator: [
    "manage-network", "manage-meeting", "edit-agenda", "send-invitations", "answer-invitation", "run-roll-call", "mark-attendance",
    "check-in", "run-round-table", "edit-round-table-any", "edit-minutes", "publish-minutes", "read-meeting",
  ],
  chair: ["run-roll-call", "mark-attendance", "run-round-table", "check-in", "answer-invitation", "read-meeting"],
  secretary: ["edit-agenda", "mark-attendance", "edit-minutes", "edit-round-table-any", "check-in", "answer-invitation", "read-meeting"],
  member: ["answer-invitation", "check-in", "read-meeting"],
  guest: ["check-in", "read-meeting"],
};

/** The roles a member has, in general and for one meeting (chair, secretary). */
export function rolesOf(member: Member, meeting?: Pick<Meeting, "chairId" | "secretaryId">): Role[] {
  const roles: Role[] = [member.role];
  if (meeting?.chairId === member.aadObjectId) roles.push("chair");
  if (meeting?.secretaryId === member.aadObjectId) roles.push("secretary");
  return roles;
}

/** Whether an active member holds a permission, optionally for one meeting. */
export function may(member: Member, permission: Permission, meeting?: Pick<Meeting, "chairId" | "secretaryId">): boolean {
  if (!member.active) return false;
  return rolesOf(member, meeting).some((role) => grants[role].includes(permission));
}

/** Throws a polite refusal unless the member holds the permission. */
export function assertMay(member: Member, permission: Permission, meeting?: Pick<Meeting, "chairId" | "secretaryId">): void {
  if (!may(member, permission, meeting)) {
    throw forbidden(
      "not_allowed",
      "Det här får bara samordnaren eller mötets ordförande/sekreterare göra.",
      "Only the coordinator or the meeting's chair/secretary may do this.",
    );
  }
}
