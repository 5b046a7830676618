/** The languages the app speaks. */
export type Language = "sv" | "en";

/** Kinds of member organisations. */
export const organisationKinds = ["kommun", "myndighet", "region", "annan"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** A regional network that meets in Teams. */
export interface Network {
  id: string;
  name: string;
  /** The host tenant: members are its own users and B2B guests in it. */
  tenantId: string;
  /** Other tenants whose users may sign in from their home tenant (a multi-tenant app), set by an installation admin. */
  allowedTenantIds?: string[];
  coordinatorIds: string[];
  defaultPlace: string;
  language: Language;
  /** The coordinator's choices; a setting left out takes the deployment's default (see network-settings.ts). */
  settings?: Partial<NetworkSettings>;
  /** Titles of the items a new meeting's agenda starts with after the opening item (see agenda-template.ts). */
  agendaTemplate?: string[];
}

/** What a coordinator chooses for the whole network; the deployment's settings give the defaults. */
export interface NetworkSettings {
  /** Days before a meeting's reply-by day that members without an answer get one reminder. */
  reminderDaysBefore: number;
  /** Days before a meeting that each organisation is asked for its round-table update. */
  roundTableDaysBefore: number;
  /** Days before a meeting that organisations without an update get one reminder (0 = none). */
  roundTableReminderDaysBefore: number;
  /** Whether published minutes are sent to every active member 1:1. */
  notifyMembersOnPublish: boolean;
}

/** A member organisation of a network, walked in `order` at the round table. */
export interface Organisation {
  id: string;
  networkId: string;
  name: string;
  kind: OrganisationKind;
  order: number;
  /** The member asked for the organisation's round-table update, when one is named. */
  contactMemberId?: string;
  /** False once deactivated: left out of new round tables, kept for the minutes that name it (absent = active). */
  active?: boolean;
}

/** True unless the organisation was deactivated. */
export function isActiveOrganisation(organisation: Pick<Organisation, "active">): boolean {
  return organisation.active !== false;
}

/** Every tenant whose users may act in the network: the host tenant and the allowed ones. */
export function tenantsOf(network: Pick<Network, "tenantId" | "allowedTenantIds">): string[] {
  return [network.tenantId, ...(network.allowedTenantIds ?? [])];
}

/**
 * Whether a signed-in person (tenant + object id) is this member: identity is the pair, so the token's tenant
 * must be the member's home tenant (the host tenant for its own users and B2B guests) and allowed by the network.
 */
export function isSameIdentity(member: { tenantId?: string }, network: Pick<Network, "tenantId" | "allowedTenantIds">, tokenTenantId: string): boolean {
  return (member.tenantId ?? network.tenantId) === tokenTenantId && tenantsOf(network).includes(tokenTenantId);
}

/** Sorts organisations in round-table order (then by name, Swedish collation). */
export function inRoundTableOrder(organisations: readonly Organisation[]): Organisation[] {
  return [...organisations].sort((a, b) => a.order - b.order || compareSwedish(a.name, b.name));
}

const swedish = new Intl.Collator("sv", { sensitivity: "base" });

/** Compares two strings as Swedish readers sort them (å, ä, ö after z). */
export function compareSwedish(a: string, b: string): number {
  return swedish.compare(a, b);
}
