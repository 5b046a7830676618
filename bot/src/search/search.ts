import type { Member } from "../domain/member";
import type { MinutesDocument } from "../domain/minutes";
import { attendanceSections, headerLines, itemHeading } from "../domain/minutes-render";
import { lineToPlainText } from "../domain/rich-text";
import { may } from "../domain/roles";
import { matchKind, queryWords, snippet, type MatchKind } from "../domain/search";
import type { Meetings } from "../meetings/meetings";
import type { MinutesReader } from "../minutes/minutes-reader";

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

interface Unit {
  kind: SearchResult["kind"];
  text: string;
  itemNumber?: number;
  organisationName?: string;
}

function minutesUnits(doc: MinutesDocument): Unit[] {
  const header = headerLines(doc);
  const head = [header.title, header.heading, header.place, ...attendanceSections(doc).flatMap((s) => [s.heading, ...s.lines])];
  return [
    { kind: "minutes", text: head.join("\n") },
    ...doc.items.map((item): Unit => ({ kind: "minutes", itemNumber: item.number, text: [itemHeading(item), ...item.lines.map(lineToPlainText)].join("\n") })),
  ];
}

/**
 * Searches the caller's network: the minutes they may read (published, or drafts for editors and
 * approvers), agenda titles and descriptions, and round-table entries. It reads every meeting's partition of the network,
 * which is fine for a network's few meetings a year; an index would be the next step at a larger scale.
 */
export class Search {
  constructor(private readonly meetings: Meetings, private readonly reader: MinutesReader) {}

  /** Hits for the query (every word must start a word of the text; case and diacritics folded, exact matches first). */
  async run(member: Member, query: string): Promise<SearchResult[]> {
    const words = queryWords(query);
    const network = await this.reader.network(member.networkId);
    // Drafts are the coordinator's own until sent out, as in the meetings list.
    const meetings = (await this.meetings.list(member.networkId))
      .filter((m) => m.status !== "draft" || may(member, "manage-meeting"))
      .sort((a, b) => b.startUtc.localeCompare(a.startUtc));
    const perMeeting = await Promise.all(meetings.map(async (meeting) => {
      const { data, minutes } = await this.reader.forMember(member, meeting, network);
      const orgName = (id: string) => network.organisations.find((o) => o.id === id)?.name ?? id;
      const units: Unit[] = [
        ...(minutes ? minutesUnits(minutes.document) : []),
        ...data.agenda.map(({ value }): Unit => ({ kind: "agenda", itemNumber: value.number, text: [value.title, value.description].filter(Boolean).join(" — ") })),
        ...data.roundTable.map((e): Unit => ({ kind: "round-table", organisationName: orgName(e.organisationId), text: e.text })),
      ];
      return units.flatMap((unit): SearchResult[] => {
        const match = matchKind(words, unit.text);
        return match ? [{
          meetingId: meeting.id, meetingTitle: meeting.title, startUtc: meeting.startUtc, kind: unit.kind,
          ...(unit.itemNumber !== undefined ? { itemNumber: unit.itemNumber } : {}),
          ...(unit.organisationName !== undefined ? { organisationName: unit.organisationName } : {}),
          snippet: snippet(unit.text, words), match,
        }] : [];
      });
    }));
    // Exact matches first; within each kind the newest meeting first (sort is stable).
    return perMeeting.flat().sort((a, b) => Number(a.match === "folded") - Number(b.match === "folded")).slice(0, MAX_SEARCH_RESULTS);
  }
}
