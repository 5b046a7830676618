import { ROUND_TABLE_ITEM_TITLE, type AgendaItem } from "../domain/agenda";
import type { Organisation } from "../domain/network";
import type { RoundTableEntry } from "../domain/round-table";
import { mergeGeneratedBlock, roundTableMinutesLines } from "../domain/round-table-minutes";
import type { MeetingScoped, Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";

// Agenda rows are keyed by the zero-padded item number (see table-stores.ts).
const ITEM_ONE_KEY = "0001";

/**
 * Writes the round table into the notes of agenda item 1 ("Inledning — aktuellt läge i respektive kommun"):
 * the generated block is replaced or added, the secretary's own text is kept; item 1 is created when the
 * agenda has none. Returns the lines written.
 */
export async function writeRoundTableMinutes(
  stores: Pick<Stores, "agenda">,
  meetingId: string,
  organisations: readonly Organisation[],
  entries: readonly RoundTableEntry[],
): Promise<string[]> {
  const lines = roundTableMinutesLines(organisations, entries);
  await withConflictRetry(async () => {
    const item = await stores.agenda.get(meetingId, ITEM_ONE_KEY);
    if (item) {
      const notes = mergeGeneratedBlock(item.value.notes, lines);
      if (notes !== item.value.notes) await stores.agenda.replace({ ...item.value, notes }, item.etag);
      return;
    }
    const created: MeetingScoped<AgendaItem> = {
      meetingId, number: 1, title: ROUND_TABLE_ITEM_TITLE, presenters: [], decisions: [], actions: [], notes: mergeGeneratedBlock(undefined, lines),
    };
    await stores.agenda.create(created);
  });
  return lines;
}
