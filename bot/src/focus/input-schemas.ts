import { z } from "zod";
import { MAX_FOCUS_TOPIC, MAX_PRESENTERS } from "../domain/focus";

const organisationId = z.string({ required_error: "required" }).min(1).max(100);
const presenters = z.array(z.string().trim().min(1).max(200)).max(MAX_PRESENTERS);

/** `POST /meetings/{id}/focus/ask`: which organisation is asked. */
export const focusAskInput = z.object({ organisationId }).strict();

/** `POST /meetings/{id}/focus/answer`: the organisation's answer; accepting names topic and presenters. */
export const focusAnswerInput = z.object({
  organisationId,
  choice: z.enum(["accept", "decline"], { required_error: "required" }),
  topic: z.string().max(MAX_FOCUS_TOPIC).optional(),
  presenters: presenters.optional(),
}).strict();

/** `POST /focus/history`: a presentation held before the app was used. */
export const focusRecordInput = z.object({
  organisationId,
  date: z.string({ required_error: "required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
  topic: z.string().max(MAX_FOCUS_TOPIC).optional(),
  presenters: presenters.optional(),
}).strict();
