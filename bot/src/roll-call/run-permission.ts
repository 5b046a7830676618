import { forbidden } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { may } from "../domain/roles";
import { runRefusalTexts } from "./texts";

/**
 * Throws unless the member may start or close the roll call (the coordinator, the meeting's chair). The
 * refusal tells the others what they can do instead: the secretary marks people once it runs, everyone
 * else checks in with "Jag är här".
 */
export function assertMayRunRollCall(actor: Member, meeting: Pick<Meeting, "chairId" | "secretaryId">): void {
  if (may(actor, "run-roll-call", meeting)) return;
  const role = may(actor, "mark-attendance", meeting) ? "marker" : "member";
  throw forbidden("not_allowed", runRefusalTexts.sv[role], runRefusalTexts.en[role]);
}
