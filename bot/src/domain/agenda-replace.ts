import type { AgendaAttachment, AgendaItem } from "./agenda";
import { assertValidAgenda } from "./agenda";

/** What a coordinator or secretary writes for one agenda item; numbers are assigned in order. */
export interface AgendaItemInput {
  title: string;
  presenters?: string[];
  plannedMinutes?: number;
  description?: string;
  attachments?: AgendaAttachment[];
  /** The number the item had before, so that its notes, decisions and actions stay with it. */
  number?: number;
}

/**
 * Builds the new agenda from the inputs: numbered 1..n in order. The minutes part (notes, decisions,
 * actions) of an existing item is kept when the input names its previous `number`, or, without one, when
 * the item at the same position has the same title; everything else starts empty.
 * @example replaceAgendaItems(old, [{ title: "Aktuellt läge", number: 1 }])
 */
export function replaceAgendaItems(existing: readonly AgendaItem[], inputs: readonly AgendaItemInput[]): AgendaItem[] {
  const byNumber = new Map(existing.map((item) => [item.number, item]));
  const claimed = new Set<number>();
  const items = inputs.map((input, index): AgendaItem => {
    const number = index + 1;
    const samePlace = byNumber.get(number);
    const previous = input.number !== undefined
      ? byNumber.get(input.number)
      : samePlace && sameTitle(samePlace.title, input.title) ? samePlace : undefined;
    const kept = previous && !claimed.has(previous.number) ? previous : undefined;
    if (kept) claimed.add(kept.number);
    return {
      number,
      title: input.title.trim(),
      presenters: (input.presenters ?? []).map((p) => p.trim()).filter(Boolean),
      ...(input.plannedMinutes !== undefined ? { plannedMinutes: input.plannedMinutes } : {}),
      ...(input.description?.trim() ? { description: input.description.trim() } : {}),
      ...(input.attachments?.length ? { attachments: input.attachments } : {}),
      ...(kept?.notes !== undefined ? { notes: kept.notes } : {}),
      decisions: kept?.decisions ?? [],
      actions: kept?.actions ?? [],
    };
  });
  assertValidAgenda(items);
  return items;
}

/** True when the agenda people are shown (titles, presenters, times, descriptions, links) differs. */
export function agendaChanged(before: readonly AgendaItem[], after: readonly AgendaItem[]): boolean {
  const shown = (items: readonly AgendaItem[]) =>
    JSON.stringify(items.map((i) => [i.number, i.title, i.presenters, i.plannedMinutes ?? null, i.description ?? null, i.attachments ?? []]));
  return shown(before) !== shown(after);
}

function sameTitle(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase("sv") === b.trim().toLocaleLowerCase("sv");
}
