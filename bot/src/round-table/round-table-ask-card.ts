import type { Meeting } from "../domain/meeting";
import type { Language, Organisation } from "../domain/network";
import { MAX_ROUND_TABLE_TEXT, type RoundTableEntry } from "../domain/round-table";
import { MAX_FIELD_TEXT } from "../domain/round-table-input";
import { formatDateTime } from "../domain/time";
import { card, text, type Card } from "../shared/card";
import { askCardTexts } from "./texts";

/** Verb of the 1:1 card's send button. */
export const ROUND_TABLE_SUBMIT_VERB = "roundtable.submit";

/** What the 1:1 card asking for an organisation's update shows. */
export interface AskCardInput {
  meeting: Meeting;
  organisation: Organisation;
  questions: readonly string[];
  /** The stored entry (someone of the organisation may have written already) and its eTag. */
  current?: { entry: RoundTableEntry; etag: string };
  /** The organisation's entry of the previous meeting, for reference. */
  previous?: { meeting: Meeting; entry: RoundTableEntry };
  reminder?: boolean;
  notice?: { message: string; isError: boolean };
  /** What the user typed, kept when the save was refused. */
  kept?: { text: string; fields: Record<string, string> };
}

/**
 * The 1:1 card asking an organisation's representative for the meeting's update: a multi-line text, the
 * network's structured questions, and last meeting's entry for reference.
 */
export function roundTableAskCard(input: AskCardInput, language: Language): Card {
  const t = askCardTexts[language];
  const { meeting, organisation, current, previous } = input;
  const body: Record<string, unknown>[] = [text(t.title(organisation.name), { weight: "Bolder", size: "Medium" })];
  if (input.reminder) body.push(text(t.reminder, { color: "Attention" }));
  if (input.notice) body.push(text(input.notice.message, { color: input.notice.isError ? "Attention" : "Good" }));
  body.push(text(t.intro(meeting.title, formatDateTime(meeting.startUtc, language)), { isSubtle: true }));
  if (previous) {
    body.push({ type: "Container", style: "emphasis", items: [
      text(t.previous(formatDateTime(previous.meeting.startUtc, language)), { isSubtle: true, size: "Small" }),
      text(previous.entry.text, { size: "Small" }),
    ] });
  }
  if (current) body.push(text(t.current(current.entry.reporterName), { isSubtle: true, size: "Small" }));
  body.push({
    type: "Input.Text", id: "text", label: t.title(organisation.name), isMultiline: true, maxLength: MAX_ROUND_TABLE_TEXT,
    value: input.kept?.text ?? current?.entry.text ?? "",
  });
  input.questions.forEach((label, index) => {
    body.push({ type: "Input.Text", id: `f${index}`, label, maxLength: MAX_FIELD_TEXT, value: input.kept?.fields[label] ?? current?.entry.fields[label] ?? "" });
  });
  return card(body, [{
    type: "Action.Execute",
    verb: ROUND_TABLE_SUBMIT_VERB,
    title: t.send,
    data: { meetingId: meeting.id, organisationId: organisation.id, etag: current?.etag ?? "", questions: [...input.questions] },
  }]);
}
