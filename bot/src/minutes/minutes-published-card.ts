import type { MinutesDocument } from "../domain/minutes";
import { lineToPlainText } from "../domain/rich-text";
import { publishedCardTexts } from "./texts";

const MAX_HIGHLIGHTS = 6;

/**
 * The card posted in the meeting chat and to members on publishing: which meeting, what kind of version
 * (with the change note of a correction), the items, a few bullet points as a summary, and the tab link.
 */
export function minutesPublishedCard(input: { document: MinutesDocument; version: number; changeNote?: string; link: string }): Record<string, unknown> {
  const doc = input.document;
  const t = publishedCardTexts[doc.language];
  // Only what was decided or assigned: a typed note can be a bullet too, but it is neither.
  const bullets = doc.items.flatMap((item) => item.lines.filter((l) => l.origin === "decision" || l.origin === "action").map(lineToPlainText));
  const body: Record<string, unknown>[] = [
    { type: "TextBlock", text: input.version > 1 ? t.corrected(input.version) : t.published, weight: "Bolder", size: "Medium", wrap: true },
    { type: "TextBlock", text: `${doc.meetingTitle} ${doc.date}`, wrap: true, spacing: "None", isSubtle: true },
  ];
  if (input.changeNote) body.push({ type: "FactSet", facts: [{ title: t.change, value: input.changeNote }] });
  body.push({ type: "TextBlock", text: t.points, weight: "Bolder", wrap: true });
  body.push({ type: "TextBlock", text: doc.items.map((i) => `${i.number}. ${i.title}`).join("\n\n"), wrap: true, spacing: "None" });
  if (bullets.length > 0) {
    body.push({ type: "TextBlock", text: t.highlights, weight: "Bolder", wrap: true });
    body.push({ type: "TextBlock", text: bullets.slice(0, MAX_HIGHLIGHTS).join("\n\n") + (bullets.length > MAX_HIGHLIGHTS ? "\n\n…" : ""), wrap: true, spacing: "None" });
  }
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    actions: [{ type: "Action.OpenUrl", title: t.open, url: input.link }],
  };
}
