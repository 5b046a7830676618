/** Who the bot can write to proactively: a user's 1:1 chat or a group/meeting chat. */
export interface ConversationRecord {
  /** `user` rows are keyed by Entra object id, `chat` rows by conversation id. */
  scope: "user" | "chat";
  key: string;
  conversationId: string;
  serviceUrl: string;
  tenantId?: string;
  /** The Bot Framework conversation reference, stored as plain JSON. */
  reference: Record<string, unknown>;
  updatedAt: string;
  /** On `user` rows: the last proactive send that Teams refused, until one gets through again. */
  lastDeliveryFailure?: { at: string; detail?: string };
}
