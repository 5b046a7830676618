import { CardFactory, MessageFactory } from "../teams/activity-values";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { isActiveOrganisation, type Network, type Organisation } from "../domain/network";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import { questionsOf } from "./round-table-questions";
import type { Stores } from "../storage/repository";
import type { OutboxMessage } from "../storage/records/outbox";
import type { Outbox, OutboxOutcome } from "../outbox/outbox";
import { roundTableAskCard } from "./round-table-ask-card";
import type { RoundTableService } from "./round-table-service";
import { personLanguage } from "../teams/person-language";

const DAY_MS = 86_400_000;

/** When to ask and remind, in days before a meeting's start. */
export interface CollectionTiming {
  daysBefore: number;
  /** 0 means no reminder. */
  reminderDaysBefore: number;
}

/** The network's own timing where its coordinator chose one, else the deployment's. */
export function timingFor(network: Pick<Network, "settings">, defaults: CollectionTiming): CollectionTiming {
  return {
    daysBefore: network.settings?.roundTableDaysBefore ?? defaults.daysBefore,
    reminderDaysBefore: network.settings?.roundTableReminderDaysBefore ?? defaults.reminderDaysBefore,
  };
}

/** What one run did: asks and reminders delivered, and deliveries that failed (tried again later, or given up). */
export interface CollectionReport {
  asked: number;
  reminded: number;
  unreachable: number;
}

type RequestKind = "ask" | "reminder";

/** The outbox topics of the requests for updates. */
export const ROUND_TABLE_TOPICS: Record<RequestKind, string> = { ask: "round-table-ask", reminder: "round-table-reminder" };

/** Who is asked for an organisation's update: its named contact, otherwise each of its active members. */
export function askedFor(organisation: Organisation, members: readonly Member[]): Member[] {
  const own = members.filter((m) => m.organisationId === organisation.id && m.active && m.role !== "guest");
  const contact = own.find((m) => m.aadObjectId === organisation.contactMemberId);
  return contact ? [contact] : own;
}

/**
 * Collects the round-table updates before meetings: N days before, a 1:1 card to each organisation's
 * representative; M days before, one reminder to organisations without an entry. Every request is written to
 * the outbox under a key of kind, organisation and person, so restarts and several instances write it once;
 * the outbox delivers it at least once, retrying failures.
 */
export class RoundTableCollector {
  constructor(
    private readonly stores: Stores,
    private readonly outbox: Outbox,
    private readonly hub: RoundTableService,
    private readonly logger: Logger,
    private readonly timing: CollectionTiming,
    private readonly clock: Clock,
  ) {}

  /** Checks every network's upcoming meetings once, as of `now`. */
  async runOnce(now: Date): Promise<CollectionReport> {
    const report: CollectionReport = { asked: 0, reminded: 0, unreachable: 0 };
    for (const { value: network } of await this.stores.networks.list("network")) {
      const timing = timingFor(network, this.timing);
      for (const { value: meeting } of await this.stores.meetings.list(network.id)) {
        const start = Date.parse(meeting.startUtc);
        const open = meeting.status === "draft" || meeting.status === "invited";
        if (!open || now.getTime() >= start || now.getTime() < start - timing.daysBefore * DAY_MS) continue;
        await this.collect(network, meeting, now, timing);
      }
    }
    count(report, await this.outbox.deliverDue(now));
    return report;
  }

  /** Runs `runOnce` every `minutes` until stopped; the first run comes after one interval. */
  start(minutes: number): () => void {
    if (minutes <= 0) return () => undefined;
    const timer = setInterval(() => {
      this.runOnce(this.clock.now()).catch((error: unknown) => this.logger.error({ err: error }, "round-table collection failed"));
    }, minutes * 60_000);
    timer.unref();
    return () => clearInterval(timer);
  }

  private async collect(network: Network, meeting: Meeting, now: Date, timing: CollectionTiming): Promise<void> {
    const [organisations, members, entries, sent, walk] = await Promise.all([
      this.stores.organisations.list(network.id),
      this.stores.members.list(network.id),
      this.stores.roundTable.list(meeting.id),
      this.outbox.list(meeting.id),
      this.stores.roundTableWalks.get(meeting.id, "state"),
    ]);
    const answered = new Set(entries.map((e) => e.value.organisationId));
    const kinds: Organisation["kind"][] = walk?.value.includeAgencies ? ["kommun", "myndighet", "region"] : ["kommun"];
    const remindFrom = Date.parse(meeting.startUtc) - timing.reminderDaysBefore * DAY_MS;
    const reminderDue = timing.reminderDaysBefore > 0 && now.getTime() >= remindFrom;
    const asked = organisations.map((o) => o.value).filter((o) => isActiveOrganisation(o) && kinds.includes(o.kind) && !answered.has(o.id));
    for (const organisation of asked) {
      const asks = sent.filter((m) => m.topic === ROUND_TABLE_TOPICS.ask && m.subject === organisation.id);
      // Remind only those asked before the reminder moment: an ask sent late is not followed at once by a reminder.
      const remind = reminderDue && asks.some((a) => Date.parse(a.createdAt) < remindFrom);
      const recipients = remind ? asks.map((a) => a.recipient.id) : askedFor(organisation, members.map((m) => m.value)).map((m) => m.aadObjectId);
      const kind: RequestKind = remind ? "reminder" : "ask";
      for (const memberId of recipients.filter((id) => !written(sent, kind, organisation.id, id))) {
        await this.request(network, meeting, organisation, memberId, kind, now);
      }
    }
  }

  private async request(network: Network, meeting: Meeting, organisation: Organisation, memberId: string, kind: RequestKind, now: Date): Promise<void> {
    const card = roundTableAskCard({
      meeting, organisation, questions: await questionsOf(this.stores, network.id), reminder: kind === "reminder",
      previous: await this.hub.previousEntry(meeting, organisation.id),
    }, await personLanguage(this.stores, memberId, network.language));
    const written = await this.outbox.enqueue({
      scope: meeting.id,
      key: requestKey(kind, organisation.id, memberId),
      topic: ROUND_TABLE_TOPICS[kind],
      recipient: { kind: "user", id: memberId },
      subject: organisation.id,
      activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)),
    }, now);
    if (written === "queued") this.logger.info({ meetingId: meeting.id, organisationId: organisation.id, memberId, kind }, "round-table update requested");
  }
}

function requestKey(kind: RequestKind, organisationId: string, memberId: string): string {
  return `${ROUND_TABLE_TOPICS[kind]}|${organisationId}|${memberId}`;
}

/** True when this request is in the outbox already (in any state). */
function written(messages: readonly OutboxMessage[], kind: RequestKind, organisationId: string, memberId: string): boolean {
  const key = requestKey(kind, organisationId, memberId);
  return messages.some((m) => m.key === key);
}

/** Adds the pass's round-table deliveries to the report. */
function count(report: CollectionReport, outcomes: readonly OutboxOutcome[]): void {
  for (const { message, status } of outcomes) {
    const kind = (Object.keys(ROUND_TABLE_TOPICS) as RequestKind[]).find((k) => ROUND_TABLE_TOPICS[k] === message.topic);
    if (!kind) continue;
    if (status !== "sent") report.unreachable += 1;
    else report[kind === "ask" ? "asked" : "reminded"] += 1;
  }
}
