import type { TurnContext } from "botbuilder";
import { ActivityTypes, CardFactory, MessageFactory } from "../teams/activity-values";
import type { Meeting } from "../domain/meeting";
import type { Logger } from "../logger";
import { fingerprintOf, type KnownMeeting, type RollCallService, type RollCallSnapshot } from "./roll-call-service";
import type { Card } from "../shared/card";
import { rollCallCard } from "./roll-call-card";
import { KeyedCoalescer } from "../shared/keyed-coalescer";
import type { RoundTableWalkState } from "../domain/round-table-walk";
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
/** What one card update run showed, and the caller's roll call it started from, if any. */
interface UpdateRun {
  snapshot: RollCallSnapshot;
  from?: { snapshot: RollCallSnapshot; walk?: RoundTableWalkState };
}

export class RollCallCards {
  private readonly coalescer = new KeyedCoalescer<UpdateRun>();
  // Per meeting, what the run not yet started may start from (undefined: it reads the meeting's rows).
  private readonly startFrom = new Map<string, UpdateRun["from"]>();

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
   * meeting never overlap and waiting callers share one; across processes, each run reads the attendance
   * again after its update and sends the card again if someone changed it meanwhile, so the last update wins.
   * Then the round-table walk card, which depends on who is present, is redrawn too, once per run. `known`:
   * the meeting row and directory the caller's turn read already (they do not change while a roll call runs).
   * `after`: the roll call as the caller's turn left it (and the walk row it read): a run only this caller
   * waits for starts from it instead of reading the meeting's rows again.
   */
  async update(meetingId: string, known?: KnownMeeting, after?: UpdateRun["from"]): Promise<RollCallSnapshot> {
    // A second caller joining the run that has not started yet: its change may not be in the first one's snapshot.
    this.startFrom.set(meetingId, this.startFrom.has(meetingId) ? undefined : after);
    return (await this.updateRollCallCard(meetingId, known)).snapshot;
  }

  private updateRollCallCard(meetingId: string, known?: KnownMeeting): Promise<UpdateRun> {
    return this.coalescer.run(meetingId, async () => {
      const from = this.startFrom.get(meetingId);
      this.startFrom.delete(meetingId);
      let snapshot = from?.snapshot ?? (await this.rollCalls.snapshot(meetingId, known));
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const posted = snapshot.rollCall;
        if (!posted?.cardActivityId) break;
        const card = this.sharedCard(snapshot);
        const result = await this.notifier.updateInChat(posted.conversationId, posted.cardActivityId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
        if (result.status !== "sent") {
          this.logger.warn({ meetingId, delivery: result }, "roll-call card not updated");
          break;
        }
        if ((await this.rollCalls.fingerprint(meetingId)) === fingerprintOf(snapshot)) break;
        snapshot = await this.rollCalls.snapshot(meetingId, known);
      }
      // Once per run, not per caller: callers who share a run share its redraw of the walk card.
      await this.walk?.attendanceChanged(snapshot.meeting.value, from ? { walk: from.walk } : undefined).catch((error: unknown) => {
        this.logger.warn({ err: error, meetingId }, "round-table card not updated after an attendance change");
      });
      return { snapshot, from };
    });
  }
}
