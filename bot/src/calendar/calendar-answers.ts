import { answerFromCalendar, calendarAnswerWins, type CalendarAttendee } from "../domain/calendar-answer";
import { assertAnswersOpen } from "../domain/answering";
import type { Clock } from "../domain/clock";
import type { Meeting } from "../domain/meeting";
import { may } from "../domain/roles";
import type { Logger } from "../logger";
import type { Answer } from "../domain/answer";
import type { Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";

/** Told when an answer from the calendar became a member's answer (cards and the summary are brought up to date). */
export type CalendarAnswerListener = (meeting: Meeting, memberId: string) => void;

/** What one event's attendees changed. */
export interface CalendarAnswerRun {
  applied: number;
  /** Answers kept in the history only, because the member answered later on the card or in the tab. */
  older: number;
}

/**
 * Turns Outlook answers (accept / tentative / decline on the calendar invitation) into members' answers with
 * channel `calendar`, unless they answered later elsewhere; every answer stays in the answer history.
 */
export class CalendarAnswers {
  private listener: CalendarAnswerListener = () => undefined;

  constructor(private readonly deps: { stores: Stores; logger: Logger; clock: Clock }) {}

  /** Sets who is told after an answer is applied. */
  listen(listener: CalendarAnswerListener): void {
    this.listener = listener;
  }

  /** Applies the attendees of the event with this id, if it is a meeting's event. */
  async applyEvent(event: { id?: string; attendees?: CalendarAttendee[] }): Promise<CalendarAnswerRun> {
    const run = { applied: 0, older: 0 };
    if (!event.id || !event.attendees) return run;
    const [record] = await this.deps.stores.calendarEvents.where("eventId", event.id);
    if (!record || record.value.cancelled) return run;
    const [meeting] = await this.deps.stores.meetings.where("meetingId", record.value.meetingId);
    if (!meeting) return run;
    try {
      assertAnswersOpen(meeting.value, this.deps.clock.now());
    } catch {
      return run;
    }
    const members = (await this.deps.stores.members.list(meeting.value.networkId)).map((m) => m.value);
    const byEmail = new Map(members.filter((m) => m.email && may(m, "answer-invitation")).map((m) => [m.email!.trim().toLowerCase(), m]));
    for (const attendee of event.attendees) {
      const member = byEmail.get(attendee.emailAddress?.address?.trim().toLowerCase() ?? "");
      const answer = member && answerFromCalendar(member, attendee);
      if (!member || !answer) continue;
      await this.deps.stores.answerHistory.upsert({ ...answer, meetingId: meeting.value.id });
      const outcome = await this.save(meeting.value.id, answer);
      if (outcome !== "applied") {
        if (outcome === "older") run.older += 1;
        continue;
      }
      run.applied += 1;
      this.deps.logger.info({ meetingId: meeting.value.id, memberId: member.aadObjectId, answer: answer.answer, tentative: Boolean(answer.tentative) }, "answer from the calendar");
      this.listener(meeting.value, member.aadObjectId);
    }
    return run;
  }

  // eTag-checked, so a card or tab answer written meanwhile is compared again instead of overwritten.
  private async save(meetingId: string, answer: Answer): Promise<"applied" | "older" | "same"> {
    const { answers } = this.deps.stores;
    return withConflictRetry(async () => {
      const stored = await answers.get(meetingId, answer.memberId);
      if (!calendarAnswerWins(stored?.value, answer)) return stored && Date.parse(stored.value.answeredAt) > Date.parse(answer.answeredAt) ? "older" : "same";
      if (!stored) {
        await answers.create({ ...answer, meetingId });
      } else {
        // The answer it replaces stays in the history (card and tab answers are written there only now).
        if (stored.value.channel !== "calendar") await this.deps.stores.answerHistory.upsert({ ...stored.value, meetingId });
        await answers.replace({ ...answer, meetingId }, stored.etag);
      }
      return "applied";
    });
  }
}
