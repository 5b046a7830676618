/** One searchable text of a meeting, as the search index keeps it. */
export interface IndexedUnit {
  kind: "minutes" | "agenda" | "round-table";
  text: string;
  itemNumber?: number;
  /** For round-table entries; the name is looked up when searching, so that a renamed organisation is found by its new name. */
  organisationId?: string;
}

/**
 * A row of the search index, in its network's partition. `mark` rows are rewritten with a new `gen` whenever a
 * meeting's searchable rows change; a `doc` row is valid while its `gen` equals the meeting's mark.
 */
export type SearchIndexRow =
  | { networkId: string; meetingId: string; kind: "mark"; gen: string }
  | {
      networkId: string;
      meetingId: string;
      kind: "doc";
      /** The meeting's mark when the row was built ("" when it had none). */
      gen: string;
      builtAt: string;
      /** Whether the meeting's minutes are published: then `units` hold them, and no one is shown a draft. */
      published: boolean;
      /** Who was named approver (they may read the draft). */
      approverIds: string[];
      units: IndexedUnit[];
    };

/** The row key of a search-index row. */
export const searchIndexRowKey = (row: Pick<SearchIndexRow, "kind" | "meetingId">): string => `${row.kind}|${row.meetingId}`;
