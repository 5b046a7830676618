import { z } from "zod";
import { MAX_ANSWER_TEXT, pollAudiences, pollKinds } from "../domain/poll";
import { multiLineText, singleLineText } from "../api/text-schemas";

const id = z.string().trim().min(1).max(100);

/** `POST /api/v1/polls`: a question with its options (none for free text). */
export const createPollInput = z.object({
  question: singleLineText(500),
  kind: z.enum(pollKinds),
  options: z.array(singleLineText(200)).max(20).optional(),
  anonymous: z.boolean().optional(),
  audience: z.enum(pollAudiences).optional(),
  meetingId: id.optional(),
  agendaItem: z.number().int().min(1).max(1000).optional(),
  resultsShared: z.boolean().optional(),
  answerByUtc: z.string().datetime({ offset: true }).optional(),
}).strict();

/** `PUT /api/v1/polls/{id}/answers/me`. */
export const pollAnswerInput = z.object({
  choices: z.array(id).max(20).optional(),
  text: multiLineText(MAX_ANSWER_TEXT).optional(),
}).strict();

/** `PUT /api/v1/polls/{id}/sharing`. */
export const pollSharingInput = z.object({ shared: z.boolean() }).strict();

/** `POST /api/v1/polls/{id}/minutes`: the meeting and agenda item whose notes get the results. */
export const pollMinutesInput = z.object({ meetingId: id, itemNumber: z.number().int().min(1).max(1000) }).strict();
