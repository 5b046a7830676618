import { randomUUID } from "node:crypto";
import type { ActionItem, AgendaItem } from "../domain/agenda";
import { conflict } from "../domain/errors";
import { stripTags } from "../domain/sanitise-markdown";
import type { Stored } from "../storage/repository";

/** What may be written for an agenda item's part of the minutes. */
export interface ItemInput {
  notes?: string;
  decisions?: string[];
  actions?: { id?: string; what: string; owner: string; due?: string; done?: boolean }[];
  changeNote?: string;
  /** Saving may undo approvals already given (the editor was warned). */
  resetApprovals?: boolean;
}

/** The 409 of an item saved by someone else in between, carrying the stored version to merge with. */
export const concurrentItemUpdate = (current: Stored<AgendaItem>) =>
  conflict(
    "concurrent_update",
    "Någon annan har ändrat punkten samtidigt. Jämför versionerna och spara igen.",
    "Someone else changed the item at the same time. Compare the versions and save again.",
    { current: { number: current.value.number, title: current.value.title, notes: current.value.notes ?? "", decisions: current.value.decisions, actions: current.value.actions, etag: current.etag } },
  );

/** An action point as stored: a new one gets an id, texts lose any HTML. */
export function toAction(input: NonNullable<ItemInput["actions"]>[number]): ActionItem {
  return {
    id: input.id ?? randomUUID(),
    what: stripTags(input.what).trim(),
    owner: stripTags(input.owner).trim(),
    ...(input.due ? { due: input.due } : {}),
    done: input.done ?? false,
  };
}
