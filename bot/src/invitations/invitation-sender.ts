import { randomBytes } from "node:crypto";
import { conflict } from "../domain/errors";
import { deliveryInProgress, needsVersion, type InvitationRecord } from "../domain/invitation";
import { hasStarted, transition, type Meeting } from "../domain/meeting";
import type { MeetingChange } from "../domain/meeting-input";
import { activeMembers, type Member } from "../domain/member";
import type { Language } from "../domain/network";
import { assertMay } from "../domain/roles";
import type { Logger } from "../logger";
import type { Meetings } from "../meetings/meetings";
import type { MeetingScoped, Stored, Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import { AlreadyExistsError, ConcurrencyError } from "../storage/storage-errors";
import { cardMessage, meetingWhen } from "../shared/card-parts";
import type { Notifier } from "../teams/notifier";
import { invitationTexts } from "./texts";
import { agendaChangeLines } from "./agenda-change-text";
import type { ChangeNotice } from "../meetings/meeting-editor";
import type { InvitationViews, MeetingView } from "./invitation-views";
import { mapLimit } from "../shared/map-limit";
import type { SummaryRefresher } from "./summary-refresher";
import type { GraphSendReport } from "../graph/graph-report";

/** What Microsoft Graph does around invitations, when it is configured. */
export interface InvitationGraphHooks {
  /** Before the cards: the calendar event, the app for members who lack it, the meeting chat. Never throws. */
  beforeInvitations(meeting: Meeting): Promise<GraphSendReport>;
  /** After a change or cancellation users hear about: the calendar event follows. Never throws. */
  changed(meeting: Meeting, change: MeetingChange[] | "cancelled"): Promise<void>;
}

/** What happened to one invitee's invitation. */
export interface InvitationResult {
  memberId: string;
  displayName: string;
  organisationId: string;
  status: "sent" | "updated" | "already-sent" | "in-progress" | "unreachable";
  reason?: "no-conversation-reference" | "connector-error";
  detail?: string;
}

/** The per-member report of sending (or re-sending) a meeting's invitations. */
export interface InvitationReport {
  meetingId: string;
  sequence: number;
  totals: Record<InvitationResult["status"], number>;
  results: InvitationResult[];
  /** With Microsoft Graph: the calendar event, installations and the meeting chat. */
  graph?: GraphSendReport;
}

type Notice = (language: Language) => string;

// Connector calls in flight at once when many invitees get a card.
const PARALLEL_DELIVERIES = 8;

/**
 * Delivers invitation cards: one per active member and meeting version, claimed in the invitee's
 * invitation row so that re-sending (from any server instance) never sends the same version twice. An
 * invitee who has an older version gets their card updated in place and a short message instead.
 */
export class InvitationSender {
  constructor(
    private readonly stores: Stores,
    private readonly meetings: Meetings,
    private readonly views: InvitationViews,
    private readonly notifier: Notifier,
    private readonly summaries: SummaryRefresher,
    private readonly logger: Logger,
    private readonly graph?: InvitationGraphHooks,
  ) {}

  /** Sends the meeting's invitation to every active member who does not have the current version. */
  async sendAll(callerId: string, meetingId: string, now: Date): Promise<InvitationReport> {
    const { meeting: stored, member } = await this.meetings.getFor(callerId, meetingId);
    assertMay(member, "send-invitations");
    const invited = await this.markInvited(stored, now);
    const graph = await this.graph?.beforeInvitations(invited);
    // The calendar event may have given the meeting its Teams link, which the cards show.
    const meeting = graph ? (await this.meetings.get(invited.id)).value : invited;
    const view = await this.views.view(meeting);
    const invitees = activeMembers(view.members);
    const results = await mapLimit(invitees, PARALLEL_DELIVERIES, (m) => this.deliver(view, m, now));
    await this.summaries.refresh(meeting.id, { create: true });
    const totals = { sent: 0, updated: 0, "already-sent": 0, "in-progress": 0, unreachable: 0 };
    for (const r of results) totals[r.status] += 1;
    this.logger.info({ meetingId, sequence: meeting.sequence, totals }, "invitations sent");
    return { meetingId, sequence: meeting.sequence, totals, results, ...(graph ? { graph } : {}) };
  }

  /**
   * Tells everyone who has a card about a change or a cancellation: card updated in place + a short message
   * saying what changed (each agenda change on its own line); a silent notice updates the cards only. With
   * Graph, the calendar event is updated or cancelled first.
   */
  async announce(meeting: Meeting, change: MeetingChange[] | "cancelled", now: Date, detail: ChangeNotice = {}): Promise<void> {
    await this.graph?.changed(meeting, change);
    const rows = await this.stores.invitations.list(meeting.id);
    if (rows.length === 0) return;
    const view = await this.views.view(meeting);
    const byId = new Map(view.members.map((m) => [m.aadObjectId, m]));
    const t = (language: Language) => invitationTexts[language];
    const when = (language: Language) => meetingWhen(meeting, language);
    const notice: Notice = change === "cancelled"
      ? (l) => t(l).cancelledMessage(meeting.title, when(l))
      : (l) => [t(l).changedMessage(meeting.title, when(l), change.map((c) => t(l).changes[c]).join(", ")), ...agendaChangeLines(detail.agendaChanges ?? [], l).map((line) => `- ${line}`)].join("\n");
    const invitees = rows.filter((r) => r.value.activityId).flatMap((r) => byId.get(r.value.memberId) ?? []);
    await mapLimit(invitees, PARALLEL_DELIVERIES, (m) => this.deliver(view, m, now, detail.silent ? null : notice));
    await this.summaries.refresh(meeting.id, { create: false });
  }

  /** Updates one invitee's card in place (after they answered elsewhere, e.g. in the tab). */
  async refreshCard(meeting: Meeting, memberId: string, now: Date): Promise<void> {
    const row = await this.stores.invitations.get(meeting.id, memberId);
    if (!row?.value.activityId) return;
    const view = await this.views.view(meeting);
    const language = await this.views.languageOf(memberId, view.network);
    const card = await this.views.card(view, memberId, { language, now, calendarKey: row.value.calendarKey });
    await this.notifier.updateForUser(memberId, row.value.activityId, cardMessage(card));
  }

  private async markInvited(stored: Stored<Meeting>, now: Date): Promise<Meeting> {
    const check = (m: Meeting) => {
      if (m.status === "cancelled") throw conflict("meeting_cancelled", "Mötet är inställt.", "The meeting is cancelled.");
      if (hasStarted(m, now) || (m.status !== "draft" && m.status !== "invited")) {
        throw conflict("meeting_started", "Mötet har redan börjat; kallelsen kan inte skickas.", "The meeting has already started; the invitation cannot be sent.");
      }
    };
    check(stored.value);
    if (stored.value.status === "invited") return stored.value;
    return withConflictRetry(async () => {
      const latest = await this.meetings.get(stored.value.id);
      check(latest.value);
      if (latest.value.status === "invited") return latest.value;
      return (await this.stores.meetings.replace(transition(latest.value, "invited"), latest.etag)).value;
    });
  }

  /** Delivers the current version; `notice` null updates a card in place without any message. */
  private async deliver(view: MeetingView, member: Member, now: Date, notice?: Notice | null): Promise<InvitationResult> {
    const { meeting } = view;
    const base = { memberId: member.aadObjectId, displayName: member.displayName, organisationId: member.organisationId };
    const existing = await this.stores.invitations.get(meeting.id, member.aadObjectId);
    if (!needsVersion(existing?.value, meeting.sequence)) return { ...base, status: "already-sent" };
    if (deliveryInProgress(existing?.value, meeting.sequence, now)) return { ...base, status: "in-progress" };
    const claim = await this.claim(meeting, member.aadObjectId, existing, now);
    if (!claim) return { ...base, status: "in-progress" };
    const record = claim.value;
    const language = await this.views.languageOf(member.aadObjectId, view.network);
    const card = cardMessage(await this.views.card(view, member.aadObjectId, { language, now, calendarKey: record.calendarKey }));
    const previous = record.activityId;
    const result = previous ? await this.notifier.updateForUser(member.aadObjectId, previous, card) : await this.notifier.sendToUser(member.aadObjectId, card);
    if (result.status === "sent" && previous && notice !== null) {
      const message = notice?.(language) ?? invitationTexts[language].changedMessage(meeting.title, meetingWhen(meeting, language), invitationTexts[language].updatedVersion);
      await this.notifier.sendToUser(member.aadObjectId, { type: "message", text: message });
    }
    const rest = { ...record, pending: undefined, lastFailure: undefined };
    const done: MeetingScoped<InvitationRecord> = result.status === "sent"
      ? { ...rest, sequence: meeting.sequence, activityId: result.activityId, conversationId: result.conversationId, sentAt: now.toISOString() }
      : { ...rest, lastFailure: { reason: result.reason, detail: result.detail, at: now.toISOString() } };
    await this.stores.invitations.replace(done, claim.etag);
    if (result.status === "unreachable") return { ...base, status: "unreachable", reason: result.reason, ...(result.detail ? { detail: result.detail } : {}) };
    return { ...base, status: previous ? "updated" : "sent" };
  }

  /** Claims the delivery of this version in the invitee's row; undefined when another instance got it. */
  private async claim(meeting: Meeting, memberId: string, existing: Stored<MeetingScoped<InvitationRecord>> | undefined, now: Date) {
    const pending = { sequence: meeting.sequence, since: now.toISOString() };
    try {
      if (existing) return await this.stores.invitations.replace({ ...existing.value, pending }, existing.etag);
      return await this.stores.invitations.create({ meetingId: meeting.id, memberId, calendarKey: randomBytes(18).toString("base64url"), pending });
    } catch (error) {
      if (error instanceof ConcurrencyError || error instanceof AlreadyExistsError) return undefined;
      throw error;
    }
  }
}
