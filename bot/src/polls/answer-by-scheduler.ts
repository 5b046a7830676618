import { answerByReminderDue } from "../domain/answer-by";
import type { Clock } from "../domain/clock";
import type { DateFindingService } from "../date-finding/date-finding-service";
import type { Logger } from "../logger";
import { PeriodicPass } from "../shared/periodic-pass";
import type { Stores } from "../storage/repository";
import type { PollService } from "./poll-service";
import type { PollStore } from "./poll-store";

/** What one pass wrote: reminders newly queued, and those an earlier pass or another instance already wrote. */
export interface AnswerByRun {
  queued: number;
  alreadyQueued: number;
}

/**
 * The one automatic reminder of polls and date polls with an answer-by time, `daysBefore` days before it
 * (the network's own choice when it made one), to those who have not answered. It goes through the same
 * code as the coordinator's reminder, under outbox keys of poll and person, so restarts and several server
 * instances write it once.
 */
export class AnswerByReminderScheduler {
  private readonly passes: PeriodicPass;

  constructor(
    private readonly deps: { stores: Stores; polls: PollStore; pollService: PollService; dateFinding: DateFindingService; logger: Logger; clock: Clock; daysBefore: number },
  ) {
    this.passes = new PeriodicPass(() => this.runOnce(deps.clock.now()), deps.logger, "answer-by reminder pass failed");
  }

  /** Runs a pass every `intervalMinutes` (0 = never) until stopped, never two at once. */
  start(intervalMinutes: number): void {
    this.passes.start(intervalMinutes);
  }

  /** Stops the timer. */
  stop(): void {
    this.passes.stop();
  }

  /** One pass over every network's open polls and date polls whose reminder is due at `now`. */
  async runOnce(now: Date): Promise<AnswerByRun> {
    const run: AnswerByRun = { queued: 0, alreadyQueued: 0 };
    const add = (report: { queued: number; alreadyQueued: number }) => {
      run.queued += report.queued;
      run.alreadyQueued += report.alreadyQueued;
    };
    for (const network of await this.deps.stores.networks.list("network")) {
      const daysBefore = network.value.settings?.reminderDaysBefore ?? this.deps.daysBefore;
      for (const poll of (await this.deps.polls.list(network.value.id)).filter((p) => answerByReminderDue(p, now, daysBefore))) {
        add(await this.deps.pollService.autoRemind(poll, now));
      }
      const datePolls = (await this.deps.stores.datePolls.list(network.value.id)).map((r) => r.value);
      for (const datePoll of datePolls.filter((p) => answerByReminderDue(p, now, daysBefore))) {
        add(await this.deps.dateFinding.autoRemind(datePoll, now));
      }
    }
    if (run.queued > 0) this.deps.logger.info({ ...run }, "answer-by reminders queued");
    return run;
  }
}
