/** A person's standing in the network; chair and secretary are given per meeting. */
export const networkRoles = ["coordinator", "member", "guest"] as const;
export type NetworkRole = (typeof networkRoles)[number];

/** Every role the app knows, including the per-meeting ones. */
export type Role = NetworkRole | "chair" | "secretary";

/**
 * A representative of an organisation, identified by their Entra object id — in the network's host tenant
 * (its own users and B2B guests), or, when `tenantId` is set, in that home tenant (a multi-tenant app).
 */
export interface Member {
  aadObjectId: string;
  /** The home tenant of a member who signs in from another tenant than the network's; absent = the host tenant. */
  tenantId?: string;
  networkId: string;
  displayName: string;
  email: string;
  organisationId: string;
  role: NetworkRole;
  active: boolean;
}

/** Active members only, as the ones invited to meetings. */
export function activeMembers(members: readonly Member[]): Member[] {
  return members.filter((m) => m.active && m.role !== "guest");
}
