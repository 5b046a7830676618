import { randomBytes, timingSafeEqual } from "node:crypto";
import type { CalendarAttendee } from "../domain/calendar-answer";
import type { Clock } from "../domain/clock";
import { PeriodicPass } from "../shared/periodic-pass";
import type { GraphClient } from "../graph/graph-client";
import { GraphError, graphFailureOf } from "../graph/graph-errors";
import type { Logger } from "../logger";
import type { GraphSyncState } from "../storage/records/graph";
import type { Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import type { CalendarAnswers } from "./calendar-answers";

/** What one pass did. */
export interface CalendarSyncRun {
  subscription: "created" | "renewed" | "kept" | "none" | "failed";
  polled: number;
  applied: number;
}

/** A change notification as Graph posts it. */
export interface ChangeNotification {
  subscriptionId?: string;
  clientState?: string;
  changeType?: string;
  resource?: string;
  resourceData?: { id?: string };
}

// Outlook events allow subscriptions of up to 7 days; three days with renewal a day before the end.
const SUBSCRIPTION_MS = 3 * 24 * 3600_000;
const RENEW_BEFORE_MS = 24 * 3600_000;
const DELTA_WINDOW_PAST_MS = 24 * 3600_000;
const DELTA_WINDOW_FUTURE_MS = 400 * 24 * 3600_000;

interface GraphEvent {
  id?: string;
  attendees?: CalendarAttendee[];
  "@removed"?: unknown;
}

/**
 * Reads answers from the organizer's calendar: with a public notification URL through a Graph subscription
 * (validation handshake, `clientState` checked, renewed before it expires), otherwise by polling with delta
 * queries. Runs on the injected clock's time; all state (delta link, subscription) lives in the store.
 */
export class CalendarSync {
  private readonly passes: PeriodicPass;

  constructor(
    private readonly deps: { stores: Stores; client: GraphClient; organizer: string; answers: CalendarAnswers; notificationUrl?: string; logger: Logger; clock: Clock },
  ) {
    this.passes = new PeriodicPass(() => this.runOnce(), deps.logger, "calendar sync pass failed");
  }

  /** Runs a pass every `intervalMinutes` (0 = never) until stopped, never two at once. */
  start(intervalMinutes: number): void {
    this.passes.start(intervalMinutes);
  }

  /** Stops the timer. */
  stop(): void {
    this.passes.stop();
  }

  /** One pass: keeps the subscription alive when there is a notification URL, else reads the calendar's changes. */
  async runOnce(): Promise<CalendarSyncRun> {
    const run: CalendarSyncRun = { subscription: "none", polled: 0, applied: 0 };
    try {
      if (this.deps.notificationUrl) run.subscription = await this.keepSubscription();
      if (run.subscription === "none" || run.subscription === "failed") await this.poll(run);
      await this.note(undefined);
    } catch (error) {
      const failure = graphFailureOf(error, this.deps.clock.now());
      this.deps.logger.error({ graph: failure }, "answers from the calendar not read");
      await this.note(failure);
    }
    return run;
  }

  /**
   * Checks a notification POST's clientState and reads the notified events in the background (Graph wants its
   * answer within seconds); `accepted` counts the genuine notifications, `done` settles when they are applied.
   */
  async notified(notifications: readonly ChangeNotification[]): Promise<{ accepted: number; done: Promise<void> }> {
    const state = (await this.state())?.value.subscription;
    const genuine = notifications.filter((n) => state && n.subscriptionId === state.id && sameSecret(n.clientState, state.clientState));
    if (genuine.length < notifications.length) this.deps.logger.warn({ refused: notifications.length - genuine.length }, "change notifications with a wrong clientState ignored");
    return { accepted: genuine.length, done: this.apply(genuine) };
  }

  private async apply(notifications: readonly ChangeNotification[]): Promise<void> {
    for (const n of notifications) {
      const id = n.resourceData?.id;
      if (!id || n.changeType === "deleted") continue;
      try {
        const event = await this.deps.client.get<GraphEvent>(`${this.base()}/events/${encodeURIComponent(id)}?$select=id,attendees`);
        await this.deps.answers.applyEvent(event);
      } catch (error) {
        if (!(error instanceof GraphError && error.kind === "not-found")) this.deps.logger.error({ graph: graphFailureOf(error, this.deps.clock.now()) }, "notified event not read");
      }
    }
  }

  /** The stored sync state (delta link, subscription, last failure). */
  async state() {
    return this.deps.stores.graphSync.get("graph", this.key());
  }

  private async keepSubscription(): Promise<CalendarSyncRun["subscription"]> {
    const now = this.deps.clock.now().getTime();
    const current = (await this.state())?.value.subscription;
    const expirationDateTime = new Date(now + SUBSCRIPTION_MS).toISOString();
    try {
      if (current && Date.parse(current.expiresAt) - now > RENEW_BEFORE_MS) return "kept";
      if (current && Date.parse(current.expiresAt) > now) {
        try {
          await this.deps.client.request("PATCH", `/subscriptions/${encodeURIComponent(current.id)}`, { body: { expirationDateTime } });
          await this.update((s) => ({ ...s, subscription: { ...current, expiresAt: expirationDateTime } }));
          this.deps.logger.info({ subscriptionId: current.id, expirationDateTime }, "calendar subscription renewed");
          return "renewed";
        } catch (error) {
          if (!(error instanceof GraphError && error.kind === "not-found")) throw error;
        }
      }
      const clientState = randomBytes(24).toString("base64url");
      const created = (await this.deps.client.request<{ id: string; expirationDateTime: string }>("POST", "/subscriptions", {
        body: { changeType: "updated,deleted", notificationUrl: this.deps.notificationUrl, resource: `${this.base()}/events`, expirationDateTime, clientState },
      })).body;
      await this.update((s) => ({ ...s, subscription: { id: created.id, expiresAt: created.expirationDateTime ?? expirationDateTime, clientState } }));
      this.deps.logger.info({ subscriptionId: created.id }, "calendar subscription created");
      return "created";
    } catch (error) {
      this.deps.logger.error({ graph: graphFailureOf(error, this.deps.clock.now()) }, "calendar subscription not kept; polling instead");
      return "failed";
    }
  }

  private async poll(run: CalendarSyncRun): Promise<void> {
    const now = this.deps.clock.now().getTime();
    const stored = (await this.state())?.value.deltaLink;
    const first = `${this.base()}/calendarView/delta?startDateTime=${new Date(now - DELTA_WINDOW_PAST_MS).toISOString()}&endDateTime=${new Date(now + DELTA_WINDOW_FUTURE_MS).toISOString()}`;
    let result: { items: GraphEvent[]; deltaLink?: string };
    try {
      result = await this.deps.client.all<GraphEvent>(stored ?? first);
    } catch (error) {
      // An expired delta token (410 Gone) starts a new round.
      if (!(stored && error instanceof GraphError && error.status === 410)) throw error;
      result = await this.deps.client.all<GraphEvent>(first);
    }
    for (const event of result.items.filter((e) => e.id && !e["@removed"])) {
      const [known] = await this.deps.stores.calendarEvents.where("eventId", event.id!);
      if (!known) continue;
      run.polled += 1;
      const full = event.attendees ? event : await this.deps.client.get<GraphEvent>(`${this.base()}/events/${encodeURIComponent(event.id!)}?$select=id,attendees`);
      run.applied += (await this.deps.answers.applyEvent(full)).applied;
    }
    if (result.deltaLink) await this.update((s) => ({ ...s, deltaLink: result.deltaLink }));
  }

  private async note(lastFailure: GraphSyncState["lastFailure"]): Promise<void> {
    const current = (await this.state())?.value;
    if (!current?.lastFailure && !lastFailure) return;
    await this.update((s) => ({ ...s, lastFailure }));
  }

  private async update(change: (s: GraphSyncState) => GraphSyncState): Promise<void> {
    await withConflictRetry(async () => {
      const current = await this.state();
      const next = change(current?.value ?? { key: this.key() });
      if (current) await this.deps.stores.graphSync.replace(next, current.etag);
      else await this.deps.stores.graphSync.create(next);
    });
  }

  private key(): string {
    return `calendar|${this.deps.organizer.toLowerCase()}`;
  }

  private base(): string {
    return `/users/${encodeURIComponent(this.deps.organizer)}`;
  }
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
