import { z } from "zod";
import { dateMarks, partsOfDay } from "../domain/date-poll";
import { meetingForms } from "../domain/meeting";
import { calendarDate, multiLineText, singleLineText } from "../api/text-schemas";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:MM");
const timeOption = z.object({ kind: z.literal("time"), date: calendarDate, startTime: time, endTime: time }).strict();
const weekdayOption = z.object({ kind: z.literal("weekday"), weekday: z.number().int().min(1).max(5), partOfDay: z.enum(Object.keys(partsOfDay) as [keyof typeof partsOfDay]) }).strict();

/** `POST /api/v1/date-polls`: what the meeting is about and the proposed dates (or weekdays and parts of the day). */
export const createDatePollInput = z.object({
  title: singleLineText(200),
  options: z.array(z.discriminatedUnion("kind", [timeOption, weekdayOption])).min(1).max(20),
  form: z.enum(meetingForms).optional(),
  place: singleLineText(300).optional(),
  answerByUtc: z.string().datetime({ offset: true }).optional(),
}).strict();

/** `PUT /api/v1/date-polls/{id}/responses/me`: a mark per option id. */
export const dateResponseInput = z.object({
  marks: z.record(z.string().max(20), z.enum(dateMarks)),
  comment: multiLineText(500).optional(),
}).strict();

/** `POST /api/v1/date-polls/{id}/pick`: the chosen option; a weekday option needs the date. */
export const pickInput = z.object({
  optionId: z.string().trim().min(1).max(20),
  date: calendarDate.optional(),
  startTime: time.optional(),
  endTime: time.optional(),
  title: singleLineText(200).optional(),
}).strict();
