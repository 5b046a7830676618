import type { MinutesItem } from "../domain/minutes";
import { itemHeading } from "../domain/minutes-render";
import { lineToPlainText } from "../domain/rich-text";

/** About this much of the minutes' text fits a card comfortably (Teams refuses cards over ~28 KB). */
export const CARD_TEXT_BUDGET = 3500;
/** No single line takes more than this; a longer one is cut with "…". */
const LINE_LIMIT = 600;

const cut = (text: string, limit: number) => (text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`);

/**
 * The minutes' items as Adaptive Card TextBlocks (heading, then the lines as plain text with "• " bullets),
 * within a character budget; `truncated` says that some of the text did not fit, so the card can point to
 * the tab for the rest. Links are written as "text (address)", so the reader sees where each one goes.
 */
export function minutesTextBlocks(items: readonly MinutesItem[], budget = CARD_TEXT_BUDGET): { blocks: Record<string, unknown>[]; truncated: boolean } {
  const blocks: Record<string, unknown>[] = [];
  let left = budget;
  for (const item of items) {
    const heading = itemHeading(item);
    if (left < heading.length) return { blocks, truncated: true };
    blocks.push({ type: "TextBlock", text: heading, weight: "Bolder", wrap: true, spacing: "Medium" });
    left -= heading.length;
    const lines: string[] = [];
    let truncated = false;
    for (const line of item.lines.map((l) => cut(lineToPlainText(l), LINE_LIMIT))) {
      if (line.length > left) {
        truncated = true;
        break;
      }
      lines.push(line);
      left -= line.length;
    }
    // Single line breaks are joined by some clients: a blank line keeps each line of the minutes its own.
    if (lines.length > 0) blocks.push({ type: "TextBlock", text: lines.join("\n\n"), wrap: true, spacing: "Small" });
    if (truncated) return { blocks, truncated: true };
  }
  return { blocks, truncated: false };
}
