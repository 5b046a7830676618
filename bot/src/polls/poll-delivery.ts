import { formatDateTime } from "../domain/time";
import type { Meeting } from "../domain/meeting";
import { activeMembers, type Member } from "../domain/member";
import type { Network } from "../domain/network";
import type { Poll } from "../domain/poll";
import { tallyPoll } from "../domain/poll-results";
import type { Logger } from "../logger";
import type { Outbox, OutboxItem } from "../outbox/outbox";
import type { Stores } from "../storage/repository";
import { cardMessage } from "../shared/card-parts";
import type { Notifier } from "../teams/notifier";
import { personLanguage } from "../teams/person-language";
import { pollCard, resultsCard } from "./poll-cards";
import { answeredHash, type PollStore } from "./poll-store";
import { pollTexts } from "./texts";

/** The outbox scope of a poll's messages. */
export const pollScope = (pollId: string) => `poll:${pollId}`;

/** How many messages a send or reminder wrote, and how many were written before (by an earlier call). */
export interface DeliveryReport {
  queued: number;
  alreadyQueued: number;
  delivered: number;
}

/** The people a poll is put to: the network's active members (not guests). */
export function pollRecipients(members: readonly Member[]): Member[] {
  return activeMembers(members);
}

/**
 * Puts polls to people through the outbox (deterministic keys: the same intention written twice is one
 * message), and keeps the results cards up to date in place.
 */
export class PollDelivery {
  constructor(private readonly deps: { stores: Stores; polls: PollStore; outbox: Outbox; notifier: Notifier; logger: Logger }) {}

  /** The question 1:1 to every recipient or into the meeting's chat, and a results card to the coordinator. */
  async send(poll: Poll, network: Network, members: readonly Member[], meeting: Meeting | undefined, now: Date): Promise<DeliveryReport> {
    const items: OutboxItem[] = [];
    if (poll.audience === "meeting-chat" && meeting?.chatConversationId) {
      items.push(this.item(poll, "question|chat", "poll-question", { kind: "chat", id: meeting.chatConversationId }, cardMessage(pollCard(poll, network.language))));
    } else {
      for (const m of pollRecipients(members)) {
        const language = await personLanguage(this.deps.stores, m.aadObjectId, network.language);
        items.push(this.item(poll, `question|${m.aadObjectId}`, "poll-question", { kind: "user", id: m.aadObjectId }, cardMessage(pollCard(poll, language))));
      }
    }
    const language = await personLanguage(this.deps.stores, poll.createdBy, network.language);
    const results = tallyPoll(poll, []);
    items.push(this.item(poll, `results|${poll.createdBy}`, "poll-results", { kind: "user", id: poll.createdBy }, cardMessage(resultsCard(poll, results, language, this.asked(poll, members)))));
    return this.write(poll, items, now);
  }

  /** Posts the results card into the meeting's chat (once) when the coordinator shares the results there. */
  async shareInChat(poll: Poll, network: Network, members: readonly Member[], meeting: Meeting | undefined, now: Date): Promise<DeliveryReport> {
    if (!meeting?.chatConversationId) return { queued: 0, alreadyQueued: 0, delivered: 0 };
    const { answers } = await this.deps.polls.rows(poll.id);
    const card = resultsCard(poll, tallyPoll(poll, answers), network.language, this.asked(poll, members));
    return this.write(poll, [this.item(poll, "results|chat", "poll-results", { kind: "chat", id: meeting.chatConversationId }, cardMessage(card))], now);
  }

  /** One reminder (round `round`, or the automatic one before the answer-by time) to each recipient who has not answered. */
  async remind(poll: Poll, round: number | "answer-by", network: Network, members: readonly Member[], now: Date): Promise<DeliveryReport> {
    const { answers, markers } = await this.deps.polls.rows(poll.id);
    const answered = (m: Member) => (poll.anonymous ? markers.has(answeredHash(poll, m.aadObjectId)) : answers.some((a) => a.memberId === m.aadObjectId));
    const items: OutboxItem[] = [];
    for (const m of pollRecipients(members).filter((x) => !answered(x))) {
      const language = await personLanguage(this.deps.stores, m.aadObjectId, network.language);
      items.push(this.item(poll, `reminder|${round}|${m.aadObjectId}`, "poll-reminder", { kind: "user", id: m.aadObjectId }, { type: "message", text: pollTexts[language].reminder(poll.question, poll.answerByUtc ? formatDateTime(poll.answerByUtc, language) : undefined) }));
    }
    return this.write(poll, items, now);
  }

  /** Updates every results card already delivered (coordinator's, and the chat's when shared) to the current counts. */
  async refreshResults(poll: Poll, network: Network, members: readonly Member[]): Promise<void> {
    const messages = (await this.deps.outbox.list(pollScope(poll.id))).filter((m) => m.topic === "poll-results" && m.state === "sent" && m.activityId);
    if (messages.length === 0) return;
    const { answers } = await this.deps.polls.rows(poll.id);
    const results = tallyPoll(poll, answers);
    for (const m of messages) {
      const language = m.recipient.kind === "user" ? await personLanguage(this.deps.stores, m.recipient.id, network.language) : network.language;
      const card = cardMessage(resultsCard(poll, results, language, this.asked(poll, members)));
      const outcome = m.recipient.kind === "user"
        ? await this.deps.notifier.updateForUser(m.recipient.id, m.activityId!, card)
        : await this.deps.notifier.updateInChat(m.recipient.id, m.activityId!, card);
      if (outcome.status !== "sent") this.deps.logger.warn({ pollId: poll.id, key: m.key, reason: outcome.reason }, "poll results card not updated");
    }
  }

  /** How many were asked: the recipients of a 1:1 poll; unknown for a poll in a meeting chat. */
  asked(poll: Poll, members: readonly Member[]): number | undefined {
    return poll.audience === "members" ? pollRecipients(members).length : undefined;
  }

  private item(poll: Poll, key: string, topic: string, recipient: OutboxItem["recipient"], activity: OutboxItem["activity"]): OutboxItem {
    return { scope: pollScope(poll.id), key, topic, recipient, activity };
  }

  private async write(poll: Poll, items: readonly OutboxItem[], now: Date): Promise<DeliveryReport> {
    const report: DeliveryReport = { queued: 0, alreadyQueued: 0, delivered: 0 };
    for (const item of items) {
      if ((await this.deps.outbox.enqueue(item, now)) === "queued") report.queued += 1;
      else report.alreadyQueued += 1;
    }
    const outcomes = await this.deps.outbox.deliverDue(now);
    report.delivered = outcomes.filter((o) => o.message.scope === pollScope(poll.id) && o.status === "sent").length;
    return report;
  }
}
