import { createHash, randomUUID } from "node:crypto";
import { KeyedCoalescer } from "../shared/keyed-coalescer";
import type { SummaryState } from "../domain/invitation";
import type { Meeting } from "../domain/meeting";
import type { AnswerSummary } from "../domain/answer-summary";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Meetings } from "../meetings/meetings";
import type { Answers } from "./answers";
import type { MeetingScoped, Stored, Stores } from "../storage/repository";
import { AlreadyExistsError, ConcurrencyError } from "../storage/storage-errors";
import { cardMessage } from "../shared/card-parts";
import { answerSummaryCard } from "./answer-summary-card";
import type { Notifier } from "../teams/notifier";
import type { InvitationViews } from "./invitation-views";

type Row = Stored<MeetingScoped<SummaryState>>;

// A holder that crashed stops blocking others after this long.
const LEASE_MS = 30_000;

/** Fingerprint of what the summary shows, to skip updates that would change nothing. */
function fingerprint(meeting: Meeting, summary: AnswerSummary, reached: ReadonlySet<string>): string {
  const shown = [meeting.title, meeting.startUtc, meeting.endUtc, meeting.status, summary, [...reached].sort()];
  return createHash("sha256").update(JSON.stringify(shown)).digest("base64url");
}

/**
 * Keeps each coordinator's summary card of a meeting in step with the stored answers. Updates are
 * serialised by a lease in the summary row (eTag-checked), so that the last update sent always shows the
 * last state: whoever holds the lease renders from the store, releases, and looks again; whoever finds
 * the lease taken leaves the work to the holder, whose look after releasing sees their answer.
 */
export class SummaryRefresher {
  private readonly owner = randomUUID();
  private readonly coalescer = new KeyedCoalescer<void>();

  constructor(
    private readonly stores: Stores,
    private readonly meetings: Meetings,
    private readonly answers: Answers,
    private readonly views: InvitationViews,
    private readonly notifier: Notifier,
    private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  /**
   * Brings the summary messages up to date; `create` posts them when there are none yet (invitations sent).
   * Within this process, refreshes of a meeting never overlap and callers arriving meanwhile share the next
   * one: fifty answers at once would otherwise all compete for the lease row at the same moment.
   */
  refresh(meetingId: string, options: { create: boolean }): Promise<void> {
    return this.coalescer.run(`${meetingId}|${options.create}`, () => this.refreshNow(meetingId, options));
  }

  private async refreshNow(meetingId: string, options: { create: boolean }): Promise<void> {
    const now = () => this.clock.now();
    // Each round renders everything stored before it began, so rounds end once answers stop arriving.
    for (;;) {
      const row = await this.acquire(meetingId, options.create, now());
      if (!row) return;
      const meeting = (await this.meetings.get(meetingId)).value;
      let rendered: MeetingScoped<SummaryState>;
      try {
        rendered = await this.render(meeting, row.value, now());
      } catch (error) {
        await this.stores.answerSummaries.replace({ ...row.value, leaseOwner: undefined, leaseUntil: undefined }, row.etag).catch(() => undefined);
        throw error;
      }
      try {
        await this.stores.answerSummaries.replace({ ...rendered, leaseOwner: undefined, leaseUntil: undefined }, row.etag);
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        this.logger.warn({ meetingId }, "summary lease was taken over while rendering");
      }
      const [latest, reached] = await Promise.all([this.answers.summary((await this.meetings.get(meetingId)).value), this.reached(meetingId)]);
      if (fingerprint(meeting, latest, reached) === rendered.renderedFingerprint) return;
    }
  }

  /** The summary row with the lease taken by this instance, or undefined when someone else holds it. */
  private async acquire(meetingId: string, create: boolean, now: Date): Promise<Row | undefined> {
    const lease = { leaseOwner: this.owner, leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString() };
    for (;;) {
      const row = await this.stores.answerSummaries.get(meetingId, "rsvp");
      try {
        if (!row) {
          if (!create) return undefined;
          return await this.stores.answerSummaries.create({ meetingId, messages: {}, ...lease });
        }
        const held = row.value.leaseOwner && row.value.leaseOwner !== this.owner && Date.parse(row.value.leaseUntil ?? "") > now.getTime();
        if (held) return undefined;
        return await this.stores.answerSummaries.replace({ ...row.value, ...lease }, row.etag);
      } catch (error) {
        if (!(error instanceof ConcurrencyError || error instanceof AlreadyExistsError)) throw error;
      }
    }
  }

  /** The invitees whose invitation card got through. */
  private async reached(meetingId: string): Promise<Set<string>> {
    const rows = await this.stores.invitations.list(meetingId);
    return new Set(rows.filter((r) => r.value.activityId).map((r) => r.value.memberId));
  }

  /** Posts or updates each coordinator's card when what it shows changed; returns the row to store. */
  private async render(meeting: Meeting, state: MeetingScoped<SummaryState>, now: Date): Promise<MeetingScoped<SummaryState>> {
    const view = await this.views.view(meeting);
    const [summary, reached] = await Promise.all([this.answers.summary(meeting), this.reached(meeting.id)]);
    const print = fingerprint(meeting, summary, reached);
    const coordinators = view.members.filter((m) => m.active && m.role === "coordinator").map((m) => m.aadObjectId);
    const messages = { ...state.messages };
    const unchanged = print === state.renderedFingerprint;
    for (const coordinatorId of coordinators) {
      if (unchanged && messages[coordinatorId]) continue;
      const language = await this.views.languageOf(coordinatorId, view.network);
      const card = cardMessage(answerSummaryCard(meeting, summary, language, now, reached));
      const activityId = messages[coordinatorId];
      const result = activityId ? await this.notifier.updateForUser(coordinatorId, activityId, card) : await this.notifier.sendToUser(coordinatorId, card);
      if (result.status === "sent") messages[coordinatorId] = result.activityId;
      else this.logger.warn({ meetingId: meeting.id, coordinatorId, reason: result.reason }, "summary card not delivered");
    }
    return { ...state, messages, renderedFingerprint: print };
  }
}
