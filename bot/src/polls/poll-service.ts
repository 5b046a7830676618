import { randomBytes, randomUUID } from "node:crypto";
import { checkAnswerBy } from "../domain/answer-by";
import { conflict, forbidden, invalid } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { assertMayRunPolls, mayRunPolls, maySeeResults, type Poll, type PollAnswerInput } from "../domain/poll";
import { pollMinutesText, tallyPoll, type PollResults } from "../domain/poll-results";
import type { Logger } from "../logger";
import type { Meetings } from "../meetings/meetings";
import type { Directory } from "../register/directory";
import type { Stored, Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import type { AnswerOutcome, PollAnswers } from "./poll-answers";
import type { DeliveryReport, PollDelivery } from "./poll-delivery";
import { pollNotFound, type PollStore } from "./poll-store";
import type { createPollInput } from "./input-schemas";
import type { z } from "zod";

/** What a coordinator sends to create a poll. */
export type PollInput = z.infer<typeof createPollInput>;

/** A poll as one caller sees it: whether they answered, their own (named) answer, whether they run it. */
export interface PollView {
  poll: Omit<Poll, "salt">;
  answered: boolean;
  myAnswer?: { choices: string[]; text?: string };
  mayManage: boolean;
  maySeeResults: boolean;
}

/** Appends text to an agenda item's notes (the minutes service, checked by its own rules). */
export type NotesAppender = (callerId: string, meetingId: string, itemNumber: number, text: string) => Promise<void>;

const withoutSalt = ({ salt: _s, ...poll }: Poll): Omit<Poll, "salt"> => poll;

/**
 * Polls (enkäter): the coordinator creates, reminds, shares, closes and writes results to the minutes;
 * members answer and see results once shared. Every write is checked on the server.
 */
export class PollService {
  constructor(
    private readonly deps: {
      stores: Stores; directory: Directory; meetings: Meetings; polls: PollStore; answers: PollAnswers; delivery: PollDelivery;
      appendNotes: NotesAppender; logger: Logger;
    },
  ) {}

  /** Creates the poll and puts it to the network (1:1) or into the meeting's chat. */
  async create(member: Member, input: PollInput, now: Date): Promise<{ poll: Poll; delivery: DeliveryReport }> {
    assertMayRunPolls(member);
    const kind = input.kind;
    const optionTexts = kind === "text" ? [] : (input.options ?? []);
    if (kind !== "text" && optionTexts.length < 2) throw invalid("options_required", "Ange minst två alternativ.", "Give at least two options.");
    if (kind === "text" && (input.options?.length ?? 0) > 0) throw invalid("no_options_for_text", "En fritextfråga har inga alternativ.", "A free-text question has no options.");
    if (new Set(optionTexts.map((o) => o.toLowerCase())).size !== optionTexts.length) throw invalid("duplicate_option", "Samma alternativ finns två gånger.", "The same option is there twice.");
    const audience = input.audience ?? (input.meetingId ? "meeting-chat" : "members");
    const meeting = input.meetingId ? await this.meetingOf(member, input.meetingId) : undefined;
    if (audience === "meeting-chat") {
      if (!meeting) throw invalid("meeting_required", "Ange mötet vars chatt frågan ska ställas i.", "Give the meeting whose chat the question is asked in.");
      if (!meeting.chatConversationId) throw conflict("no_meeting_chat", "Mötet är inte kopplat till någon mötes-chatt. Lägg till appen i mötet först.", "The meeting is not linked to a meeting chat. Add the app to the meeting first.");
    }
    const answerByUtc = checkAnswerBy(input.answerByUtc, now, meeting ? new Date(meeting.startUtc) : undefined);
    const poll: Poll = {
      id: randomUUID(), networkId: member.networkId, question: input.question, kind,
      options: optionTexts.map((text, i) => ({ id: `o${i + 1}`, text })),
      anonymous: input.anonymous ?? false, audience,
      ...(meeting ? { meetingId: meeting.id } : {}), ...(input.agendaItem ? { agendaItem: input.agendaItem } : {}),
      status: "open", resultsShared: input.resultsShared ?? false, createdBy: member.aadObjectId, createdAt: now.toISOString(),
      salt: randomBytes(32).toString("base64url"), reminderRounds: 0, ...(answerByUtc ? { answerByUtc } : {}),
    };
    await this.deps.stores.polls.create(poll);
    const [network, members] = await Promise.all([this.deps.directory.network(poll.networkId), this.deps.directory.members(poll.networkId)]);
    const delivery = await this.deps.delivery.send(poll, network, members, meeting, now);
    if (poll.resultsShared) await this.deps.delivery.shareInChat(poll, network, members, meeting, now);
    this.deps.logger.info({ pollId: poll.id, kind, anonymous: poll.anonymous, audience }, "poll created");
    return { poll, delivery };
  }

  /** The network's polls as the member sees them. */
  async list(member: Member): Promise<PollView[]> {
    const polls = await this.deps.polls.list(member.networkId);
    return Promise.all(polls.map((p) => this.view(member, p)));
  }

  /** A poll and the caller's membership in its network (403 for a non-member, as for meetings). */
  async getFor(callerId: string, pollId: string): Promise<{ poll: Stored<Poll>; member: Member }> {
    const poll = await this.deps.polls.get(pollId);
    const member = await this.deps.directory.requireMember(callerId, poll.value.networkId);
    return { poll, member };
  }

  /** One poll as the member sees it. */
  async view(member: Member, poll: Poll): Promise<PollView> {
    const [answered, mine] = await Promise.all([this.deps.polls.hasAnswered(poll, member.aadObjectId), this.deps.polls.answerOf(poll, member.aadObjectId)]);
    return {
      poll: withoutSalt(poll), answered, mayManage: mayRunPolls(member), maySeeResults: maySeeResults(member, poll),
      ...(mine ? { myAnswer: { choices: mine.value.choices, ...(mine.value.text ? { text: mine.value.text } : {}) } } : {}),
    };
  }

  /** Saves the member's answer and updates the results cards. */
  async answer(member: Member, poll: Poll, input: PollAnswerInput, options: { activityId?: string; now: Date }): Promise<AnswerOutcome> {
    const outcome = await this.deps.answers.save(member, poll, input, options);
    if (!outcome.repeated) await this.refresh(poll);
    return outcome;
  }

  /** The results, for the coordinator and (once shared) the members; per person only for the coordinator of a named poll. */
  async results(member: Member, poll: Poll): Promise<PollResults & { asked?: number; byPerson?: { memberId: string; displayName: string; organisationId: string; choices: string[]; text?: string }[] }> {
    if (!maySeeResults(member, poll)) throw forbidden("results_not_shared", "Samordnaren har inte delat resultatet ännu.", "The coordinator has not shared the results yet.");
    const [{ answers }, members] = await Promise.all([this.deps.polls.rows(poll.id), this.deps.directory.members(poll.networkId)]);
    const results = tallyPoll(poll, answers);
    const asked = this.deps.delivery.asked(poll, members);
    if (!mayRunPolls(member) || poll.anonymous) return { ...results, ...(asked ? { asked } : {}) };
    const names = new Map(members.map((m) => [m.aadObjectId, m.displayName]));
    const byPerson = answers.map((a) => ({ memberId: a.memberId!, displayName: names.get(a.memberId!) ?? "", organisationId: a.organisationId ?? "", choices: a.choices, ...(a.text ? { text: a.text } : {}) }));
    return { ...results, ...(asked ? { asked } : {}), byPerson };
  }

  /** Shares (or unshares) the results with the members; shared results of a meeting poll are posted in its chat. */
  async share(member: Member, pollId: string, shared: boolean, now: Date): Promise<Poll> {
    assertMayRunPolls(member);
    const poll = await this.change(member, pollId, (p) => ({ ...p, resultsShared: shared }));
    if (shared && poll.meetingId) {
      const [network, members, meeting] = await Promise.all([this.deps.directory.network(poll.networkId), this.deps.directory.members(poll.networkId), this.deps.meetings.get(poll.meetingId)]);
      await this.deps.delivery.shareInChat(poll, network, members, meeting.value, now);
    }
    return poll;
  }

  /** Closes the poll: no more answers. */
  async close(member: Member, pollId: string, now: Date): Promise<Poll> {
    assertMayRunPolls(member);
    const poll = await this.change(member, pollId, (p) => (p.status === "closed" ? p : { ...p, status: "closed", closedAt: now.toISOString() }));
    await this.refresh(poll);
    return poll;
  }

  /** A new reminder round to everyone who has not answered (an open poll only). */
  async remind(member: Member, pollId: string, now: Date): Promise<DeliveryReport & { round: number }> {
    assertMayRunPolls(member);
    const poll = await this.change(member, pollId, (p) => {
      if (p.status !== "open") throw conflict("poll_closed", "Enkäten är stängd.", "The poll is closed.");
      return { ...p, reminderRounds: p.reminderRounds + 1 };
    });
    return { ...(await this.sendReminder(poll, poll.reminderRounds, now)), round: poll.reminderRounds };
  }

  /** The one automatic reminder before the answer-by time (its outbox keys make it once, whoever runs it). */
  async autoRemind(poll: Poll, now: Date): Promise<DeliveryReport> {
    return this.sendReminder(poll, "answer-by", now);
  }

  private async sendReminder(poll: Poll, round: number | "answer-by", now: Date): Promise<DeliveryReport> {
    const [network, members] = await Promise.all([this.deps.directory.network(poll.networkId), this.deps.directory.members(poll.networkId)]);
    return this.deps.delivery.remind(poll, round, network, members, now);
  }

  /** Appends the results, as the minutes write them, to an agenda item's notes of a meeting in the same network. */
  async toMinutes(member: Member, pollId: string, meetingId: string, itemNumber: number): Promise<{ text: string }> {
    assertMayRunPolls(member);
    const poll = await this.own(member, pollId);
    const meeting = await this.meetingOf(member, meetingId);
    const [{ answers }, network, members] = await Promise.all([this.deps.polls.rows(poll.value.id), this.deps.directory.network(poll.value.networkId), this.deps.directory.members(poll.value.networkId)]);
    const text = pollMinutesText(poll.value, tallyPoll(poll.value, answers), network.language, this.deps.delivery.asked(poll.value, members));
    await this.deps.appendNotes(member.aadObjectId, meeting.id, itemNumber, text);
    return { text };
  }

  private async refresh(poll: Poll): Promise<void> {
    const [network, members] = await Promise.all([this.deps.directory.network(poll.networkId), this.deps.directory.members(poll.networkId)]);
    await this.deps.delivery.refreshResults(poll, network, members).catch((error: unknown) => this.deps.logger.warn({ err: error, pollId: poll.id }, "poll results cards not refreshed"));
  }

  private async own(member: Member, pollId: string): Promise<Stored<Poll>> {
    const poll = await this.deps.polls.get(pollId);
    if (poll.value.networkId !== member.networkId) throw pollNotFound();
    return poll;
  }

  private async change(member: Member, pollId: string, apply: (poll: Poll) => Poll): Promise<Poll> {
    return withConflictRetry(async () => {
      const stored = await this.own(member, pollId);
      const next = apply(stored.value);
      if (next === stored.value) return next;
      return (await this.deps.stores.polls.replace(next, stored.etag)).value;
    });
  }

  private async meetingOf(member: Member, meetingId: string): Promise<Meeting> {
    const meeting = (await this.deps.meetings.get(meetingId)).value;
    if (meeting.networkId !== member.networkId) throw invalid("meeting_not_in_network", "Mötet hör inte till nätverket.", "The meeting does not belong to the network.");
    return meeting;
  }
}
