import { MAX_DIALOGUE_NOTES, type DialogueGroup, type DialogueNotes, type DialogueSetup } from "../domain/dialogue";
import type { Meeting } from "../domain/meeting";
import type { Language } from "../domain/network";
import { adaptiveCard, errorLine, executeAction, text, type Card } from "../shared/card-parts";
import { notesCardTexts } from "./texts";

/** Verb of the notes card's save button. */
export const DIALOGUE_NOTES_VERB = "dialogue.notes";

/** What the scribe's card shows. */
export interface NotesCardInput {
  meeting: Meeting;
  itemTitle: string;
  setup: DialogueSetup;
  group: DialogueGroup;
  notes?: { value: DialogueNotes; etag: string };
  notice?: { message: string; isError: boolean };
  kept?: string;
}

/** The 1:1 card where a group's scribe writes the group's notes (one point a line). */
export function dialogueNotesCard(input: NotesCardInput, language: Language): Card {
  const t = notesCardTexts[language];
  const { meeting, setup, group, notes } = input;
  const body = [text(t.title(group.name), { weight: "Bolder", size: "Medium" })];
  if (input.notice) body.push(input.notice.isError ? errorLine(input.notice.message) : text(input.notice.message, { color: "Good" }));
  body.push(text(t.intro(input.itemTitle, meeting.title), { isSubtle: true }));
  body.push(text(t.questions, { weight: "Bolder" }), ...setup.questions.map((q) => text(`• ${q}`)));
  if (notes) body.push(text(t.by(notes.value.updatedByName), { isSubtle: true, size: "Small" }));
  body.push({ type: "Input.Text", id: "text", label: t.notes, isMultiline: true, maxLength: MAX_DIALOGUE_NOTES, value: input.kept ?? notes?.value.text ?? "" });
  return adaptiveCard(body, [executeAction(t.save, DIALOGUE_NOTES_VERB, { meetingId: meeting.id, itemNumber: setup.itemNumber, groupId: group.id, etag: notes?.etag ?? "" })]);
}
