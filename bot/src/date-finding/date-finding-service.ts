import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { checkAnswerBy } from "../domain/answer-by";
import { assertValidOptions, checkMarks, meetingTimesOf, rankOptions, type DateOption, type DatePoll, type DateResponse, type OptionScore } from "../domain/date-poll";
import { conflict, forbidden, invalid, notFound } from "../domain/errors";
import { activeMembers, type Member } from "../domain/member";
import { assertMayRunPolls, mayAnswerPolls, mayRunPolls } from "../domain/poll";
import { stockholmParts, stockholmToUtc } from "../domain/time";
import type { Logger } from "../logger";
import type { MeetingEditor } from "../meetings/meeting-editor";
import type { Outbox, OutboxItem } from "../outbox/outbox";
import type { Directory } from "../register/directory";
import { cardMessage } from "../shared/card-parts";
import type { Stored, Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import { AlreadyExistsError, ConcurrencyError } from "../storage/storage-errors";
import { personLanguage } from "../teams/person-language";
import { datePollCard } from "./date-card";
import type { createDatePollInput, pickInput } from "./input-schemas";
import { dateTexts } from "./texts";

/** What a coordinator sends to start finding a date. */
export type DatePollInput = z.infer<typeof createDatePollInput>;
/** What a coordinator sends to pick an option. */
export type PickInput = z.infer<typeof pickInput>;

/** A date poll as one caller sees it. */
export interface DatePollView {
  datePoll: DatePoll;
  myResponse?: { marks: DateResponse["marks"]; comment?: string };
  mayManage: boolean;
}

/** The coordinator's view of the answers: options ranked by municipality coverage, each answer, who has not answered. */
export interface DatePollResults {
  datePollId: string;
  scores: OptionScore[];
  responses: (Omit<DateResponse, "datePollId"> & { displayName: string })[];
  notAnswered: { memberId: string; displayName: string; organisationId: string }[];
  organisations: { id: string; name: string; kind: string }[];
}

/** What sending or reminding wrote. */
export interface DateDelivery {
  queued: number;
  alreadyQueued: number;
  delivered: number;
  round?: number;
}

const scopeOf = (id: string) => `datepoll:${id}`;
const notFoundError = () => notFound("date_poll_not_found", "Datumförfrågan finns inte.", "The date poll does not exist.");

/**
 * Finding the date: the coordinator proposes dates (or weekdays and parts of the day), members mark each
 * yes / if needed / no, the coordinator sees the options ranked by how many municipalities can come and
 * picks one; the meeting is then created by the meeting editor, as any meeting.
 */
export class DateFindingService {
  constructor(private readonly deps: { stores: Stores; directory: Directory; editor: MeetingEditor; outbox: Outbox; logger: Logger }) {}

  /** Creates the round and sends the card 1:1 to every active member. */
  async create(member: Member, input: DatePollInput, now: Date): Promise<{ datePoll: DatePoll; delivery: DateDelivery }> {
    assertMayRunPolls(member);
    const options: DateOption[] = input.options.map((o, i) => ({ ...o, id: `d${i + 1}` }));
    assertValidOptions(options);
    const today = stockholmParts(now).date;
    if (options.some((o) => o.kind === "time" && o.date < today)) throw invalid("date_in_past", "Ett föreslaget datum har redan varit.", "A proposed date is in the past.");
    const starts = options.flatMap((o) => (o.kind === "time" ? [stockholmToUtc(o.date, o.startTime)] : []));
    const earliest = starts.length > 0 ? new Date(Math.min(...starts.map((d) => new Date(d).getTime()))) : undefined;
    const answerByUtc = checkAnswerBy(input.answerByUtc, now, earliest);
    const network = await this.deps.directory.network(member.networkId);
    const datePoll: DatePoll = {
      id: randomUUID(), networkId: member.networkId, title: input.title, options, form: input.form ?? "digital", place: input.place ?? network.defaultPlace,
      status: "open", createdBy: member.aadObjectId, createdAt: now.toISOString(), reminderRounds: 0,
      ...(answerByUtc ? { answerByUtc } : {}),
    };
    await this.deps.stores.datePolls.create(datePoll);
    const items: OutboxItem[] = [];
    for (const m of activeMembers(await this.deps.directory.members(member.networkId))) {
      const language = await personLanguage(this.deps.stores, m.aadObjectId, network.language);
      items.push({ scope: scopeOf(datePoll.id), key: `question|${m.aadObjectId}`, topic: "date-poll", recipient: { kind: "user", id: m.aadObjectId }, activity: cardMessage(datePollCard(datePoll, language)) });
    }
    return { datePoll, delivery: await this.write(datePoll.id, items, now) };
  }

  /** The network's rounds, newest first, as the member sees them. */
  async list(member: Member): Promise<DatePollView[]> {
    const rows = (await this.deps.stores.datePolls.list(member.networkId)).map((r) => r.value).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return Promise.all(rows.map((p) => this.view(member, p)));
  }

  /** A round and the caller's membership in its network. */
  async getFor(callerId: string, datePollId: string): Promise<{ datePoll: Stored<DatePoll>; member: Member }> {
    const datePoll = await this.get(datePollId);
    const member = await this.deps.directory.requireMember(callerId, datePoll.value.networkId);
    return { datePoll, member };
  }

  /** One round as the member sees it (their own marks only). */
  async view(member: Member, datePoll: DatePoll): Promise<DatePollView> {
    const mine = await this.deps.stores.dateResponses.get(datePoll.id, member.aadObjectId);
    return { datePoll, mayManage: mayRunPolls(member), ...(mine ? { myResponse: { marks: mine.value.marks, ...(mine.value.comment ? { comment: mine.value.comment } : {}) } } : {}) };
  }

  /** Saves the member's marks (changeable while the round is open). */
  async respond(member: Member, datePoll: DatePoll, input: { marks: Record<string, unknown>; comment?: string }, now: Date): Promise<DateResponse> {
    if (!mayAnswerPolls(member) || member.networkId !== datePoll.networkId) throw forbidden("not_allowed", "Datumförfrågan besvaras av nätverkets ledamöter.", "The date poll is answered by the network's members.");
    const marks = checkMarks(datePoll, input.marks);
    const response: DateResponse = {
      datePollId: datePoll.id, memberId: member.aadObjectId, organisationId: member.organisationId, marks,
      ...(input.comment ? { comment: input.comment } : {}), answeredAt: now.toISOString(),
    };
    await withConflictRetry(async () => {
      const existing = await this.deps.stores.dateResponses.get(datePoll.id, member.aadObjectId);
      if (existing) await this.deps.stores.dateResponses.replace(response, existing.etag);
      else await this.deps.stores.dateResponses.create(response);
    });
    return response;
  }

  /** The options ranked by municipality coverage, every answer and who has not answered (coordinator). */
  async results(member: Member, datePollId: string): Promise<DatePollResults> {
    assertMayRunPolls(member);
    const datePoll = (await this.own(member, datePollId)).value;
    const [rows, organisations, members] = await Promise.all([
      this.deps.stores.dateResponses.list(datePoll.id), this.deps.directory.organisations(datePoll.networkId), this.deps.directory.members(datePoll.networkId),
    ]);
    const responses = rows.map((r) => r.value);
    const names = new Map(members.map((m) => [m.aadObjectId, m.displayName]));
    const answered = new Set(responses.map((r) => r.memberId));
    return {
      datePollId: datePoll.id,
      scores: rankOptions(datePoll.options, responses, organisations),
      responses: responses.map(({ datePollId: _d, ...r }) => ({ ...r, displayName: names.get(r.memberId) ?? "" })),
      notAnswered: activeMembers(members).filter((m) => !answered.has(m.aadObjectId)).map((m) => ({ memberId: m.aadObjectId, displayName: m.displayName, organisationId: m.organisationId })),
      organisations: organisations.filter((o) => o.active !== false).map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    };
  }

  /** A new reminder round to every active member who has not answered (an open round only). */
  async remind(member: Member, datePollId: string, now: Date): Promise<DateDelivery> {
    assertMayRunPolls(member);
    const datePoll = await this.change(member, datePollId, (p) => {
      if (p.status !== "open") throw conflict("date_poll_closed", "Datumförfrågan är avslutad.", "The date poll is closed.");
      return { ...p, reminderRounds: p.reminderRounds + 1 };
    });
    return { ...(await this.sendReminder(datePoll, datePoll.reminderRounds, now)), round: datePoll.reminderRounds };
  }

  /** The one automatic reminder before the answer-by time (its outbox keys make it once, whoever runs it). */
  async autoRemind(datePoll: DatePoll, now: Date): Promise<DateDelivery> {
    return this.sendReminder(datePoll, "answer-by", now);
  }

  private async sendReminder(datePoll: DatePoll, round: number | "answer-by", now: Date): Promise<DateDelivery> {
    const [network, members, rows] = await Promise.all([
      this.deps.directory.network(datePoll.networkId), this.deps.directory.members(datePoll.networkId), this.deps.stores.dateResponses.list(datePoll.id),
    ]);
    const answered = new Set(rows.map((r) => r.value.memberId));
    const items: OutboxItem[] = [];
    for (const m of activeMembers(members).filter((x) => !answered.has(x.aadObjectId))) {
      const language = await personLanguage(this.deps.stores, m.aadObjectId, network.language);
      items.push({ scope: scopeOf(datePoll.id), key: `reminder|${round}|${m.aadObjectId}`, topic: "date-poll-reminder", recipient: { kind: "user", id: m.aadObjectId }, activity: { type: "message", text: dateTexts[language].reminder(datePoll.title) } });
    }
    return this.write(datePoll.id, items, now);
  }

  /**
   * Picks an option and creates the meeting through the meeting editor. The round is claimed first (an
   * eTag-checked write), so two picks at once create one meeting; picking the same option again returns it.
   */
  async pick(member: Member, datePollId: string, input: PickInput, now: Date): Promise<{ datePoll: DatePoll; meetingId: string }> {
    assertMayRunPolls(member);
    const stored = await this.own(member, datePollId);
    const current = stored.value;
    if (current.status === "decided" && current.chosen?.meetingId) {
      if (current.chosen.optionId === input.optionId) return { datePoll: current, meetingId: current.chosen.meetingId };
      throw conflict("date_already_chosen", "Ett annat datum är redan valt.", "Another date has already been chosen.");
    }
    if (current.status !== "open") throw conflict("date_poll_closed", "Datumförfrågan är avslutad.", "The date poll is closed.");
    const option = current.options.find((o) => o.id === input.optionId);
    if (!option) throw invalid("unknown_option", "Alternativet finns inte.", "The option does not exist.");
    const times = meetingTimesOf(option, input);
    const claimed: DatePoll = { ...current, status: "decided", chosen: { optionId: option.id, meetingId: "", ...times } };
    let claim: Stored<DatePoll>;
    try {
      claim = await this.deps.stores.datePolls.replace(claimed, stored.etag);
    } catch (error) {
      if (error instanceof ConcurrencyError || error instanceof AlreadyExistsError) throw conflict("date_poll_changed", "Någon annan valde samtidigt. Läs in förfrågan igen.", "Someone else chose at the same time. Load the date poll again.");
      throw error;
    }
    try {
      const created = await this.deps.editor.create(member, () => ({ title: input.title ?? current.title, ...times, form: current.form, place: current.place }), now);
      const decided: DatePoll = { ...claimed, chosen: { ...claimed.chosen!, meetingId: created.meeting.value.id } };
      await this.deps.stores.datePolls.replace(decided, claim.etag);
      this.deps.logger.info({ datePollId, optionId: option.id, meetingId: created.meeting.value.id }, "date chosen, meeting created");
      return { datePoll: decided, meetingId: created.meeting.value.id };
    } catch (error) {
      await this.deps.stores.datePolls.replace(current, claim.etag).catch(() => undefined);
      throw error;
    }
  }

  private async get(datePollId: string): Promise<Stored<DatePoll>> {
    const [row] = await this.deps.stores.datePolls.where("datePollId", datePollId);
    if (!row) throw notFoundError();
    return row;
  }

  private async own(member: Member, datePollId: string): Promise<Stored<DatePoll>> {
    const row = await this.get(datePollId);
    if (row.value.networkId !== member.networkId) throw notFoundError();
    return row;
  }

  private async change(member: Member, datePollId: string, apply: (p: DatePoll) => DatePoll): Promise<DatePoll> {
    return withConflictRetry(async () => {
      const stored = await this.own(member, datePollId);
      return (await this.deps.stores.datePolls.replace(apply(stored.value), stored.etag)).value;
    });
  }

  private async write(datePollId: string, items: readonly OutboxItem[], now: Date): Promise<DateDelivery> {
    const report: DateDelivery = { queued: 0, alreadyQueued: 0, delivered: 0 };
    for (const item of items) {
      if ((await this.deps.outbox.enqueue(item, now)) === "queued") report.queued += 1;
      else report.alreadyQueued += 1;
    }
    report.delivered = (await this.deps.outbox.deliverDue(now)).filter((o) => o.message.scope === scopeOf(datePollId) && o.status === "sent").length;
    return report;
  }
}
