import { CardFactory, MessageFactory } from "../teams/activity-values";
import { minutesMessages } from "./texts";
import type { Config } from "../config";
import type { Meeting } from "../domain/meeting";
import { activeMembers } from "../domain/member";
import type { MinutesDocument } from "../domain/minutes";
import type { ApprovalCardRef, MinutesComment, MinutesState, MinutesVersion } from "../domain/minutes-workflow";
import type { Language } from "../domain/network";
import { stockholmParts } from "../domain/time";
import type { Logger } from "../logger";
import type { Directory } from "../register/directory";
import type { MinutesEvents } from "./minutes-events";
import type { Stores } from "../storage/repository";
import { minutesApprovalCard, type ApprovalCardInput } from "./minutes-approval-card";
import { draftDocument, type MinutesData } from "./minutes-data";
import { approvalCardTexts } from "./texts";
import { minutesPublishedCard } from "./minutes-published-card";
import type { Notifier } from "../teams/notifier";
import { personLanguage } from "../teams/person-language";

/** The tab page of a meeting's minutes, for links in cards. */
export function minutesLink(publicUrl: string, meetingId: string): string {
  return `${publicUrl}/tab/#/meetings/${encodeURIComponent(meetingId)}/minutes`;
}

const asCard = (card: Record<string, unknown>) => MessageFactory.attachment(CardFactory.adaptiveCard(card));

/** Builds approval cards and tells people about the minutes through the bot (meeting chat, 1:1 chats). */
export class BotMinutesEvents implements MinutesEvents {
  constructor(private readonly deps: { stores: Stores; directory: Directory; data: MinutesData; notifier: Notifier; config: Config; logger: Logger }) {}

  /** The approval card for one approver in the state given, in the approver's language unless another is asked for. */
  async approvalCard(
    meeting: Meeting,
    approverId: string,
    state: MinutesState,
    published: boolean,
    options: { notice?: ApprovalCardInput["notice"]; language?: Language } = {},
  ): Promise<Record<string, unknown>> {
    const data = await this.deps.data.load(meeting);
    return minutesApprovalCard({
      language: options.language ?? (await personLanguage(this.deps.stores, approverId, data.network.language)),
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      date: stockholmParts(new Date(meeting.startUtc)).date,
      items: draftDocument(data).items,
      link: minutesLink(this.deps.config.publicUrl, meeting.id),
      approved: state.approvals.some((a) => a.approverId === approverId),
      published,
      notice: options.notice,
    });
  }

  /** Posts the summary card in the meeting chat and, when the network's setting is on, to every active member 1:1. */
  async published(meeting: Meeting, version: MinutesVersion, document: MinutesDocument): Promise<void> {
    // The summary quotes the minutes, which are in the network's language for everyone.
    const card = asCard(minutesPublishedCard({ document, version: version.version, changeNote: version.changeNote, link: minutesLink(this.deps.config.publicUrl, meeting.id) }));
    const log = this.deps.logger.child({ meetingId: meeting.id, version: version.version });
    if (meeting.chatConversationId) {
      const result = await this.deps.notifier.sendToChat(meeting.chatConversationId, card);
      log.info({ status: result.status }, "minutes announced in the meeting chat");
    }
    const network = await this.deps.directory.network(meeting.networkId);
    if (!(network.settings?.notifyMembersOnPublish ?? this.deps.config.minutes.notifyMembers)) return;
    const members = activeMembers(await this.deps.directory.members(meeting.networkId));
    const results = await Promise.all(members.map((m) => this.deps.notifier.sendToUser(m.aadObjectId, card)));
    log.info({ sent: results.filter((r) => r.status === "sent").length, unreachable: results.filter((r) => r.status !== "sent").length }, "minutes announced to members");
  }

  /** Sends each approver the approval card; returns the cards that arrived. */
  async approvalRequested(meeting: Meeting, approverIds: readonly string[], state: MinutesState): Promise<ApprovalCardRef[]> {
    const sent = await Promise.all(approverIds.map(async (approverId) => {
      const result = await this.deps.notifier.sendToUser(approverId, asCard(await this.approvalCard(meeting, approverId, state, false)));
      return result.status === "sent" ? { approverId, activityId: result.activityId } : undefined;
    }));
    return sent.filter((ref): ref is ApprovalCardRef => ref !== undefined);
  }

  /**
   * Sends approvers whose approval an edit reset a new approval card saying the minutes changed (an update
   * in place of an old card is easy to miss); returns the new cards, which replace the old ones.
   */
  async approvalsReset(meeting: Meeting, approverIds: readonly string[], state: MinutesState): Promise<ApprovalCardRef[]> {
    const network = await this.deps.directory.network(meeting.networkId);
    const sent = await Promise.all(approverIds.map(async (approverId) => {
      const language = await personLanguage(this.deps.stores, approverId, network.language);
      const notice = { text: approvalCardTexts[language].changed, attention: true };
      const result = await this.deps.notifier.sendToUser(approverId, asCard(await this.approvalCard(meeting, approverId, state, false, { notice, language })));
      return result.status === "sent" ? { approverId, activityId: result.activityId } : undefined;
    }));
    return sent.filter((ref): ref is ApprovalCardRef => ref !== undefined);
  }

  /** Updates every approver's card in place to the current state. */
  async approvalChanged(meeting: Meeting, state: MinutesState, published: boolean): Promise<void> {
    await Promise.all(state.cards.map(async (ref) => {
      const card = await this.approvalCard(meeting, ref.approverId, state, published);
      await this.deps.notifier.updateForUser(ref.approverId, ref.activityId, asCard(card));
    }));
  }

  /** Passes an approver's comment to the meeting's secretary and the network's coordinators. */
  async commented(meeting: Meeting, comment: MinutesComment): Promise<void> {
    const network = await this.deps.directory.network(meeting.networkId);
    const date = stockholmParts(new Date(meeting.startUtc)).date;
    const text = (language: Language) => minutesMessages[language].commented(comment.byName, meeting.title, date, comment.text);
    const recipients = new Set([meeting.secretaryId, ...network.coordinatorIds].filter((id): id is string => Boolean(id) && id !== comment.byId));
    await Promise.all([...recipients].map(async (id) => {
      const language = await personLanguage(this.deps.stores, id, network.language);
      // A named link, not a bare address: Teams shows Markdown links in messages as their text.
      const link = `[${minutesMessages[language].openMinutes}](${minutesLink(this.deps.config.publicUrl, meeting.id)})`;
      await this.deps.notifier.sendToUser(id, MessageFactory.text(`${text(language)}\n\n${link}`));
    }));
  }
}
