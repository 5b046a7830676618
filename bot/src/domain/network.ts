/** The languages the app speaks. */
export type Language = "sv" | "en";

/** Kinds of member organisations. */
export const organisationKinds = ["kommun", "myndighet", "region", "annan"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** A regional network that meets in Teams. */
export interface Network {
  id: string;
  name: string;
  tenantId: string;
  coordinatorIds: string[];
  defaultPlace: string;
  language: Language;
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
