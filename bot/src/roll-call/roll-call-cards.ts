import type { TurnContext } from "botbuilder";
import { ActivityTypes, CardFactory, MessageFactory } from "../teams/activity-values";
import type { Meeting } from "../domain/meeting";
import type { Logger } from "../logger";
import { fingerprintOf, type KnownMeeting, type RollCallService, type RollCallSnapshot } from "./roll-call-service";
import type { Card } from "../shared/card";
import { rollCallCard } from "./roll-call-card";
import { KeyedCoalescer } from "../shared/keyed-coalescer";
import type { Notifier } from "../teams/notifier";

// Rounds of "update, read again, update again if it changed meanwhile" before giving up for now.
const MAX_ROUNDS = 3;

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

  constructor(
    private readonly rollCalls: RollCallService,
    private readonly notifier: Notifier,
    private readonly logger: Logger,
    /** Told after each update: the round-table walk card follows who is present. */
    private readonly walk?: { attendanceChanged(meeting: Meeting): Promise<void> },
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
   * meeting never overlap and waiting callers share one; across processes, each run reads the attendance
   * again after its update and sends the card again if someone changed it meanwhile, so the last update wins.
   * Then the round-table walk card, which depends on who is present, is redrawn too. `known`: the meeting row
   * and directory the caller's turn read already (they do not change while a roll call runs).
   */
  async update(meetingId: string, known?: KnownMeeting): Promise<RollCallSnapshot> {
    const snapshot = await this.updateRollCallCard(meetingId, known);
    await this.walk?.attendanceChanged(snapshot.meeting.value).catch((error: unknown) => {
      this.logger.warn({ err: error, meetingId }, "round-table card not updated after an attendance change");
    });
    return snapshot;
  }

  private updateRollCallCard(meetingId: string, known?: KnownMeeting): Promise<RollCallSnapshot> {
    return this.coalescer.run(meetingId, async () => {
      let snapshot = await this.rollCalls.snapshot(meetingId, known);
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const posted = snapshot.rollCall;
        if (!posted?.cardActivityId) return snapshot;
        const card = this.sharedCard(snapshot);
        const result = await this.notifier.updateInChat(posted.conversationId, posted.cardActivityId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
        if (result.status !== "sent") {
          this.logger.warn({ meetingId, delivery: result }, "roll-call card not updated");
          return snapshot;
        }
        if ((await this.rollCalls.fingerprint(meetingId)) === fingerprintOf(snapshot)) return snapshot;
        snapshot = await this.rollCalls.snapshot(meetingId, known);
      }
      return snapshot;
    });
  }
}
