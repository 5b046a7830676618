import type { AgendaItem } from "./agenda";

/** One change to an agenda that invitees are told about. */
export type AgendaDiffEntry =
  | { kind: "added"; number: number; title: string }
  | { kind: "removed"; number: number; title: string }
  | { kind: "renamed"; number: number; from: string; to: string }
  | { kind: "moved"; title: string; from: number; to: number }
  | { kind: "minutes"; number: number; title: string; from?: number; to?: number }
  | { kind: "details"; number: number; title: string };

type Shown = Pick<AgendaItem, "number" | "title" | "presenters" | "plannedMinutes" | "description" | "attachments">;

const normal = (title: string) => title.trim().toLocaleLowerCase("sv");

/**
 * What changed between two versions of an agenda, in the new order: items added, removed, renamed, moved
 * (only those whose order among the kept items changed, not those shifted by an insertion), a new planned
 * time, or new presenters, description or links. `origins[i]`, when given, is the number the new item `i`
 * had before (as the editor sends it); otherwise items pair by title, then by place.
 * @example agendaDiff(before, after).map((c) => c.kind) // ["renamed", "added"]
 */
export function agendaDiff(before: readonly Shown[], after: readonly Shown[], origins: readonly (number | undefined)[] = []): AgendaDiffEntry[] {
  const pairOf = pairItems(before, after, origins);
  const kept = after.flatMap((item, index) => (pairOf[index] !== undefined ? [{ item, old: pairOf[index]! }] : []));
  const stay = longestRising(kept.map((k) => k.old.number));
  const changes: AgendaDiffEntry[] = [];
  const paired = new Set(kept.map((k) => k.old.number));
  for (const old of before) if (!paired.has(old.number)) changes.push({ kind: "removed", number: old.number, title: old.title });
  after.forEach((item, index) => {
    const old = pairOf[index];
    if (!old) {
      changes.push({ kind: "added", number: item.number, title: item.title });
      return;
    }
    if (normal(old.title) !== normal(item.title)) changes.push({ kind: "renamed", number: item.number, from: old.title, to: item.title });
    if (!stay.has(kept.findIndex((k) => k.item === item))) changes.push({ kind: "moved", title: item.title, from: old.number, to: item.number });
    if ((old.plannedMinutes ?? undefined) !== (item.plannedMinutes ?? undefined)) {
      changes.push({ kind: "minutes", number: item.number, title: item.title, ...(old.plannedMinutes !== undefined ? { from: old.plannedMinutes } : {}), ...(item.plannedMinutes !== undefined ? { to: item.plannedMinutes } : {}) });
    }
    if (details(old) !== details(item)) changes.push({ kind: "details", number: item.number, title: item.title });
  });
  return changes;
}

function details(item: Shown): string {
  return JSON.stringify([item.presenters, item.description ?? "", item.attachments ?? []]);
}

/** For each new item, the old item it continues (or undefined for a new one). */
function pairItems(before: readonly Shown[], after: readonly Shown[], origins: readonly (number | undefined)[]): (Shown | undefined)[] {
  const free = new Map(before.map((item) => [item.number, item]));
  const pairs: (Shown | undefined)[] = after.map(() => undefined);
  const take = (index: number, old: Shown | undefined) => {
    if (!old || !free.has(old.number) || pairs[index]) return;
    pairs[index] = old;
    free.delete(old.number);
  };
  after.forEach((_, index) => take(index, origins[index] !== undefined ? free.get(origins[index]!) : undefined));
  after.forEach((item, index) => take(index, [...free.values()].find((old) => normal(old.title) === normal(item.title))));
  after.forEach((item, index) => take(index, free.get(item.number)));
  return pairs;
}

/** Indexes of one longest strictly rising run (not necessarily contiguous) of the numbers. */
function longestRising(numbers: readonly number[]): Set<number> {
  const length = numbers.map(() => 1);
  const previous = numbers.map(() => -1);
  numbers.forEach((n, i) => {
    for (let j = 0; j < i; j += 1) {
      if (numbers[j]! < n && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  });
  const kept = new Set<number>();
  let at = length.indexOf(Math.max(0, ...length));
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}
