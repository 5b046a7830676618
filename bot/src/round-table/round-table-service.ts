import { CardFactory, MessageFactory } from "../teams/activity-values";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { forbidden, invalid } from "../domain/errors";
import { assertMay, may } from "../domain/roles";
import { walkSteps, type RoundTableWalkState } from "../domain/round-table-walk";
import { leadRefusal, roundTableTexts } from "./texts";
import type { RoundTableQuestions } from "../storage/records/round-table";
import { saveQuestions } from "./round-table-questions";
import type { Language } from "../domain/network";
import type { Logger } from "../logger";
import { RoundTableBoard, type BoardSnapshot } from "./round-table-board";
import { RoundTableEntries, type EntryWrite, type HistoryEntry, type StoredEntry } from "./round-table-entries";
import type { Stores } from "../storage/repository";
import type { Notifier } from "../teams/notifier";
import { roundTableWalkCard } from "./round-table-walk-card";

/**
 * The round table as the bot and the API use it: entries and walk, plus keeping the walk card in the
 * meeting chat and the minutes' block in step with every change.
 */
export class RoundTableService {
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

  /**
   * A step of the walk, for the meeting's chair or the coordinator only: `from` says where it was asked (a
   * chat command or the card) for the refusal's words. The walk card in the chat follows.
   */
  async step(caller: Member, meeting: Meeting, step: string, now: Date, options: { from: "command" | "card"; at?: string }): Promise<BoardSnapshot> {
    if (!may(caller, "run-round-table", meeting)) {
      const texts = options.from === "command" ? leadRefusal : { sv: roundTableTexts.sv.onlyChair, en: roundTableTexts.en.onlyChair };
      throw forbidden("not_leading_round_table", texts.sv, texts.en);
    }
    const known = walkSteps.find((s) => s === step);
    if (!known) throw invalid("unknown_step", roundTableTexts.sv.unknownStep, roundTableTexts.en.unknownStep);
    const snapshot = await this.board.step(meeting, known, now, options.at ?? "");
    // A started walk gets a new card from the command; every other step updates the posted one.
    if (!(options.from === "command" && known === "start")) await this.updateCard(snapshot);
    return snapshot;
  }

  /** The coordinator includes or leaves out the second round "Omvärldsbevakning"; the walk card follows. */
  async setIncludeAgencies(caller: Member, meeting: Meeting, read: () => boolean, now: Date): Promise<BoardSnapshot> {
    if (!may(caller, "manage-network")) throw forbidden("not_allowed", roundTableTexts.sv.onlyCoordinator, roundTableTexts.en.onlyCoordinator);
    const snapshot = await this.board.setIncludeAgencies(meeting, read(), now);
    await this.updateCard(snapshot);
    return snapshot;
  }

  /** The coordinator replaces the network's round-table questions. */
  saveQuestions(caller: Member, read: () => string[], now: Date): Promise<RoundTableQuestions> {
    assertMay(caller, "manage-network");
    return saveQuestions(this.stores, caller.networkId, read(), caller.aadObjectId, now);
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
  async attendanceChanged(meeting: Meeting, known?: { walk?: RoundTableWalkState }): Promise<void> {
    // Without a posted, open walk card there is nothing to redraw: one read (none when the caller's turn
    // read the walk row already) instead of a whole picture.
    const walk = known ? known.walk : (await this.stores.roundTableWalks.get(meeting.id, "state"))?.value;
    if (!walk?.conversationId || !walk.cardActivityId || walk.status === "closed") return;
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
