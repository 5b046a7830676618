import type { Meeting } from "../../../bot/src/domain/meeting";
import { factsOf, type MeetingFacts } from "../../../bot/src/domain/meeting-input";

/** The meeting form's fields as the user types them (Stockholm date and times; "" = not given). */
export type MeetingDraft = Required<MeetingFacts>;

/** The fields of the draft that can be wrong, each with what is wrong. */
export type DraftProblems = Partial<Record<keyof MeetingDraft, "required" | "endBeforeStart" | "link" | "replyAfterMeeting">>;

/** An empty draft for a new meeting: a digital meeting 09:00–11:00. */
export function emptyMeetingDraft(): MeetingDraft {
  return { title: "", date: "", startTime: "09:00", endTime: "11:00", form: "digital", place: "", joinUrl: "", chairId: "", secretaryId: "", replyBy: "" };
}

/** The draft of an existing meeting, with its times in Stockholm time. */
export function draftOfMeeting(meeting: Meeting): MeetingDraft {
  const facts = factsOf(meeting);
  return { ...facts, joinUrl: facts.joinUrl ?? "", chairId: facts.chairId ?? "", secretaryId: facts.secretaryId ?? "", replyBy: facts.replyBy ?? "" };
}

/** What is wrong with a draft; the server checks again and its message is shown as it is. */
export function meetingDraftProblems(draft: MeetingDraft): DraftProblems {
  const problems: DraftProblems = {};
  for (const field of ["title", "date", "startTime", "endTime", "place"] as const) {
    if (!draft[field].trim()) problems[field] = "required";
  }
  if (draft.startTime && draft.endTime && draft.endTime <= draft.startTime) problems.endTime = "endBeforeStart";
  if (draft.joinUrl.trim() && !/^https?:\/\/\S+$/i.test(draft.joinUrl.trim())) problems.joinUrl = "link";
  if (draft.replyBy && draft.date && draft.replyBy >= draft.date) problems.replyBy = "replyAfterMeeting";
  return problems;
}

/**
 * The body of `POST /meetings` (empty optional fields left out) or of `PUT /meetings/{id}` (`clear`:
 * empty optional fields sent as null, which clears them).
 */
export function meetingInputOf(draft: MeetingDraft, clear: boolean): Record<string, string | null> {
  const body: Record<string, string | null> = {
    title: draft.title.trim(), date: draft.date, startTime: draft.startTime, endTime: draft.endTime, form: draft.form, place: draft.place.trim(),
  };
  const optional = { joinUrl: draft.joinUrl.trim(), chairId: draft.chairId, secretaryId: draft.secretaryId, replyBy: draft.replyBy };
  for (const [key, value] of Object.entries(optional)) {
    if (value) body[key] = value;
    else if (clear) body[key] = null;
  }
  return body;
}
