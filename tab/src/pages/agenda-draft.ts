import type { AgendaItemInput, AgendaItemView } from "../../../bot/src/api/contract";

/** An attachment link as it is being typed. */
export interface AttachmentDraft {
  key: string;
  title: string;
  url: string;
}

/** An agenda item as it is being edited: every field as typed text. */
export interface AgendaItemDraft {
  key: string;
  title: string;
  presenters: string;
  plannedMinutes: string;
  description: string;
  attachments: AttachmentDraft[];
  /** The number the item has in the stored agenda (absent for a new item), so that it keeps its minutes part. */
  origin?: number;
}

/** What is wrong with one item, by field; empty when the item is fine. */
export type DraftProblems = Partial<Record<"title" | "plannedMinutes" | "attachments", "missing" | "number" | "link">>;

let counter = 0;
/** A key for a new row, unique within the page. */
export const newKey = (): string => `k${(counter += 1)}`;

/** Drafts of the stored agenda. */
export function draftsOf(items: readonly AgendaItemView[]): AgendaItemDraft[] {
  return items.map((item) => ({
    key: newKey(),
    title: item.title,
    presenters: item.presenters.join(", "),
    plannedMinutes: item.plannedMinutes === undefined ? "" : String(item.plannedMinutes),
    description: item.description ?? "",
    attachments: (item.attachments ?? []).map((a) => ({ key: newKey(), title: a.title, url: a.url })),
    origin: item.number,
  }));
}

/** New drafts of the items of another agenda or a template: nothing carried over but what a new meeting plans. */
export function copiedDrafts(items: readonly Partial<AgendaItemView>[]): AgendaItemDraft[] {
  return draftsOf(items.map((item, index) => ({ ...item, number: index + 1, title: item.title ?? "", presenters: item.presenters ?? [], decisions: [], actions: [] }))).map(({ origin: _o, ...draft }) => draft);
}

/** An empty item to add at the end. */
export function emptyDraft(): AgendaItemDraft {
  return { key: newKey(), title: "", presenters: "", plannedMinutes: "", description: "", attachments: [] };
}

/** The list with the item at `index` moved one step up (-1) or down (+1); unchanged at the ends. */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

const isLink = (url: string): boolean => {
  try {
    return ["http:", "https:"].includes(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
};

/** What is wrong with an item: no title, minutes that are not a whole number 1–600, or an attachment without title or web link. */
export function problemsOf(draft: AgendaItemDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (draft.title.trim() === "") problems.title = "missing";
  const minutes = draft.plannedMinutes.trim();
  if (minutes !== "" && !(/^\d{1,3}$/.test(minutes) && Number(minutes) >= 1 && Number(minutes) <= 600)) problems.plannedMinutes = "number";
  if (draft.attachments.some((a) => a.title.trim() === "" || !isLink(a.url))) problems.attachments = "link";
  return problems;
}

/** The request body item of a draft (empty fields left out). */
export function inputOf(draft: AgendaItemDraft): AgendaItemInput {
  const presenters = draft.presenters.split(",").map((p) => p.trim()).filter(Boolean);
  const minutes = draft.plannedMinutes.trim();
  const description = draft.description.trim();
  const attachments = draft.attachments.map((a) => ({ title: a.title.trim(), url: a.url.trim() }));
  return {
    ...(draft.origin !== undefined ? { number: draft.origin } : {}),
    title: draft.title.trim(),
    presenters,
    ...(minutes === "" ? {} : { plannedMinutes: Number(minutes) }),
    ...(description === "" ? {} : { description }),
    attachments,
  };
}
