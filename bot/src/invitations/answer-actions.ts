import { createIfAbsent } from "../storage/create-if-absent";
import { assertAnswersOpen } from "../domain/answering";
import { isAppError } from "../domain/errors";
import { isAnswerVerb } from "../domain/invitation";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Language } from "../domain/network";
import type { Logger } from "../logger";
import type { Directory } from "../register/directory";
import type { Meetings } from "../meetings/meetings";
import type { Answers } from "./answers";
import type { Stores } from "../storage/repository";
import { noticeCard, type Card } from "../shared/card-parts";
import { invitationTexts } from "./texts";
import type { InvitationViews } from "./invitation-views";

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
    const found = await attempt(async () => (await this.deps.meetings.get(meetingId)).value, language);
    if (!found.ok) return noticeCard(found.error);
    const meeting = found.value;
    const membership = await attempt(() => this.deps.directory.requireMember(press.from, meeting.networkId), language);
    if (!membership.ok) return noticeCard(membership.error);
    const member = membership.value;
    if (press.data.memberId !== member.aadObjectId) return noticeCard(t.notYourCard);

    const view = await this.deps.views.view(meeting);
    const card = (options: { mode?: "edit"; error?: string } = {}) => this.deps.views.card(view, member.aadObjectId, { language, now, ...options });
    if (press.verb === "rsvp.change") {
      const open = await attempt(() => assertAnswersOpen(meeting, now), language);
      return open.ok ? card({ mode: "edit" }) : card({ error: open.error });
    }
    const prepared = await attempt(() => this.deps.answers.prepare(member, meeting, press.data, "card", now), language);
    if (!prepared.ok) return card({ mode: "edit", error: prepared.error });
    const rsvp = prepared.value;
    if (!(await this.claim(meeting, member, press))) return card();
    try {
      await this.deps.answers.save(meeting.id, rsvp);
    } catch (error) {
      if (press.activityId) await this.deps.stores.processedActions.remove(meeting.id, press.activityId).catch(() => undefined);
      throw error;
    }
    this.deps.logger.info({ meetingId: meeting.id, memberId: member.aadObjectId, answer: rsvp.answer }, "invitation answered on the card");
    this.deps.onAnswered(meeting, member.aadObjectId);
    return card();
  }

  /** Claims the activity id; false when the same activity was handled already (a repeated delivery). */
  private async claim(meeting: Meeting, member: Member, press: AnswerPress): Promise<boolean> {
    if (!press.activityId) return true;
    const claimed = await createIfAbsent(this.deps.stores.processedActions, {
      meetingId: meeting.id, activityId: press.activityId, memberId: member.aadObjectId, verb: String(press.verb), at: press.now.toISOString(),
    });
    return claimed !== undefined;
  }
}
