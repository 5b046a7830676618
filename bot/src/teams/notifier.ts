import type { TeamsAdapter } from "@microsoft/teams-ai";
import type { Activity, ConversationReference, TurnContext } from "botbuilder";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";
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

/** How long one proactive send or update may take, the SDK's own retries included, unless configured. */
export const DEFAULT_CONNECTOR_TIMEOUT_MS = 30_000;

/** The HTTP status and `Retry-After` (in ms) of a failed Bot Connector call, when it carries them. */
export function connectorFailure(error: unknown): { statusCode?: number; retryAfterMs?: number } {
  const { statusCode, response } = (error ?? {}) as { statusCode?: unknown; response?: { headers?: { get?(name: string): string | undefined } } };
  const header = response?.headers?.get?.("retry-after");
  const seconds = header === undefined ? Number.NaN : Number(header);
  return {
    ...(typeof statusCode === "number" ? { statusCode } : {}),
    ...(Number.isFinite(seconds) && seconds >= 0 ? { retryAfterMs: seconds * 1000 } : {}),
  };
}

class ConnectorTimeout extends Error {
  constructor(ms: number) {
    super(`Bot Connector did not answer within ${ms} ms`);
    this.name = "ConnectorTimeout";
  }
}

/** Resolves or rejects as `work` does, or rejects with ConnectorTimeout after `ms`. */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectorTimeout(ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends proactive messages through the Bot Connector at each conversation reference's `serviceUrl`, and
 * updates messages it sent earlier (cards updated in place).
 */
export class Notifier {
  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly botAppId: string,
    private readonly stores: Pick<Stores, "conversations">,
    private readonly logger: Logger,
    private readonly timeoutMs = DEFAULT_CONNECTOR_TIMEOUT_MS,
  ) {}

  /** Sends an activity to a user's 1:1 chat with the bot, if the app is installed for them. */
  async sendToUser(aadObjectId: string, activity: Partial<Activity>): Promise<DeliveryResult> {
    const record = await this.stores.conversations.get("user", aadObjectId);
    if (!record) return { status: "unreachable", reason: "no-conversation-reference" };
    return this.send(record.value, activity);
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
    const record = await this.stores.conversations.get("chat", conversationId);
    if (!record) return { status: "unreachable", reason: "no-conversation-reference" };
    return this.update(record.value, activityId, activity);
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
      // The SDK retries 429/5xx itself (honouring short Retry-After); the timeout bounds the whole call.
      await withTimeout(this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        activityId = await work(context);
      }), this.timeoutMs);
      return { status: "sent", activityId, conversationId: record.conversationId };
    } catch (error) {
      this.logger.warn({ err: error, conversationId: record.conversationId }, "proactive message failed");
      return { status: "unreachable", reason: "connector-error", detail: error instanceof Error ? error.message : String(error), ...connectorFailure(error) };
    }
  }
}
