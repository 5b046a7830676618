import { randomUUID } from "node:crypto";
import type { Activity } from "botbuilder";
import type { Logger } from "../logger";
import { mapLimit } from "../shared/map-limit";
import { createIfAbsent } from "../storage/create-if-absent";
import type { Repository, Stored } from "../storage/repository";
import type { OutboxMessage, OutboxRecipient } from "../storage/records/outbox";
import { ConcurrencyError } from "../storage/storage-errors";
import type { DeliveryResult, Notifier } from "../teams/notifier";
import { retryDelayMs } from "./backoff";

/** A message a feature wants delivered: its deterministic key makes writing it twice harmless. */
export interface OutboxItem {
  scope: string;
  key: string;
  topic: string;
  recipient: OutboxRecipient;
  subject?: string;
  activity: Partial<Activity>;
}

/** What one delivery attempt did. */
export interface OutboxOutcome {
  message: OutboxMessage;
  status: "sent" | "retrying" | "failed";
}

/** The outbox's settings: how often a message is tried, and how long a claim holds (longer than a send may take). */
export interface OutboxSettings {
  maxAttempts: number;
  claimMs: number;
}

// Connector calls in flight at once during a pass.
const PARALLEL_SENDS = 8;

/**
 * Delivers proactive messages at least once. A message is written first (one row per key), then claimed
 * with an eTag-checked update that holds until a deadline, sent, and marked sent. A failed send is tried
 * again later with backoff (and no sooner than the Bot Connector's Retry-After) until `maxAttempts`; a claim
 * left by an instance that stopped mid-send expires and another instance takes the message over.
 */
export class Outbox {
  private readonly instanceId = randomUUID();

  constructor(
    private readonly repository: Repository<OutboxMessage>,
    private readonly notifier: Notifier,
    private readonly logger: Logger,
    private readonly settings: OutboxSettings,
  ) {}

  /** Writes the message unless its key exists; "exists" when it was already written (by anyone). */
  async enqueue(item: OutboxItem, now: Date): Promise<"queued" | "exists"> {
    const message: OutboxMessage = {
      ...item,
      activity: item.activity as Record<string, unknown>,
      state: "pending",
      createdAt: now.toISOString(),
      attempts: 0,
      nextAttemptAt: now.toISOString(),
    };
    return (await createIfAbsent(this.repository, message)) ? "queued" : "exists";
  }

  /** Every message written in a scope, in any state. */
  async list(scope: string): Promise<OutboxMessage[]> {
    return (await this.repository.list(scope)).map((m) => m.value);
  }

  /** Tries every message due at `now` that nobody holds; the outcomes of the attempts this call made. */
  async deliverDue(now: Date): Promise<OutboxOutcome[]> {
    const pending = await this.repository.where("state", "pending");
    const due = pending.filter((m) => isDue(m.value, now));
    const outcomes = await mapLimit(due, PARALLEL_SENDS, (m) => this.attempt(m, now));
    return outcomes.flatMap((o) => o ?? []);
  }

  private async attempt(stored: Stored<OutboxMessage>, now: Date): Promise<OutboxOutcome | undefined> {
    const claim = await this.claim(stored, now);
    if (!claim) return undefined;
    const { recipient, activity } = claim.value;
    const result = recipient.kind === "user" ? await this.notifier.sendToUser(recipient.id, activity) : await this.notifier.sendToChat(recipient.id, activity);
    const outcome = this.afterAttempt(claim.value, result, now);
    try {
      await this.repository.replace(outcome.message, claim.etag);
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      // Our claim ran out and another instance took the message over: it decides what happens next.
      this.logger.warn({ key: outcome.message.key, status: outcome.status }, "outbox claim expired during the attempt");
    }
    const log = { scope: outcome.message.scope, key: outcome.message.key, attempts: outcome.message.attempts, status: outcome.status };
    if (outcome.status === "sent") this.logger.info(log, "outbox message sent");
    else this.logger.warn({ ...log, error: outcome.message.lastError, nextAttemptAt: outcome.message.nextAttemptAt }, "outbox message not delivered");
    return outcome;
  }

  /** Takes the message for this instance until the claim deadline; undefined when another instance was first. */
  private async claim(stored: Stored<OutboxMessage>, now: Date): Promise<Stored<OutboxMessage> | undefined> {
    const value: OutboxMessage = {
      ...stored.value,
      attempts: stored.value.attempts + 1,
      claim: { by: this.instanceId, until: new Date(now.getTime() + this.settings.claimMs).toISOString() },
    };
    try {
      return await this.repository.replace(value, stored.etag);
    } catch (error) {
      if (error instanceof ConcurrencyError) return undefined;
      throw error;
    }
  }

  private afterAttempt(message: OutboxMessage, result: DeliveryResult, now: Date): OutboxOutcome {
    const rest: OutboxMessage = { ...message, claim: undefined };
    if (result.status === "sent") {
      return { status: "sent", message: { ...rest, state: "sent", sentAt: now.toISOString(), activityId: result.activityId, conversationId: result.conversationId } };
    }
    const lastError = { reason: result.reason, detail: result.detail, statusCode: result.statusCode, at: now.toISOString() };
    if (message.attempts >= this.settings.maxAttempts) return { status: "failed", message: { ...rest, state: "failed", lastError } };
    const next = new Date(now.getTime() + retryDelayMs(message.attempts, result.retryAfterMs)).toISOString();
    return { status: "retrying", message: { ...rest, nextAttemptAt: next, lastError } };
  }
}

/** True when the message may be tried at `now`: its time has come and no live claim holds it. */
function isDue(message: OutboxMessage, now: Date): boolean {
  if (message.state !== "pending" || Date.parse(message.nextAttemptAt) > now.getTime()) return false;
  return !message.claim || Date.parse(message.claim.until) <= now.getTime();
}
