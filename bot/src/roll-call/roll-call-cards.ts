import type { TurnContext } from "botbuilder";
import { ActivityTypes, CardFactory, MessageFactory } from "../teams/activity-values";
import type { Meeting } from "../domain/meeting";
import type { Logger } from "../logger";
import { fingerprintOf, RECENT_ROLL_CALL_MS, type CardState, type KnownMeeting, type RollCallService, type RollCallSnapshot } from "./roll-call-service";
import type { Card } from "../shared/card";
import { rollCallCard } from "./roll-call-card";
import { KeyedCoalescer } from "../shared/keyed-coalescer";
import type { RoundTableWalkState } from "../domain/round-table-walk";
import type { Notifier } from "../teams/notifier";

// Updates in a row started by checks that found the roll call changed meanwhile, before giving up for now.
const MAX_ROUNDS = 3;

/**
 * How long after an update of the posted card the roll call is read again, to catch a change made through
 * another server instance: the updates sent meanwhile share the one read.
 */
export const CARD_CHECK_DELAY_MS = 250;

/**
 * Answers an Action.Execute invoke with a card for the person who pressed. Sent here rather than returned
 * to teams-ai, which would also replace the pressed message for everyone when the card has `refresh`: the
 * posted card is already updated in place, and a refresh must only answer its viewer.
 */
export async function replyWithCard(turn: TurnContext, card: Card): Promise<Card> {
  await turn.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card } } });
  return card;
}

/** The roll-call card posted in a meeting chat: posting it, and keeping it up to date in place. */
export class RollCallCards {
  private readonly coalescer = new KeyedCoalescer<RollCallSnapshot>();
  // Per meeting, the check waiting to read the roll call again after the last update sent.
  private readonly checks = new Map<string, { known?: KnownMeeting; shown: RollCallSnapshot; round: number; timer: NodeJS.Timeout }>();

  constructor(
    private readonly rollCalls: RollCallService,
    private readonly notifier: Notifier,
    private readonly logger: Logger,
    /** Told after each update: the round-table walk card follows who is present. */
    private readonly walk?: { attendanceChanged(meeting: Meeting, known?: { walk?: RoundTableWalkState }): Promise<void> },
  ) {}

  /** The card as posted for everyone: the network's language, the chair's controls shown (the server decides who may use them). */
  sharedCard(snapshot: RollCallSnapshot): Card {
    return rollCallCard(snapshot, { language: snapshot.network.language, controls: true });
  }

  /** Posts the card in the chat and remembers its activity id; replies in the turn when the chat can't be reached. */
  async post(turn: TurnContext, snapshot: RollCallSnapshot): Promise<void> {
    const meetingId = snapshot.meeting.value.id;
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(this.sharedCard(snapshot)));
    const sent = await this.notifier.sendToChat(turn.activity.conversation.id, activity);
    if (sent.status === "sent" && sent.activityId) {
      await this.rollCalls.setCardActivity(meetingId, sent.activityId);
      return;
    }
    this.logger.warn({ meetingId, conversationId: turn.activity.conversation.id, delivery: sent }, "roll-call card not posted proactively; replying instead");
    const response = await turn.sendActivity(activity);
    if (response?.id) await this.rollCalls.setCardActivity(meetingId, response.id);
  }

  /**
   * Brings the posted card up to date and resolves with the snapshot it shows, once the chat has it. Within a
   * process, runs for a meeting never overlap and waiting callers share one; a run draws the card from the
   * meeting's rows as this process last read and changed them (`RECENT_ROLL_CALL_MS`), so it holds every
   * change made here before the run began. A moment after the last update sent (`CARD_CHECK_DELAY_MS`), the
   * rows are read again: if another server instance changed the roll call meanwhile, the card is sent again,
   * so the last update wins. The round-table walk card, which depends on who is present, is redrawn after
   * each update sent. `known`: the meeting row and directory the caller's turn read already (they do not
   * change while a roll call runs).
   */
  update(meetingId: string, known?: KnownMeeting): Promise<RollCallSnapshot> {
    return this.updateRun(meetingId, known, 1);
  }

  /** Stops the checks still waiting (the server is closing). */
  stop(): void {
    for (const check of this.checks.values()) clearTimeout(check.timer);
    this.checks.clear();
  }

  private updateRun(meetingId: string, known: KnownMeeting | undefined, round: number): Promise<RollCallSnapshot> {
    return this.coalescer.run(meetingId, async () => {
      const state = await this.rollCalls.cardState(meetingId, known, RECENT_ROLL_CALL_MS);
      if (await this.send(meetingId, state)) this.checkLater(meetingId, { known, shown: state.snapshot, round });
      return state.snapshot;
    });
  }

  // One check per meeting waits at a time: updates sent meanwhile only change what it compares with.
  private checkLater(meetingId: string, check: { known?: KnownMeeting; shown: RollCallSnapshot; round: number }): void {
    const waiting = this.checks.get(meetingId);
    if (waiting) {
      Object.assign(waiting, check);
      return;
    }
    const timer = setTimeout(() => void this.check(meetingId), CARD_CHECK_DELAY_MS);
    timer.unref();
    this.checks.set(meetingId, { ...check, timer });
  }

  /**
   * Reads the roll call again and sends the card again when the store holds another roll call than the last
   * update showed, unless an update is under way or waiting (it is checked after it too). At most MAX_ROUNDS
   * in a row: the next change starts over.
   */
  private async check(meetingId: string): Promise<void> {
    const check = this.checks.get(meetingId);
    this.checks.delete(meetingId);
    if (!check || this.coalescer.busy(meetingId)) return;
    try {
      const now = await this.rollCalls.cardState(meetingId, check.known, 0);
      if (fingerprintOf(now.snapshot) === fingerprintOf(check.shown) || this.coalescer.busy(meetingId) || check.round >= MAX_ROUNDS) return;
      await this.updateRun(meetingId, check.known, check.round + 1);
    } catch (error) {
      this.logger.warn({ err: error, meetingId }, "roll-call card not checked after its update");
    }
  }

  // Sends the card and redraws the walk card; false when there is no posted card or it could not be updated.
  private async send(meetingId: string, { snapshot, walk }: CardState): Promise<boolean> {
    const posted = snapshot.rollCall;
    if (!posted?.cardActivityId) return false;
    const card = this.sharedCard(snapshot);
    const result = await this.notifier.updateInChat(posted.conversationId, posted.cardActivityId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (result.status !== "sent") {
      this.logger.warn({ meetingId, delivery: result }, "roll-call card not updated");
      return false;
    }
    await this.walk?.attendanceChanged(snapshot.meeting.value, { walk }).catch((error: unknown) => {
      this.logger.warn({ err: error, meetingId }, "round-table card not updated after an attendance change");
    });
    return true;
  }
}
