import { invalid } from "./errors";

/** A breakout group of a dialogue item and the scribes who write its notes. */
export interface DialogueGroup {
  id: string;
  name: string;
  scribeIds: string[];
}

/** The questions and groups the chair sets for an agenda item discussed in smaller groups. */
export interface DialogueSetup {
  meetingId: string;
  itemNumber: number;
  questions: string[];
  groups: DialogueGroup[];
  updatedAt: string;
  updatedById: string;
}

/** One group's notes, written by its scribe (or the chair or secretary). */
export interface DialogueNotes {
  meetingId: string;
  itemNumber: number;
  groupId: string;
  text: string;
  updatedAt: string;
  updatedById: string;
  updatedByName: string;
}

export const MAX_QUESTIONS = 10;
export const MAX_GROUPS = 30;
export const MAX_QUESTION_TEXT = 500;
export const MAX_DIALOGUE_NOTES = 8000;

/** The fixed headings of the minutes' dialogue part (house format), Swedish as the minutes are. */
export const DIALOGUE_HEADINGS = {
  questions: "Nätverket samtalar i mindre grupper utifrån frågorna:",
  excerpts: "Utdrag ur dialogerna:",
} as const;

/** Throws unless the setup's questions and groups are filled in, within limits, and group names unique. */
export function assertValidSetup(questions: readonly string[], groups: readonly Pick<DialogueGroup, "name" | "scribeIds">[]): void {
  if (questions.length === 0 || questions.some((q) => !q.trim())) throw invalid("dialogue_questions_missing", "Skriv minst en fråga, och inga tomma.", "Enter at least one question, and no empty ones.");
  if (questions.length > MAX_QUESTIONS) throw invalid("dialogue_too_many_questions", `Högst ${MAX_QUESTIONS} frågor.`, `At most ${MAX_QUESTIONS} questions.`);
  if (questions.some((q) => q.length > MAX_QUESTION_TEXT)) throw invalid("dialogue_question_too_long", `En fråga får vara högst ${MAX_QUESTION_TEXT} tecken.`, `A question may be at most ${MAX_QUESTION_TEXT} characters.`);
  if (groups.length === 0 || groups.some((g) => !g.name.trim())) throw invalid("dialogue_groups_missing", "Lägg till minst en grupp med namn.", "Add at least one group with a name.");
  if (groups.length > MAX_GROUPS) throw invalid("dialogue_too_many_groups", `Högst ${MAX_GROUPS} grupper.`, `At most ${MAX_GROUPS} groups.`);
  const names = groups.map((g) => g.name.trim().toLocaleLowerCase("sv"));
  if (new Set(names).size !== names.length) throw invalid("dialogue_group_names", "Två grupper har samma namn.", "Two groups have the same name.");
}

/** Bullet lines of a group's notes: each non-empty line, without a bullet or dash it already had. */
export function noteBullets(text: string): string[] {
  return text.split("\n").map((line) => line.replace(/^\s*([•\-*]|\d+[.)])\s*/, "").trim()).filter(Boolean);
}

/**
 * The dialogue part of the minutes: the questions, then "Utdrag ur dialogerna:" with every group's notes as
 * bullets (groups in their order, without naming the group, as the house format does).
 */
export function dialogueMinutesText(setup: Pick<DialogueSetup, "questions" | "groups">, notes: readonly Pick<DialogueNotes, "groupId" | "text">[]): string {
  const byGroup = new Map(notes.map((n) => [n.groupId, n.text]));
  const bullets = setup.groups.flatMap((g) => noteBullets(byGroup.get(g.id) ?? ""));
  const lines = [DIALOGUE_HEADINGS.questions, ...setup.questions.map((q) => `• ${q.trim()}`)];
  if (bullets.length > 0) lines.push("", DIALOGUE_HEADINGS.excerpts, ...bullets.map((b) => `• ${b}`));
  return lines.join("\n");
}

/**
 * The item's notes with the dialogue part put in: an earlier gathered part (from the questions heading on) is
 * replaced, text the secretary wrote before it is kept.
 */
export function withDialoguePart(notes: string | undefined, part: string): string {
  const before = (notes ?? "").split(DIALOGUE_HEADINGS.questions)[0]!.trimEnd();
  return before ? `${before}\n\n${part}` : part;
}
