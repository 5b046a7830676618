import type { Meeting } from "../domain/meeting";
import type { Language } from "../domain/network";
import { formatDateTime, stockholmParts } from "../domain/time";

import { card, text, type Card } from "./card";

export { text, type Card };

/** An Adaptive Card element or action, as plain JSON. */
export type CardElement = Record<string, unknown>;

/** An Adaptive Card 1.5 with the given body and actions. */
export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): Card {
  return card(body, actions);
}

/**
 * A Universal Action (`Action.Execute`) with an `Action.Submit` fallback for clients without Universal
 * Actions: the submit carries the verb in its data, where the bot's submit handler looks for it.
 */
export function executeAction(title: string, verb: string, data: Record<string, unknown>, extra: CardElement = {}): CardElement {
  return {
    type: "Action.Execute",
    title,
    verb,
    data,
    ...extra,
    fallback: { type: "Action.Submit", title, data: { ...data, verb }, ...extra },
  };
}

/** The red line at the top of a card that says what went wrong. */
export function errorLine(message: string): CardElement {
  return text(message, { color: "Attention", weight: "Bolder" });
}

/** "onsdag 12 mars 2025 kl. 09:00–11:30" / "Wednesday, 12 March 2025, 09:00–11:30". */
export function meetingWhen(meeting: Pick<Meeting, "startUtc" | "endUtc">, language: Language): string {
  return `${formatDateTime(meeting.startUtc, language)}–${stockholmParts(new Date(meeting.endUtc)).time}`;
}

/** Shortens text to at most `max` characters, with an ellipsis when cut. */
export function shorten(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}

/** The message activity that carries a card. */
export function cardMessage(card: Card): { type: "message"; attachments: { contentType: string; content: Card }[] } {
  return { type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }] };
}

/** A card with only a notice, for answers that must not show anything else. */
export function noticeCard(message: string): Card {
  return adaptiveCard([errorLine(message)]);
}
