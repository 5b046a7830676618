import { TurnContext, type Activity } from "botbuilder";
import type { Stores } from "../storage/repository";
import type { ConversationRecord } from "../storage/records/conversation";

/**
 * Stores where the bot can reach the sender later: the user's 1:1 chat (keyed by Entra object id) or the
 * group/meeting chat (keyed by conversation id), with the sender's last seen Teams locale. Returns the record
 * written or kept, if any.
 */
export async function rememberConversation(stores: Pick<Stores, "conversations">, activity: Activity, now: Date): Promise<ConversationRecord | undefined> {
  const conversationId = activity.conversation?.id;
  if (!conversationId || !activity.serviceUrl) return undefined;
  const reference = TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>;
  const personal = (activity.conversation.conversationType ?? "personal") === "personal";
  const userId = activity.from?.aadObjectId;
  if (personal && !userId) return undefined;
  // Read "recently" (RecentReads): every turn asks, and the row seldom changes. A write through this process
  // is seen at once; one made by another server instance within a few seconds.
  const existing = await stores.conversations.recentGet(personal ? "user" : "chat", personal ? userId! : conversationId);
  // The person's language is their last seen Teams locale: an activity without one (some installation
  // updates) keeps the one stored, and a new locale alone is reason enough to write.
  const locale = activity.locale ?? existing?.value.reference.locale;
  if (locale === undefined) delete reference.locale;
  else reference.locale = locale;
  const record: ConversationRecord = {
    scope: personal ? "user" : "chat",
    key: personal ? userId! : conversationId,
    conversationId,
    serviceUrl: activity.serviceUrl,
    tenantId: activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id,
    reference,
    updatedAt: now.toISOString(),
  };
  if (
    existing &&
    existing.value.conversationId === record.conversationId &&
    existing.value.serviceUrl === record.serviceUrl &&
    existing.value.reference.locale === reference.locale
  ) {
    return existing.value;
  }
  await stores.conversations.upsert(record);
  return record;
}
