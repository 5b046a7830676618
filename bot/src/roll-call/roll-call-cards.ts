import type { TurnContext } from "botbuilder";
import { ActivityTypes, CardFactory, MessageFactory } from "../teams/activity-values";
import type { Meeting } from "../domain/meeting";
import type { Logger } from "../logger";
import { RECENT_ROLL_CALL_MS, type CardState, type KnownMeeting, type RollCallService, type RollCallSnapshot } from "./roll-call-service";
import type { Card } from "../shared/card";
import { rollCallCard } from "./roll-call-card";
import { KeyedCoalescer } from "../shared/keyed-coalescer";
import type { RoundTableWalkState } from "../domain/round-table-walk";
import type { Notifier } from "../teams/notifier";

// Rounds of "update, read again, update again if it changed meanwhile" before giving up for now.
const MAX_ROUNDS = 3;

/**
 * How long an update about to start waits at most for the check-ins of its meeting still being written, so
 * that one update shows those that arrive together (nobody waits when nobody else is checking in).
 */
export const CARD_GATHER_MS = 25;

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
  // Per meeting, the check-ins being written, and who waits until there are none.
  private readonly writes = new Map<string, { count: number; none: (() => void)[] }>();

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
   * Brings the posted card up to date and resolves with the snapshot it shows. Within a process, runs for a
   * meeting never overlap and waiting callers share one; a run draws the card from the meeting's rows as this
   * process last read and changed them (`RECENT_ROLL_CALL_MS`), so it holds every change made here before the
   * run began. Across processes, each run reads the rows again after its update and sends the card again if
   * the roll call changed meanwhile (unless a run waiting here will send it), so the last update wins. Then the
   * round-table walk card, which depends on who is present, is redrawn, once per run. `known`: the
   * meeting row and directory the caller's turn read already (they do not change while a roll call runs).
   */
  update(meetingId: string, known?: KnownMeeting): Promise<RollCallSnapshot> {
    return this.coalescer.run(meetingId, async () => {
      await this.gathered(meetingId);
      let state = await this.rollCalls.cardState(meetingId, known, RECENT_ROLL_CALL_MS);
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        if (!(await this.send(meetingId, state))) break;
        // Another server instance may have changed the roll call since those rows were read, and sent its card
        // before this one landed: look again, now. A change made here meanwhile is in the waiting run's card.
        if ((await this.rollCalls.versions(meetingId)) === state.versions || this.coalescer.waiting(meetingId)) break;
        state = await this.rollCalls.cardState(meetingId, known, 0);
      }
      // Once per run, not per caller: callers who share a run share its redraw of the walk card.
      await this.walk?.attendanceChanged(state.snapshot.meeting.value, { walk: state.walk }).catch((error: unknown) => {
        this.logger.warn({ err: error, meetingId }, "round-table card not updated after an attendance change");
      });
      return state.snapshot;
    });
  }

  /**
   * Tells the updater that a check-in of the meeting is being written: an update about to start waits for it
   * (at most CARD_GATHER_MS). Call the returned function once the write is done or failed; again is nothing.
   */
  writing(meetingId: string): () => void {
    const entry = this.writes.get(meetingId) ?? { count: 0, none: [] };
    entry.count += 1;
    this.writes.set(meetingId, entry);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      entry.count -= 1;
      if (entry.count > 0) return;
      this.writes.delete(meetingId);
      for (const resolve of entry.none) resolve();
    };
  }

  // Until no check-in of the meeting is being written, or CARD_GATHER_MS.
  private async gathered(meetingId: string): Promise<void> {
    const entry = this.writes.get(meetingId);
    if (!entry) return;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      entry.none.push(resolve);
      timer = setTimeout(resolve, CARD_GATHER_MS);
    });
    clearTimeout(timer);
  }

  // Sends the card; false when there is no posted card or it could not be updated.
  private async send(meetingId: string, { snapshot }: CardState): Promise<boolean> {
    const posted = snapshot.rollCall;
    if (!posted?.cardActivityId) return false;
    const card = this.sharedCard(snapshot);
    const result = await this.notifier.updateInChat(posted.conversationId, posted.cardActivityId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (result.status !== "sent") {
      this.logger.warn({ meetingId, delivery: result }, "roll-call card not updated");
      return false;
    }
    return true;
  }
}
