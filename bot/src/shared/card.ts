/** An Adaptive Card as JSON (version 1.5 unless a card says otherwise). */
export interface Card {
  type: "AdaptiveCard";
  [key: string]: unknown;
}

/** Builds a version 1.5 card with a body and optional actions. */
export function card(body: readonly Record<string, unknown>[], actions: readonly Record<string, unknown>[] = [], extra: Record<string, unknown> = {}): Card {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...extra,
  };
}

/** A wrapped text block. */
export function text(value: string, options: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: "TextBlock", text: value, wrap: true, ...options };
}
