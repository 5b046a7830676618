import { invalid } from "./errors";

/** Something someone promised to do. */
export interface ActionItem {
  id: string;
  what: string;
  owner: string;
  due?: string;
  done: boolean;
}

/** A document or page linked from an agenda item. */
export interface AgendaAttachment {
  title: string;
  url: string;
}

/** One numbered point of a meeting's agenda, with its part of the minutes. */
export interface AgendaItem {
  number: number;
  title: string;
  presenters: string[];
  plannedMinutes?: number;
  description?: string;
  attachments?: AgendaAttachment[];
  notes?: string;
  decisions: string[];
  actions: ActionItem[];
}

/** The standard first item of every network meeting. */
export const ROUND_TABLE_ITEM_TITLE = "Inledning — aktuellt läge i respektive kommun";

/** Throws unless items are numbered 1..n without gaps and every title is filled in. */
export function assertValidAgenda(items: readonly AgendaItem[]): void {
  items.forEach((item, index) => {
    if (item.number !== index + 1) {
      throw invalid(
        "agenda_numbering",
        `Punkterna måste numreras 1, 2, 3 … (punkt ${index + 1} har nummer ${item.number}).`,
        `Items must be numbered 1, 2, 3 … (item ${index + 1} has number ${item.number}).`,
      );
    }
    if (item.title.trim() === "") {
      throw invalid("agenda_title_missing", `Punkt ${item.number} saknar rubrik.`, `Item ${item.number} has no title.`);
    }
  });
}

/** Throws unless every number names an item of the agenda. */
export function assertKnownItems(numbers: readonly number[], items: readonly AgendaItem[]): void {
  const known = new Set(items.map((i) => i.number));
  const unknown = numbers.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw invalid(
      "unknown_agenda_item",
      `Dagordningen har ingen punkt ${unknown.join(", ")}.`,
      `The agenda has no item ${unknown.join(", ")}.`,
    );
  }
}
