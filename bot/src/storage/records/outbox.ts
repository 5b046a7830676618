/** Where an outbox message goes: a person's 1:1 chat with the bot, or a group or meeting chat. */
export interface OutboxRecipient {
  kind: "user" | "chat";
  /** The person's Entra object id, or the chat's conversation id. */
  id: string;
}

/** Why the last attempt did not deliver, and when. */
export interface OutboxError {
  reason: string;
  detail?: string;
  statusCode?: number;
  at: string;
}

/**
 * One message to deliver, written before it is sent. The key is deterministic (what the message is, for
 * whom), so the same intention written twice — by two instances or after a restart — is one row.
 */
export interface OutboxMessage {
  /** The partition: what the message is about (a meeting id), so that a feature lists its own messages. */
  scope: string;
  key: string;
  /** What kind of message it is, e.g. `invitation-reminder`; features filter on it. */
  topic: string;
  recipient: OutboxRecipient;
  /** A detail the feature reads back (e.g. the organisation asked); not used for delivery. */
  subject?: string;
  /** The Bot Framework activity to send, rendered when the message was written. */
  activity: Record<string, unknown>;
  state: "pending" | "sent" | "failed";
  createdAt: string;
  /** Attempts started so far (a claim counts as one). */
  attempts: number;
  /** The message is not tried before this moment. */
  nextAttemptAt: string;
  /** The instance sending it now; another may take it over after `until`. */
  claim?: { by: string; until: string };
  sentAt?: string;
  activityId?: string;
  conversationId?: string;
  lastError?: OutboxError;
}
