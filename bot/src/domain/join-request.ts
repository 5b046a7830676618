/** Where a join request stands; a decided request is never decided again. */
export type JoinRequestStatus = "pending" | "approved" | "rejected";

/**
 * A person's request to become a member of a network. Identity (object id, name, e-mail) comes from the Teams
 * activity or the SSO token; the organisation and the note are what the person wrote.
 */
export interface JoinRequest {
  networkId: string;
  aadObjectId: string;
  displayName: string;
  email: string;
  /** An organisation of the network the person chose … */
  organisationId?: string;
  /** … or the name of one that is not in the register yet. */
  organisationName?: string;
  note: string;
  status: JoinRequestStatus;
  requestedAt: string;
  /** Where the person asked from: the bot's 1:1 chat or the tab. */
  channel: "bot" | "tab";
  decidedAt?: string;
  decidedBy?: string;
  /** The coordinators' 1:1 cards about this request, updated when it is decided. */
  cards?: { coordinatorId: string; activityId: string }[];
}

/** An e-mail address as the register compares them: trimmed and lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
