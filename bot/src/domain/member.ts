/** A person's standing in the network; chair and secretary are given per meeting. */
export const networkRoles = ["coordinator", "member", "guest"] as const;
export type NetworkRole = (typeof networkRoles)[number];

/** Every role the app knows, including the per-meeting ones. */
export type Role = NetworkRole | "chair" | "secretary";

/** A representative of an organisation, identified by their Entra object id in the host tenant. */
export interface Member {
  aadObjectId: string;
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
