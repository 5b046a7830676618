import type { RoundTableEntry } from "../../domain/round-table";

/** A previous version of an organisation's round-table entry, kept on every edit. */
export interface RoundTableVersion extends RoundTableEntry {
  meetingId: string;
  /** When the version was replaced, and by whom. */
  replacedAt: string;
  replacedById: string;
  replacedByName: string;
  /** Makes the row key unique when two edits share a millisecond. */
  versionId: string;
}

/** The structured questions a network asks with every round-table update. */
export interface RoundTableQuestions {
  networkId: string;
  questions: string[];
  updatedAt: string;
  updatedBy: string;
}

/** The raw row key of a kept version: organisation, time replaced, and a short unique id. */
export function versionRowKey(version: Pick<RoundTableVersion, "organisationId" | "replacedAt" | "versionId">): string {
  return `${version.organisationId}|${version.replacedAt}|${version.versionId}`;
}
