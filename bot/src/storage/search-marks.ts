import { randomUUID } from "node:crypto";
import type { Meeting } from "../domain/meeting";
import type { MeetingPartition, MeetingRowKinds, MeetingWrite } from "./meeting-partition";
import type { SearchIndexRow } from "./records/search-index";
import type { Repository } from "./repository";
import { WrappedWrites } from "./wrapped-writes";

/**
 * Tells the search index that a meeting's searchable rows changed: its `mark` row in the network's index
 * partition gets a new generation, so that the meeting's indexed texts are rebuilt on the next search.
 */
export class SearchMarks {
  // A meeting never moves to another network: its network is looked up once.
  private readonly networkOf = new Map<string, string>();

  constructor(private readonly index: Repository<SearchIndexRow>, private readonly meetings: Repository<Meeting>) {}

  /** Marks the meeting changed (nothing when no such meeting exists: nothing of it is indexed then). */
  async touch(meetingId: string): Promise<void> {
    const networkId = await this.network(meetingId);
    if (networkId === undefined) return;
    await this.index.upsert({ networkId, meetingId, kind: "mark", gen: randomUUID() });
  }

  private async network(meetingId: string): Promise<string | undefined> {
    const known = this.networkOf.get(meetingId);
    if (known !== undefined) return known;
    const found = (await this.meetings.where("meetingId", meetingId))[0]?.value.networkId;
    if (found !== undefined) this.networkOf.set(meetingId, found);
    return found;
  }
}

/**
 * A repository of meeting-scoped rows (partition key = meeting id) whose every write marks the meeting
 * changed for the search index, after the write succeeded.
 */
export class MarkedRepository<T extends { meetingId: string }> extends WrappedWrites<T> {
  constructor(inner: Repository<T>, private readonly marks: SearchMarks) {
    super(inner, (value) => value.meetingId);
  }

  protected async aroundWrite<R>(meetingId: string, _rowKey: string | undefined, write: () => Promise<R>): Promise<R> {
    const result = await write();
    await this.marks.touch(meetingId);
    return result;
  }
}

/** The meeting partition, marking the meeting changed when a transaction wrote any of the searchable kinds. */
export class MarkedMeetingPartition implements MeetingPartition {
  constructor(
    private readonly inner: MeetingPartition,
    private readonly marks: SearchMarks,
    private readonly searchable: ReadonlySet<keyof MeetingRowKinds>,
  ) {}

  read: MeetingPartition["read"] = (meetingId, kinds, options) => this.inner.read(meetingId, kinds, options);

  preload: MeetingPartition["preload"] = (meetingId, kinds) => this.inner.preload(meetingId, kinds);

  versions: MeetingPartition["versions"] = (meetingId, kinds) => this.inner.versions(meetingId, kinds);

  async write(meetingId: string, writes: readonly MeetingWrite[]): Promise<void> {
    await this.inner.write(meetingId, writes);
    if (writes.some((w) => this.searchable.has(w.kind))) await this.marks.touch(meetingId);
  }
}
