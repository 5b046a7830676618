import { assertAnswersOpen, buildRsvp } from "../domain/answering";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Rsvp, RsvpChannel } from "../domain/rsvp";
import { summarizeResponses, type ResponseSummary } from "../domain/rsvp-summary";
import type { Stores } from "../storage/repository";
import type { Directory } from "../register/directory";

/** Invitation answers: reading who comes, and recording one member's answer. */
export class Responses {
  constructor(private readonly stores: Stores, private readonly directory: Directory) {}

  /** Every invitee's answer, the totals and the organisations nobody comes from. */
  async summary(meeting: Meeting): Promise<ResponseSummary> {
    const [members, organisations, rsvps] = await Promise.all([
      this.directory.members(meeting.networkId),
      this.directory.organisations(meeting.networkId),
      this.stores.rsvps.list(meeting.id),
    ]);
    return summarizeResponses({ members, organisations, rsvps: rsvps.map((r) => r.value) });
  }

  /** A member's stored answer, if any. */
  async answerOf(meetingId: string, memberId: string): Promise<Rsvp | undefined> {
    return (await this.stores.rsvps.get(meetingId, memberId))?.value;
  }

  /** Checks an answer (open meeting, allowed member, valid input) and builds it without storing it. */
  prepare(member: Member, meeting: Meeting, input: { answer?: unknown; substituteName?: unknown; comment?: unknown }, channel: RsvpChannel, now: Date): Rsvp {
    assertAnswersOpen(meeting, now);
    return buildRsvp(member, input, channel, now);
  }

  /** Stores an answer; each member has their own row, so answers never contend. */
  async save(meetingId: string, rsvp: Rsvp): Promise<void> {
    await this.stores.rsvps.upsert({ ...rsvp, meetingId });
  }
}
