import { CardFactory, MessageFactory } from "botbuilder";
import type { Meeting } from "../../domain/meeting";
import type { Language } from "../../domain/network";
import type { Logger } from "../../logger";
import { RoundTableBoard, type BoardSnapshot } from "../../services/round-table-board";
import { RoundTableEntries, type EntryWrite, type HistoryEntry, type StoredEntry } from "../../services/round-table-entries";
import type { Stores } from "../../storage/repository";
import type { Notifier } from "../notifier";
import { roundTableWalkCard } from "../cards/round-table-walk-card";

/**
 * The round table as the bot and the API use it: entries and walk, plus keeping the walk card in the
 * meeting chat and the minutes' block in step with every change.
 */
export class RoundTableHub {
  readonly entries: RoundTableEntries;
  readonly board: RoundTableBoard;

  constructor(private readonly stores: Stores, private readonly notifier: Notifier, private readonly logger: Logger) {
    this.entries = new RoundTableEntries(stores, logger);
    this.board = new RoundTableBoard(stores);
  }

  /** The network's language (Swedish unless the network says English). */
  async language(networkId: string): Promise<Language> {
    return (await this.stores.networks.get("network", networkId))?.value.language ?? "sv";
  }

  /** Writes an organisation's entry, then updates the minutes' block (once closed) and the walk card. */
  async writeEntry(input: EntryWrite): Promise<StoredEntry> {
    const stored = await this.entries.write(input);
    await this.updateCard(await this.board.entryChanged(input.meeting));
    return stored;
  }

  /** The organisation's entry of the last meeting before this one, for reference. */
  async previousEntry(meeting: Meeting, organisationId: string): Promise<HistoryEntry | undefined> {
    const history = await this.entries.history(meeting.networkId, organisationId);
    return history.find((h) => h.meeting.id !== meeting.id && h.meeting.startUtc < meeting.startUtc);
  }

  /** After attendance changed: who is present decides the walk's stops, so a posted, open walk card is redrawn. */
  async attendanceChanged(meeting: Meeting): Promise<void> {
    const snapshot = await this.board.snapshot(meeting);
    if (snapshot.state.status !== "closed") await this.updateCard(snapshot);
  }

  /** Replaces the walk card in the meeting chat with the shared view, which makes everyone's Teams refresh. */
  async updateCard(snapshot: BoardSnapshot): Promise<void> {
    const { conversationId, cardActivityId } = snapshot.state;
    if (!conversationId || !cardActivityId) return;
    const card = roundTableWalkCard(snapshot, await this.language(snapshot.meeting.networkId), { refresh: true });
    const result = await this.notifier.updateInChat(conversationId, cardActivityId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (result.status !== "sent") this.logger.warn({ meetingId: snapshot.meeting.id, conversationId, reason: result.reason }, "round-table card not updated");
  }
}
