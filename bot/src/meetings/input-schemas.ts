import { z } from "zod";
import { meetingForms } from "../domain/meeting";
import { answerChoices } from "../domain/answer";
import { multiLineText, singleLineText } from "../api/text-schemas";

// Whether the day exists is checked with the time (invalid_time), in the domain.
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD");
const time = z.string().regex(/^\d{2}:\d{2}$/, "use HH:MM");
const httpsUrl = z.string().trim().url().max(2000).refine((u) => /^https?:\/\//i.test(u), "must be an http(s) link");
const memberId = z.string().trim().min(1).max(100);

// Limits keep every agenda row far below Table Storage's limits (64 KiB per property, 1 MiB per entity)
// and the invitation card below Teams' message size limit.
const agendaItem = z.object({
  title: singleLineText(200),
  presenters: z.array(singleLineText(100)).max(10).optional(),
  plannedMinutes: z.number().int().min(0).max(600).optional(),
  description: multiLineText(10_000).optional(),
  attachments: z.array(z.object({ title: singleLineText(200), url: httpsUrl })).max(10).optional(),
  number: z.number().int().min(1).max(1000).optional(),
});

/** An agenda as the API takes it. */
export const agendaInput = z.array(agendaItem).max(40);

const facts = {
  title: singleLineText(200),
  date,
  startTime: time,
  endTime: time,
  form: z.enum(meetingForms),
  place: singleLineText(300),
};

// Strict: a field the API does not take (say `status` or `networkId`) is a 400, not silently dropped.
/** `POST /api/v1/meetings`. */
export const createMeetingInput = z.object({
  ...facts,
  joinUrl: httpsUrl.optional(),
  chairId: memberId.optional(),
  secretaryId: memberId.optional(),
  replyBy: date.optional(),
  agenda: agendaInput.optional(),
}).strict();

/** `PUT /api/v1/meetings/{id}`: any subset; `null` clears an optional fact. */
export const updateMeetingInput = z.object({
  ...Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof facts]: z.ZodOptional<(typeof facts)[K]> },
  joinUrl: httpsUrl.nullable().optional(),
  chairId: memberId.nullable().optional(),
  secretaryId: memberId.nullable().optional(),
  replyBy: date.nullable().optional(),
  agenda: agendaInput.optional(),
}).strict();

/** `PUT /api/v1/meetings/{id}/agenda`; `notify: false` updates invitees' cards without a message (default: a message). */
export const replaceAgendaInput = z.object({ items: agendaInput, notify: z.boolean().optional() });

/** `PUT /api/v1/meetings/{id}/responses/me`. */
export const answerInput = z.object({
  answer: z.enum(answerChoices),
  substituteName: z.string().max(200).optional(),
  comment: z.string().max(1000).optional(),
});
