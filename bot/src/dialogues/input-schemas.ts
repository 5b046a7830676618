import { z } from "zod";
import { MAX_DIALOGUE_NOTES, MAX_GROUPS, MAX_QUESTION_TEXT, MAX_QUESTIONS } from "../domain/dialogue";

const memberId = z.string().min(1).max(100);

/** `PUT /meetings/{id}/dialogues/{item}`: the item's questions and groups with their scribes. */
export const dialogueSetupInput = z.object({
  questions: z.array(z.string().max(MAX_QUESTION_TEXT)).max(MAX_QUESTIONS),
  groups: z.array(z.object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "A-Z, 0-9, _ or -").optional(),
    name: z.string().max(100),
    scribeIds: z.array(memberId).max(5),
  }).strict()).max(MAX_GROUPS),
}).strict();

/** `PUT /meetings/{id}/dialogues/{item}/groups/{groupId}/notes`: a group's notes, one point a line. */
export const dialogueNotesInput = z.object({ text: z.string({ required_error: "required" }).max(MAX_DIALOGUE_NOTES) }).strict();
