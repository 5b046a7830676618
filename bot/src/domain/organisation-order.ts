import { invalid } from "./errors";
import { inRoundTableOrder, type Organisation } from "./network";

/** The gap between two neighbours' `order`, so that a new organisation can go last without renumbering. */
export const ORDER_STEP = 10;

/**
 * The organisations whose `order` changes when the round table is to follow `ids` (every organisation of
 * the network, each once), numbered in steps of ORDER_STEP. Anything else is a 400 that names the problem.
 * @example reordered([a, b], [b.id, a.id]) // [{ ...b, order: 0 }, { ...a, order: 10 }]
 */
export function reordered(organisations: readonly Organisation[], ids: readonly string[]): Organisation[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const complete = ids.length === organisations.length && new Set(ids).size === ids.length && ids.every((id) => byId.has(id));
  if (!complete) {
    throw invalid(
      "invalid_order",
      "Ordningen ska nämna varje organisation i nätverket precis en gång. Läs in sidan igen och försök på nytt.",
      "The order must name every organisation of the network exactly once. Reload the page and try again.",
    );
  }
  return ids.flatMap((id, index) => {
    const organisation = byId.get(id)!;
    return organisation.order === index * ORDER_STEP ? [] : [{ ...organisation, order: index * ORDER_STEP }];
  });
}

/** The `order` that puts a new organisation after every existing one. */
export function orderAfterLast(organisations: readonly Organisation[]): number {
  const last = inRoundTableOrder(organisations).at(-1);
  return last ? last.order + ORDER_STEP : 0;
}
