import type { MinutesItem } from "../domain/minutes";
import type { Language } from "../domain/network";
import { minutesTextBlocks } from "./minutes-card-text";
import { approvalCardTexts } from "./texts";

/** The Action.Execute verbs of the approval card. */
export const MINUTES_VERBS = { approve: "minutes.approve", comment: "minutes.comment" } as const;

/** What the approval card shows to one approver. */
export interface ApprovalCardInput {
  language: Language;
  meetingId: string;
  meetingTitle: string;
  date: string;
  /** The minutes' items with their text, shown on the card so that approving means having read them. */
  items: MinutesItem[];
  link: string;
  approved: boolean;
  published: boolean;
  /** A line about what just happened (saved comment, refusal, why publishing waits). */
  notice?: { text: string; attention: boolean };
}

/**
 * The 1:1 card "Anteckningarna är klara för justering" (Adaptive Card 1.5): meeting, the minutes' text
 * (shortened, with a note pointing to the tab, when long), a link to the tab, and — until the approver has approved and while unpublished — a comment field with Approve and
 * Send comment (Universal Actions; dropped by clients without them, where the tab link remains).
 */
export function minutesApprovalCard(input: ApprovalCardInput): Record<string, unknown> {
  const t = approvalCardTexts[input.language];
  const open = input.approved || input.published;
  const body: Record<string, unknown>[] = [
    { type: "TextBlock", text: t.title, weight: "Bolder", size: "Medium", wrap: true },
    { type: "TextBlock", text: `${input.meetingTitle} ${input.date}`, wrap: true, spacing: "None", isSubtle: true },
  ];
  const text = minutesTextBlocks(input.items);
  body.push({ type: "Container", style: "emphasis", bleed: false, items: text.blocks.length > 0 ? text.blocks : [{ type: "TextBlock", text: t.empty, wrap: true }] });
  if (text.truncated) body.push({ type: "TextBlock", text: t.more, wrap: true, isSubtle: true });
  if (input.notice) body.push({ type: "TextBlock", text: input.notice.text, wrap: true, color: input.notice.attention ? "Attention" : "Good" });
  if (input.published) body.push({ type: "TextBlock", text: t.published, wrap: true, color: "Good", weight: "Bolder" });
  else if (input.approved) body.push({ type: "TextBlock", text: t.approved, wrap: true, color: "Good", weight: "Bolder" });
  else {
    body.push({ type: "TextBlock", text: t.intro, wrap: true });
    body.push({ type: "Input.Text", id: "comment", label: t.comment, isMultiline: true, maxLength: 2000 });
  }
  const data = { meetingId: input.meetingId };
  const actions: Record<string, unknown>[] = open
    ? []
    : [
        { type: "Action.Execute", verb: MINUTES_VERBS.approve, title: t.approve, style: "positive", data, fallback: "drop" },
        { type: "Action.Execute", verb: MINUTES_VERBS.comment, title: t.send, data, fallback: "drop" },
      ];
  actions.push({ type: "Action.OpenUrl", title: t.open, url: input.link });
  return { type: "AdaptiveCard", $schema: "http://adaptivecards.io/schemas/adaptive-card.json", version: "1.5", body, actions };
}

/** A card that only says something (when the approval card itself cannot be shown, e.g. for a non-member). */
export function minutesNoticeCard(text: string): Record<string, unknown> {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [{ type: "TextBlock", text, wrap: true, color: "Attention" }],
  };
}
