import type { NetworkRole } from "./member";

/**
 * A person the coordinator invited by e-mail who has not used the app yet: no object id is known, so the
 * row is keyed by the (normalised) e-mail and becomes a member when that person first signs in or writes.
 */
export interface PendingMember {
  email: string;
  networkId: string;
  displayName: string;
  organisationId: string;
  role: NetworkRole;
  invitedAt: string;
  invitedBy: string;
}
