import type { Meeting } from "./meeting";
import type { Member } from "./member";
import { rolesOf } from "./roles";

/**
 * Whether a member may see a meeting at all: a draft is the coordinator's work in progress, seen only by
 * the coordinator and the meeting's chair and secretary; every other meeting by every member of the network.
 */
export function maySeeMeeting(member: Member, meeting: Pick<Meeting, "status" | "chairId" | "secretaryId">): boolean {
  if (meeting.status !== "draft") return true;
  return member.active && rolesOf(member, meeting).some((role) => role === "coordinator" || role === "chair" || role === "secretary");
}
