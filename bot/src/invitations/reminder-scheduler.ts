import { createIfAbsent } from "../storage/create-if-absent";
import { randomUUID } from "node:crypto";
import { remindersDue } from "../domain/invitation";
import type { Meeting } from "../domain/meeting";
import { formatDateTime } from "../domain/time";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";
import { meetingWhen } from "../shared/card-parts";
import type { Notifier } from "../teams/notifier";
import { invitationTexts } from "./texts";
import type { InvitationViews } from "./invitation-views";

/** What one pass of the scheduler did. */
export interface ReminderRun {
  sent: number;
  alreadyClaimed: number;
  unreachable: number;
}

/**
 * Sends one reminder to each invitee who has not answered, `daysBefore` days before the reply-by day.
 * Each reminder is claimed first by creating its row (a create fails when the row exists), so restarts
 * and several server instances over the same store never send two.
 */
export class ReminderScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<ReminderRun>;
  private readonly instanceId = randomUUID();

  constructor(
    private readonly deps: { stores: Stores; notifier: Notifier; views: InvitationViews; logger: Logger; clock: Clock; daysBefore: number },
  ) {}

  /** Runs a pass every `intervalMinutes` (0 = never) until stopped. */
  start(intervalMinutes: number): void {
    if (intervalMinutes <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce(this.deps.clock.now())
        .catch((error: unknown) => {
          this.deps.logger.error({ err: error }, "reminder pass failed");
          return { sent: 0, alreadyClaimed: 0, unreachable: 0 };
        })
        .finally(() => (this.running = undefined));
    }, intervalMinutes * 60_000);
    this.timer.unref();
  }

  /** Stops the timer. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One pass over every network's invited meetings whose reminders are due at `now`. */
  async runOnce(now: Date): Promise<ReminderRun> {
    const run: ReminderRun = { sent: 0, alreadyClaimed: 0, unreachable: 0 };
    const networks = await this.deps.stores.networks.list("network");
    for (const network of networks) {
      const meetings = await this.deps.stores.meetings.list(network.value.id);
      for (const meeting of meetings.map((m) => m.value).filter((m) => remindersDue(m, now, this.deps.daysBefore))) {
        await this.remind(meeting, now, run);
      }
    }
    if (run.sent > 0) this.deps.logger.info({ ...run }, "invitation reminders sent");
    return run;
  }

  private async remind(meeting: Meeting, now: Date, run: ReminderRun): Promise<void> {
    const { stores, notifier, views } = this.deps;
    const [invitations, answers, members, network] = await Promise.all([
      stores.invitations.list(meeting.id),
      stores.answers.list(meeting.id),
      stores.members.list(meeting.networkId),
      stores.networks.get("network", meeting.networkId),
    ]);
    const answered = new Set(answers.map((r) => r.value.memberId));
    const active = new Set(members.filter((m) => m.value.active && m.value.role !== "guest").map((m) => m.value.aadObjectId));
    const due = invitations.map((i) => i.value).filter((i) => i.activityId && active.has(i.memberId) && !answered.has(i.memberId));
    for (const invitation of due) {
      const claim = await createIfAbsent(stores.reminders, { meetingId: meeting.id, memberId: invitation.memberId, claimedBy: this.instanceId, claimedAt: now.toISOString(), status: "claimed" });
      if (!claim) {
        run.alreadyClaimed += 1;
        continue;
      }
      const language = network ? await views.languageOf(invitation.memberId, network.value) : "sv";
      const t = invitationTexts[language];
      const text = t.reminder(meeting.title, meetingWhen(meeting, language), formatDateTime(meeting.replyByUtc ?? meeting.startUtc, language));
      const result = await notifier.sendToUser(invitation.memberId, { type: "message", text });
      if (result.status === "sent") {
        await stores.reminders.replace({ ...claim.value, status: "sent", activityId: result.activityId }, claim.etag);
        run.sent += 1;
      } else {
        // Not delivered: give the claim back so that a later pass can try again.
        await stores.reminders.remove(meeting.id, invitation.memberId, claim.etag);
        run.unreachable += 1;
      }
    }
  }
}
