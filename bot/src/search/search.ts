import type { Member } from "../domain/member";
import type { MinutesDocument } from "../domain/minutes";
import { attendanceSections, headerLines, itemHeading } from "../domain/minutes-render";
import { lineToPlainText } from "../domain/rich-text";
import { may } from "../domain/roles";
import { matchKind, queryWords, snippet, type MatchKind } from "../domain/search";
import type { Meeting } from "../domain/meeting";
import { mayReadDraft } from "../domain/minutes-workflow";
import type { Meetings } from "../meetings/meetings";
import type { MeetingMinutesData, NetworkData } from "../minutes/minutes-data";
import type { MinutesReader } from "../minutes/minutes-reader";
import type { IndexedUnit } from "../storage/records/search-index";
import type { NetworkIndex, SearchIndex } from "./search-index";

/** One search hit. */
export interface SearchResult {
  meetingId: string;
  meetingTitle: string;
  startUtc: string;
  kind: "minutes" | "agenda" | "round-table";
  itemNumber?: number;
  organisationName?: string;
  snippet: string;
  /** `exact` when every word matched as typed; `folded` when only with case and diacritics folded. */
  match: MatchKind;
}

/** At most this many hits are returned, newest meetings first. */
export const MAX_SEARCH_RESULTS = 100;

function minutesUnits(doc: MinutesDocument): IndexedUnit[] {
  const header = headerLines(doc);
  const head = [header.title, header.heading, header.place, ...attendanceSections(doc).flatMap((s) => [s.heading, ...s.lines])];
  return [
    { kind: "minutes", text: head.join("\n") },
    ...doc.items.map((item): IndexedUnit => ({ kind: "minutes", itemNumber: item.number, text: [itemHeading(item), ...item.lines.map(lineToPlainText)].join("\n") })),
  ];
}

/** The agenda's and the round table's texts of a meeting, which everyone who sees the meeting may search. */
function sharedUnits(data: MeetingMinutesData): IndexedUnit[] {
  return [
    ...data.agenda.map(({ value }): IndexedUnit => ({ kind: "agenda", itemNumber: value.number, text: [value.title, value.description].filter(Boolean).join(" — ") })),
    ...data.roundTable.map((e): IndexedUnit => ({ kind: "round-table", organisationId: e.organisationId, text: e.text })),
  ];
}

/**
 * Searches the caller's network: the minutes they may read (published, or drafts for editors and approvers),
 * agenda titles and descriptions, and round-table entries. The texts come from the network's search index
 * (one partition query); a meeting changed since its entry was built is read and indexed again, and a draft
 * is read from the meeting itself, for the few who may read it.
 */
export class Search {
  constructor(private readonly meetings: Meetings, private readonly reader: MinutesReader, private readonly index: SearchIndex) {}

  /** Hits for the query (every word must start a word of the text; case and diacritics folded, exact matches first). */
  async run(member: Member, query: string): Promise<SearchResult[]> {
    const words = queryWords(query);
    // The meetings are listed after the index is read: a mark is only written for a meeting that exists, so every
    // meeting with index rows is in the list unless it was removed (and only then are its rows cleared).
    const listed = this.index.read(member.networkId).then(async (index) => ({ index, all: await this.meetings.list(member.networkId) }));
    const [network, { index, all }] = await Promise.all([this.reader.network(member.networkId), listed]);
    const orgName = (id: string) => network.organisations.find((o) => o.id === id)?.name ?? id;
    // Drafts are the coordinator's own until sent out, as in the meetings list.
    const meetings = all.filter((m) => m.status !== "draft" || may(member, "manage-meeting")).sort((a, b) => b.startUtc.localeCompare(a.startUtc));
    const existing = new Set(all.map((m) => m.id));
    const gone = index.meetingIds().filter((id) => !existing.has(id));
    const [perMeeting] = await Promise.all([
      Promise.all(meetings.map(async (meeting) => {
        const units = await this.units(member, meeting, network, index);
        return units.flatMap((unit) => {
          const match = matchKind(words, unit.text);
          return match ? [{ meeting, unit, match }] : [];
        });
      })),
      Promise.all(gone.map((id) => this.index.forget(member.networkId, id))),
    ]);
    // Exact matches first; within each kind the newest meeting first (sort is stable). Snippets only for the hits shown.
    const hits = perMeeting.flat().sort((a, b) => Number(a.match === "folded") - Number(b.match === "folded")).slice(0, MAX_SEARCH_RESULTS);
    return hits.map(({ meeting, unit, match }): SearchResult => ({
      meetingId: meeting.id, meetingTitle: meeting.title, startUtc: meeting.startUtc, kind: unit.kind,
      ...(unit.itemNumber !== undefined ? { itemNumber: unit.itemNumber } : {}),
      ...(unit.organisationId !== undefined ? { organisationName: orgName(unit.organisationId) } : {}),
      snippet: snippet(unit.text, words), match,
    }));
  }

  /** The texts of one meeting the member may search: from the index, rebuilt when stale; a draft read live. */
  private async units(member: Member, meeting: Meeting, network: NetworkData, index: NetworkIndex): Promise<IndexedUnit[]> {
    let entry = index.current(meeting.id);
    let data: MeetingMinutesData | undefined;
    if (!entry) {
      const read = await this.reader.published(meeting, network);
      data = read.data;
      entry = { published: read.published !== undefined, approverIds: data.state.approverIds, units: [...(read.published ? minutesUnits(read.published.document) : []), ...sharedUnits(data)] };
      await this.index.save(member.networkId, meeting.id, index.gen(meeting.id), entry);
    }
    if (entry.published || !mayReadDraft(member, meeting, entry)) return entry.units;
    // A draft, for one who may read it: from the rows just read for the entry, or read now (as forMember does).
    const read = data ? { data, published: undefined } : await this.reader.published(meeting, network);
    const minutes = read.published ?? (await this.reader.draft(member, meeting, read.data));
    return [...(minutes ? minutesUnits(minutes.document) : []), ...sharedUnits(read.data)];
  }
}
