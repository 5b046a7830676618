import { assertAnswersOpen } from "../domain/answering";
import { isAppError } from "../domain/errors";
import { isAnswerVerb } from "../domain/invitation";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Language } from "../domain/network";
import type { Logger } from "../logger";
import { notAMember, type Directory } from "../register/directory";
import type { Meetings } from "../meetings/meetings";
import type { Answers } from "./answers";
import type { Stores } from "../storage/repository";
import { AlreadyExistsError } from "../storage/storage-errors";
import type { Answer } from "../domain/answer";
import { noticeCard, type Card } from "../shared/card-parts";
import { invitationTexts } from "./texts";
import type { InvitationViews, MeetingView } from "./invitation-views";

/** A press on an invitation card button, from an `Action.Execute` invoke or an `Action.Submit` message. */
export interface AnswerPress {
  verb: unknown;
  data: Record<string, unknown>;
  /** `from.aadObjectId` of the activity: who pressed. */
  from?: string;
  activityId?: string;
  language: Language;
  now: Date;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs a step and turns an AppError (a refusal meant for the user) into its text in the language. */
async function attempt<T>(step: () => Promise<T> | T, language: Language): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await step() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.text[language] };
    throw error;
  }
}

/**
 * Handles the invitation card's buttons on the server's terms: the presser must be the invitee the card
 * names and a member, the verb one of the card's, the meeting known and not started. An answer is stored
 * once per activity id (a repeated delivery gets the same card without a second write). Returns the card
 * to show in place of the pressed one.
 */
export class AnswerActions {
  constructor(
    private readonly deps: {
      stores: Stores;
      directory: Directory;
      meetings: Meetings;
      answers: Answers;
      views: InvitationViews;
      onAnswered: (meeting: Meeting, memberId: string) => void;
      logger: Logger;
    },
  ) {}

  /** The card that answers a press. */
  async press(press: AnswerPress): Promise<Card> {
    const { language, now } = press;
    const t = invitationTexts[language];
    if (!isAnswerVerb(press.verb)) return noticeCard(t.unknownAction);
    const meetingId = typeof press.data.meetingId === "string" ? press.data.meetingId : "";
    // The meeting as read a few seconds ago at most (many answer at once after an invitation goes out).
    const found = await attempt(async () => (await this.deps.meetings.recentGet(meetingId)).value, language);
    if (!found.ok) return noticeCard(found.error);
    const meeting = found.value;
    // The directory (as read recently: a press must not cost a read of the whole member list) and the
    // meeting's own rows (agenda, answers, invitations) are read once, at the same time. A missing network is
    // reported only after the membership check, as when it was read later.
    const [members, networkRead, rows] = await Promise.all([
      this.deps.directory.recentMembers(meeting.networkId),
      this.deps.directory.recentNetwork(meeting.networkId).then((value) => ({ value }), (error: unknown) => ({ error })),
      this.deps.stores.meetingPartition.read(meeting.id, ["agenda", "answers", "invitations"]),
    ]);
    const membership = await attempt(() => activeMember(members, press.from), language);
    if (!membership.ok) return noticeCard(membership.error);
    const member = membership.value;
    if (press.data.memberId !== member.aadObjectId) return noticeCard(t.notYourCard);

    if ("error" in networkRead) throw networkRead.error;
    const network = networkRead.value;
    const agenda = rows.agenda.map(({ value: { meetingId: _m, ...item } }) => item).sort((a, b) => a.number - b.number);
    const view: MeetingView = { meeting, agenda, network, members };
    const calendarKey = rows.invitations.find((r) => r.value.memberId === member.aadObjectId)?.value.calendarKey;
    const stored = rows.answers.find((r) => r.value.memberId === member.aadObjectId)?.value;
    const answered = stored ? unscopedAnswer(stored) : undefined;
    const card = (options: { mode?: "edit"; error?: string } = {}, rsvp: Answer | undefined = answered) =>
      this.deps.views.card(view, member.aadObjectId, { language, now, ...options, known: { calendarKey, rsvp } });
    if (press.verb === "rsvp.change") {
      const open = await attempt(() => assertAnswersOpen(meeting, now), language);
      return open.ok ? card({ mode: "edit" }) : card({ error: open.error });
    }
    const prepared = await attempt(() => this.deps.answers.prepare(member, meeting, press.data, "card", now), language);
    if (!prepared.ok) return card({ mode: "edit", error: prepared.error });
    const rsvp = prepared.value;
    if (!(await this.claimAndSave(meeting, member, press, rsvp))) {
      return this.deps.views.card(view, member.aadObjectId, { language, now, calendarKey });
    }
    this.deps.logger.info({ meetingId: meeting.id, memberId: member.aadObjectId, answer: rsvp.answer }, "invitation answered on the card");
    this.deps.onAnswered(meeting, member.aadObjectId);
    return card({}, rsvp);
  }

  /**
   * Claims the activity id and stores the answer in one transaction of the meeting's partition (both or
   * neither); false when the same activity was handled already (a repeated delivery).
   */
  private async claimAndSave(meeting: Meeting, member: Member, press: AnswerPress, rsvp: Answer): Promise<boolean> {
    if (!press.activityId) {
      await this.deps.answers.save(meeting.id, rsvp);
      return true;
    }
    const claim = { meetingId: meeting.id, activityId: press.activityId, memberId: member.aadObjectId, verb: String(press.verb), at: press.now.toISOString() };
    try {
      await this.deps.stores.meetingPartition.write(meeting.id, [
        { kind: "processedActions", op: "create", value: claim },
        { kind: "answers", op: "upsert", value: { ...rsvp, meetingId: meeting.id } },
      ]);
      return true;
    } catch (error) {
      if (error instanceof AlreadyExistsError) return false;
      throw error;
    }
  }
}

/** The caller's active membership among the network's members, or the polite not-a-member refusal. */
function activeMember(members: readonly Member[], aadObjectId: string | undefined): Member {
  const member = aadObjectId ? members.find((m) => m.aadObjectId === aadObjectId) : undefined;
  if (!member?.active) throw notAMember();
  return member;
}

/** An answer without the partition's meeting id. */
function unscopedAnswer({ meetingId: _m, ...rsvp }: Answer & { meetingId: string }): Answer {
  return rsvp;
}
