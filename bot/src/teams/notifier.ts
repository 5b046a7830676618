import type { TeamsAdapter } from "@microsoft/teams-ai";
import type { Activity, ConversationReference, TurnContext } from "botbuilder";
import { systemClock, type Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Stored, Stores } from "../storage/repository";
import type { ConversationRecord } from "../storage/records/conversation";

/** The outcome of a proactive send to one person or chat. */
export type DeliveryResult =
  | { status: "sent"; activityId: string; conversationId: string }
  | {
      status: "unreachable";
      reason: "no-conversation-reference" | "connector-error";
      detail?: string;
      /** The Bot Connector's HTTP status, when it answered. */
      statusCode?: number;
      /** How long the Bot Connector asked us to wait (its `Retry-After` on 429/5xx). */
      retryAfterMs?: number;
    };

/** The HTTP status and `Retry-After` (in ms) of a failed Bot Connector call, when it carries them. */
export function connectorFailure(error: unknown): { statusCode?: number; retryAfterMs?: number } {
  const failure = (error ?? {}) as { statusCode?: unknown; retryAfterMs?: unknown; response?: { headers?: { get?(name: string): string | undefined } } };
  const header = Number(failure.response?.headers?.get?.("retry-after") ?? Number.NaN);
  const retryAfterMs = typeof failure.retryAfterMs === "number" ? failure.retryAfterMs : Number.isFinite(header) && header >= 0 ? header * 1000 : undefined;
  return {
    ...(typeof failure.statusCode === "number" ? { statusCode: failure.statusCode } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}

/**
 * Sends proactive messages through the Bot Connector at each conversation reference's `serviceUrl`, and
 * updates messages it sent earlier (cards updated in place).
 */
export class Notifier {
  /** `adapter` may be a function giving it: the bot layer is then loaded on the first send, not at start. */
  constructor(
    private readonly adapter: TeamsAdapter | (() => TeamsAdapter),
    private readonly botAppId: string,
    private readonly stores: Pick<Stores, "conversations">,
    private readonly logger: Logger,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Sends an activity to a user's 1:1 chat with the bot, if the app is installed for them. */
  async sendToUser(aadObjectId: string, activity: Partial<Activity>): Promise<DeliveryResult> {
    const record = await this.stores.conversations.get("user", aadObjectId);
    if (!record) return { status: "unreachable", reason: "no-conversation-reference" };
    const result = await this.send(record.value, activity);
    await this.rememberOutcome(record, result);
    return result;
  }

  /** Sends an activity to a group or meeting chat the bot is in. */
  async sendToChat(conversationId: string, activity: Partial<Activity>): Promise<DeliveryResult> {
    const record = await this.stores.conversations.get("chat", conversationId);
    if (!record) return { status: "unreachable", reason: "no-conversation-reference" };
    return this.send(record.value, activity);
  }

  /** Replaces a message the bot sent earlier (e.g. a card) in a user's 1:1 chat. */
  async updateForUser(aadObjectId: string, activityId: string, activity: Partial<Activity>): Promise<DeliveryResult> {
    const record = await this.stores.conversations.get("user", aadObjectId);
    if (!record) return { status: "unreachable", reason: "no-conversation-reference" };
    return this.update(record.value, activityId, activity);
  }

  /** Replaces a message the bot sent earlier in a group or meeting chat. */
  async updateInChat(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<DeliveryResult> {
    // Card updates follow presses in the same chat, whose turn has just read (or written) this reference.
    const record = await this.stores.conversations.recentGet("chat", conversationId);
    if (!record) return { status: "unreachable", reason: "no-conversation-reference" };
    return this.update(record.value, activityId, activity);
  }

  // The register shows who cannot be reached: a refused send is noted on the person's row, and the note goes
  // once a send succeeds. Written only when the state changes, so a normal send costs no extra write.
  // A newer write of the row (the person wrote to the bot meanwhile) wins over this note.
  private async rememberOutcome(record: Stored<ConversationRecord>, result: DeliveryResult): Promise<void> {
    const failed = result.status === "unreachable";
    if (failed === Boolean(record.value.lastDeliveryFailure)) return;
    const next: ConversationRecord = { ...record.value, lastDeliveryFailure: undefined };
    if (failed) next.lastDeliveryFailure = { at: this.clock.now().toISOString(), detail: result.detail?.slice(0, 500) };
    else delete next.lastDeliveryFailure;
    try {
      await this.stores.conversations.replace(next, record.etag);
    } catch (error) {
      this.logger.warn({ err: error, conversationId: record.value.conversationId }, "could not note the delivery outcome");
    }
  }

  private async send(record: ConversationRecord, activity: Partial<Activity>): Promise<DeliveryResult> {
    return this.withConversation(record, async (context) => {
      const response = await context.sendActivity(activity);
      return response?.id ?? "";
    });
  }

  private async update(record: ConversationRecord, activityId: string, activity: Partial<Activity>): Promise<DeliveryResult> {
    return this.withConversation(record, async (context) => {
      await context.updateActivity({ ...activity, id: activityId, type: activity.type ?? "message" });
      return activityId;
    });
  }

  private async withConversation(
    record: ConversationRecord,
    work: (context: TurnContext) => Promise<string>,
  ): Promise<DeliveryResult> {
    const reference = record.reference as unknown as ConversationReference;
    let activityId = "";
    try {
      let failure: unknown;
      // Bounded by connectorHttpClient: a timeout per request, and the SDK waits out only short Retry-After.
      const adapter = typeof this.adapter === "function" ? this.adapter() : this.adapter;
      await adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        // Caught here, not by the adapter's onTurnError, which would post an error message in the chat
        // (and, if that got through, hide that the real message did not).
        try {
          activityId = await work(context);
        } catch (error) {
          failure = error;
        }
      });
      if (failure !== undefined) throw failure;
      return { status: "sent", activityId, conversationId: record.conversationId };
    } catch (error) {
      this.logger.warn({ err: error, conversationId: record.conversationId }, "proactive message failed");
      return { status: "unreachable", reason: "connector-error", detail: error instanceof Error ? error.message : String(error), ...connectorFailure(error) };
    }
  }
}
