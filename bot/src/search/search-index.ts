import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import { searchIndexRowKey, type IndexedUnit, type SearchIndexRow } from "../storage/records/search-index";
import type { Repository } from "../storage/repository";

/** A meeting's indexed texts, as built from its rows. */
export interface IndexedMeeting {
  published: boolean;
  approverIds: string[];
  units: IndexedUnit[];
}

/** An index entry is rebuilt at the latest after this long, even when no change marked it (a write whose mark was lost). */
export const INDEX_MAX_AGE_MS = 24 * 3600_000;

type DocRow = Extract<SearchIndexRow, { kind: "doc" }>;

/** What one read of a network's index partition found. */
export class NetworkIndex {
  constructor(
    private readonly marks: ReadonlyMap<string, string>,
    private readonly docs: ReadonlyMap<string, DocRow>,
    private readonly now: Date,
  ) {}

  /** The meeting's mark as read ("" when none): an entry built now is saved with it. */
  gen(meetingId: string): string {
    return this.marks.get(meetingId) ?? "";
  }

  /** The meeting's entry when it was built at the current mark and is not too old; otherwise undefined. */
  current(meetingId: string): IndexedMeeting | undefined {
    const doc = this.docs.get(meetingId);
    if (!doc || doc.gen !== this.gen(meetingId)) return undefined;
    const age = this.now.getTime() - Date.parse(doc.builtAt);
    if (!(age >= 0 && age < INDEX_MAX_AGE_MS)) return undefined;
    return { published: doc.published, approverIds: doc.approverIds, units: doc.units };
  }

  /** Meetings with index rows, for clearing those of meetings that no longer exist. */
  meetingIds(): string[] {
    return [...new Set([...this.marks.keys(), ...this.docs.keys()])];
  }
}

/** Search's index over a network's meetings: read in one partition query, entries written as they are rebuilt. */
export class SearchIndex {
  constructor(private readonly rows: Repository<SearchIndexRow>, private readonly clock: Clock, private readonly logger: Logger) {}

  /** The network's marks and entries. */
  async read(networkId: string): Promise<NetworkIndex> {
    const marks = new Map<string, string>();
    const docs = new Map<string, DocRow>();
    for (const { value } of await this.rows.list(networkId)) {
      if (value.kind === "mark") marks.set(value.meetingId, value.gen);
      else docs.set(value.meetingId, value);
    }
    return new NetworkIndex(marks, docs, this.clock.now());
  }

  /**
   * Keeps a rebuilt entry, tagged with the mark read before the meeting's rows were: a change written since
   * has a newer mark, so the entry is rebuilt again next time. A failure only costs the next search a rebuild.
   */
  async save(networkId: string, meetingId: string, gen: string, entry: IndexedMeeting): Promise<void> {
    try {
      await this.rows.upsert({ networkId, meetingId, kind: "doc", gen, builtAt: this.clock.now().toISOString(), ...entry });
    } catch (error) {
      this.logger.warn({ err: error, networkId, meetingId }, "search index entry not saved; it is rebuilt on the next search");
    }
  }

  /** Removes the index rows of a meeting that no longer exists. */
  async forget(networkId: string, meetingId: string): Promise<void> {
    await Promise.all((["mark", "doc"] as const).map((kind) => this.rows.remove(networkId, searchIndexRowKey({ kind, meetingId })).catch((error: unknown) => {
      this.logger.warn({ err: error, networkId, meetingId }, "search index rows of a removed meeting not cleared");
    })));
  }
}
