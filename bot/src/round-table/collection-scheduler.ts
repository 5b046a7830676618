import { createIfAbsent } from "../storage/create-if-absent";
import { CardFactory, MessageFactory } from "botbuilder";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { isActiveOrganisation, type Network, type Organisation } from "../domain/network";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import { questionsOf } from "./round-table-questions";
import type { Stores } from "../storage/repository";
import type { RoundTableSend } from "../storage/records/round-table";
import { roundTableAskCard } from "./round-table-ask-card";
import type { Notifier } from "../teams/notifier";
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

/** What one run did. */
export interface CollectionReport {
  asked: number;
  reminded: number;
  unreachable: number;
}

/** Who is asked for an organisation's update: its named contact, otherwise each of its active members. */
export function askedFor(organisation: Organisation, members: readonly Member[]): Member[] {
  const own = members.filter((m) => m.organisationId === organisation.id && m.active && m.role !== "guest");
  const contact = own.find((m) => m.aadObjectId === organisation.contactMemberId);
  return contact ? [contact] : own;
}

/**
 * Collects the round-table updates before meetings: N days before, a 1:1 card to each organisation's
 * representative; M days before, one reminder to organisations without an entry. Every send is claimed
 * first with a conditional create, so restarts and several instances never send anything twice.
 */
export class RoundTableCollector {
  constructor(
    private readonly stores: Stores,
    private readonly notifier: Notifier,
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
        await this.collect(network, meeting, now, report, timing);
      }
    }
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

  private async collect(network: Network, meeting: Meeting, now: Date, report: CollectionReport, timing: CollectionTiming): Promise<void> {
    const [organisations, members, entries, sends, walk] = await Promise.all([
      this.stores.organisations.list(network.id),
      this.stores.members.list(network.id),
      this.stores.roundTable.list(meeting.id),
      this.stores.roundTableSends.list(meeting.id),
      this.stores.roundTableWalks.get(meeting.id, "state"),
    ]);
    const answered = new Set(entries.map((e) => e.value.organisationId));
    const kinds: Organisation["kind"][] = walk?.value.includeAgencies ? ["kommun", "myndighet", "region"] : ["kommun"];
    const remindFrom = Date.parse(meeting.startUtc) - timing.reminderDaysBefore * DAY_MS;
    const reminderDue = timing.reminderDaysBefore > 0 && now.getTime() >= remindFrom;
    const asked = organisations.map((o) => o.value).filter((o) => isActiveOrganisation(o) && kinds.includes(o.kind) && !answered.has(o.id));
    for (const organisation of asked) {
      const asks = sends.map((s) => s.value).filter((s) => s.kind === "ask" && s.organisationId === organisation.id);
      // Remind only those asked before the reminder moment: an ask sent late is not followed at once by a reminder.
      const remind = reminderDue && asks.some((a) => Date.parse(a.claimedAt) < remindFrom);
      const recipients = remind ? asks.map((a) => a.memberId) : askedFor(organisation, members.map((m) => m.value)).map((m) => m.aadObjectId);
      for (const memberId of recipients) {
        await this.send(network, meeting, organisation, memberId, remind ? "reminder" : "ask", now, report);
      }
    }
  }

  private async send(network: Network, meeting: Meeting, organisation: Organisation, memberId: string, kind: RoundTableSend["kind"], now: Date, report: CollectionReport): Promise<void> {
    const claim: RoundTableSend = { meetingId: meeting.id, kind, organisationId: organisation.id, memberId, claimedAt: now.toISOString(), status: "claimed" };
    const claimed = await createIfAbsent(this.stores.roundTableSends, claim);
    if (!claimed) return;
    const card = roundTableAskCard({
      meeting, organisation, questions: await questionsOf(this.stores, network.id), reminder: kind === "reminder",
      previous: await this.hub.previousEntry(meeting, organisation.id),
    }, await personLanguage(this.stores, memberId, network.language));
    const result = await this.notifier.sendToUser(memberId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    const outcome: RoundTableSend = result.status === "sent"
      ? { ...claim, status: "sent", activityId: result.activityId }
      : { ...claim, status: "unreachable", reason: result.reason };
    await this.stores.roundTableSends.replace(outcome, claimed.etag);
    if (result.status === "sent") report[kind === "ask" ? "asked" : "reminded"] += 1;
    else report.unreachable += 1;
    this.logger.info({ meetingId: meeting.id, organisationId: organisation.id, memberId, kind, status: outcome.status }, "round-table update requested");
  }
}
