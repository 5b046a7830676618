import type { RetentionSettings } from "../config";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Repository, Stores } from "../storage/repository";
import { ConcurrencyError } from "../storage/storage-errors";

/** How many rows of each kind one run removed (or, for comments, cleared). */
export interface RetentionReport {
  botState: number;
  activityClaims: number;
  processedActions: number;
  answerComments: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const withoutComment = <T extends { comment?: string }>({ comment: _c, ...rest }: T): Omit<T, "comment"> => rest;

/** Runs a write that may lose to a concurrent one: the other writer's newer row simply stays. */
async function unlessChanged(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof ConcurrencyError) return false;
    throw error;
  }
}

/**
 * Deletes what is kept only for a while: bot state not written for `botStateDays`, handled card actions and
 * activity claims older than `processedDays`, and the comment of answers given more than `commentDays` ago
 * (the answer itself stays). Times come from the clock; every write is eTag-checked, so a row changed
 * meanwhile is left for the next run and several instances may run the job at once.
 */
export class RetentionJob {
  constructor(private readonly stores: Stores, private readonly clock: Clock, private readonly settings: RetentionSettings, private readonly logger: Logger) {}

  /** One pass over the tables. */
  async runOnce(): Promise<RetentionReport> {
    const now = this.clock.now();
    const cutoff = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
    const report: RetentionReport = {
      botState: await this.botState(cutoff(this.settings.botStateDays), now.toISOString()),
      activityClaims: await this.removeOld(this.stores.activityClaims, cutoff(this.settings.processedDays), (c) => c.claimedAt, (c) => [c.conversationId, c.activityId]),
      processedActions: await this.removeOld(this.stores.processedActions, cutoff(this.settings.processedDays), (a) => a.at, (a) => [a.meetingId, a.activityId]),
      answerComments: await this.answerComments(cutoff(this.settings.commentDays)),
    };
    this.logger.info({ report }, "retention job done");
    return report;
  }

  /** Runs `runOnce` every `minutes` until stopped (0 = never); the first run comes after one interval. */
  start(minutes: number): () => void {
    if (minutes <= 0) return () => undefined;
    const timer = setInterval(() => {
      this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, "retention job failed"));
    }, minutes * 60_000);
    timer.unref();
    return () => clearInterval(timer);
  }

  private async removeOld<T>(repository: Repository<T>, before: string, timeOf: (value: T) => string, keyOf: (value: T) => [string, string]): Promise<number> {
    let removed = 0;
    for await (const row of repository.scan()) {
      if (!(timeOf(row.value) < before)) continue;
      const [pk, rk] = keyOf(row.value);
      if (await unlessChanged(() => repository.remove(pk, rk, row.etag))) removed += 1;
    }
    return removed;
  }

  /** Rows written before the bot stamped its writes get today's stamp, so they go one period from now. */
  private async botState(before: string, now: string): Promise<number> {
    let removed = 0;
    for await (const row of this.stores.botState.scan()) {
      const { updatedAt } = row.value;
      if (updatedAt === undefined) await unlessChanged(() => this.stores.botState.replace({ ...row.value, updatedAt: now }, row.etag));
      else if (updatedAt < before && (await unlessChanged(() => this.stores.botState.remove("state", row.value.key, row.etag)))) removed += 1;
    }
    return removed;
  }

  private async answerComments(before: string): Promise<number> {
    let cleared = 0;
    for await (const row of this.stores.answers.scan()) {
      if (row.value.comment === undefined || !(row.value.answeredAt < before)) continue;
      if (await unlessChanged(() => this.stores.answers.replace(withoutComment(row.value), row.etag))) cleared += 1;
    }
    return cleared;
  }
}
