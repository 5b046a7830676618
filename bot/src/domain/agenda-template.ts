import { ROUND_TABLE_ITEM_TITLE } from "./agenda";

/** The items after the opening one that a network without a template of its own starts a meeting with. */
export const DEFAULT_AGENDA_TEMPLATE: readonly string[] = ["Omvärldsbevakning", "Övriga frågor"];

/** Most items a network's agenda template holds after the opening item. */
export const MAX_TEMPLATE_ITEMS = 30;

const same = (a: string, b: string) => a.trim().toLocaleLowerCase("sv") === b.trim().toLocaleLowerCase("sv");

/** The titles to store for a template: trimmed, empty ones and a repeated opening item dropped. */
export function normalTemplate(titles: readonly string[]): string[] {
  return titles.map((t) => t.trim()).filter((t) => t !== "" && !same(t, ROUND_TABLE_ITEM_TITLE));
}

/**
 * A network's agenda template as item titles: item 1 is always "Inledning — aktuellt läge i respektive
 * kommun" (the round table), then the network's own items, or the default ones when it has none.
 * @example templateTitles(["Omvärldsbevakning"]) // ["Inledning — aktuellt läge i respektive kommun", "Omvärldsbevakning"]
 */
export function templateTitles(template: readonly string[] | undefined): string[] {
  return [ROUND_TABLE_ITEM_TITLE, ...normalTemplate(template ?? DEFAULT_AGENDA_TEMPLATE)];
}
