import { remindersDue } from "../domain/invitation";
import type { Meeting } from "../domain/meeting";
import { formatDateTime } from "../domain/time";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import { PeriodicPass } from "../shared/periodic-pass";
import type { Stores } from "../storage/repository";
import { meetingWhen } from "../shared/card-parts";
import type { Outbox, OutboxOutcome } from "../outbox/outbox";
import { invitationTexts } from "./texts";
import type { InvitationViews } from "./invitation-views";

/** What one pass of the scheduler did. */
export interface ReminderRun {
  /** Reminders delivered in this pass (new ones and earlier ones retried). */
  sent: number;
  /** Reminders already written by an earlier pass or another instance. */
  alreadyClaimed: number;
  /** Reminders whose delivery failed in this pass (tried again later, or given up). */
  unreachable: number;
}

/** The outbox topic of invitation reminders. */
export const REMINDER_TOPIC = "invitation-reminder";

/**
 * Sends one reminder to each invitee who has not answered, `daysBefore` days before the reply-by day (the
 * network's own choice when it made one).
 * Each reminder is written to the outbox under a key of meeting and invitee, so restarts and several server
 * instances over the same store write it once; the outbox delivers it at least once, retrying failures.
 */
export class ReminderScheduler {
  private readonly passes: PeriodicPass;

  constructor(
    private readonly deps: { stores: Stores; outbox: Outbox; views: InvitationViews; logger: Logger; clock: Clock; daysBefore: number },
  ) {
    this.passes = new PeriodicPass(() => this.runOnce(deps.clock.now()), deps.logger, "reminder pass failed");
  }

  /** Runs a pass every `intervalMinutes` (0 = never) until stopped, never two at once. */
  start(intervalMinutes: number): void {
    this.passes.start(intervalMinutes);
  }

  /** Stops the timer. */
  stop(): void {
    this.passes.stop();
  }

  /** One pass over every network's invited meetings whose reminders are due at `now`. */
  async runOnce(now: Date): Promise<ReminderRun> {
    const run: ReminderRun = { sent: 0, alreadyClaimed: 0, unreachable: 0 };
    const networks = await this.deps.stores.networks.list("network");
    for (const network of networks) {
      const meetings = await this.deps.stores.meetings.list(network.value.id);
      const daysBefore = network.value.settings?.reminderDaysBefore ?? this.deps.daysBefore;
      for (const meeting of meetings.map((m) => m.value).filter((m) => remindersDue(m, now, daysBefore))) {
        await this.remind(meeting, now, run);
      }
    }
    count(run, await this.deps.outbox.deliverDue(now));
    if (run.sent > 0) this.deps.logger.info({ ...run }, "invitation reminders sent");
    return run;
  }

  private async remind(meeting: Meeting, now: Date, run: ReminderRun): Promise<void> {
    const { stores, outbox, views } = this.deps;
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
      const language = network ? await views.languageOf(invitation.memberId, network.value) : "sv";
      const t = invitationTexts[language];
      const text = t.reminder(meeting.title, meetingWhen(meeting, language), formatDateTime(meeting.replyByUtc ?? meeting.startUtc, language));
      const written = await outbox.enqueue({
        scope: meeting.id,
        key: `${REMINDER_TOPIC}|${invitation.memberId}`,
        topic: REMINDER_TOPIC,
        recipient: { kind: "user", id: invitation.memberId },
        activity: { type: "message", text },
      }, now);
      if (written === "exists") run.alreadyClaimed += 1;
    }
  }
}

/** Adds the pass's reminder deliveries to the run. */
function count(run: ReminderRun, outcomes: readonly OutboxOutcome[]): void {
  for (const { status } of outcomes.filter((o) => o.message.topic === REMINDER_TOPIC)) {
    if (status === "sent") run.sent += 1;
    else run.unreachable += 1;
  }
}
