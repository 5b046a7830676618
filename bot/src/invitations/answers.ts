import { assertAnswersOpen, buildAnswer } from "../domain/answering";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Answer, AnswerChannel } from "../domain/answer";
import { summarizeAnswers, type AnswerSummary } from "../domain/answer-summary";
import type { Stores } from "../storage/repository";
import type { Directory } from "../register/directory";

/** Invitation answers: reading who comes, and recording one member's answer. */
export class Answers {
  constructor(private readonly stores: Stores, private readonly directory: Directory) {}

  /** Every invitee's answer, the totals and the organisations nobody comes from. */
  async summary(meeting: Meeting): Promise<AnswerSummary> {
    const [members, organisations, answers] = await Promise.all([
      this.directory.members(meeting.networkId),
      this.directory.organisations(meeting.networkId),
      this.stores.answers.list(meeting.id),
    ]);
    return summarizeAnswers({ members, organisations, answers: answers.map((r) => r.value) });
  }

  /** A member's stored answer, if any. */
  async answerOf(meetingId: string, memberId: string): Promise<Answer | undefined> {
    return (await this.stores.answers.get(meetingId, memberId))?.value;
  }

  /** Checks an answer (open meeting, allowed member, valid input) and builds it without storing it. */
  prepare(member: Member, meeting: Meeting, input: { answer?: unknown; substituteName?: unknown; comment?: unknown }, channel: AnswerChannel, now: Date): Answer {
    assertAnswersOpen(meeting, now);
    return buildAnswer(member, input, channel, now);
  }

  /** Stores an answer; each member has their own row, so answers never contend. */
  async save(meetingId: string, rsvp: Answer): Promise<void> {
    await this.stores.answers.upsert({ ...rsvp, meetingId });
  }
}
