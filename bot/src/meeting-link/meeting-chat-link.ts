import type { Meeting } from "../domain/meeting";
import type { Stored, Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";

/** Where a Teams chat stands in relation to the network's meetings. */
export type ChatLink =
  | { kind: "linked"; meeting: Stored<Meeting> }
  /** The only meeting around now: a guess, linked only when someone who may run the meeting confirms it by acting. */
  | { kind: "guessed"; meeting: Meeting }
  | { kind: "ambiguous"; candidates: Meeting[] }
  | { kind: "none" };

/** What identifies a Teams meeting chat in an activity. */
export interface ChatIdentity {
  conversationId: string;
  /** `channelData.meeting.id`, when Teams sends it. */
  teamsMeetingId?: string;
}

// A meeting chat is used from a while before the meeting until a while after it.
const WINDOW_MS = 12 * 3600_000;

function joinUrlMentions(meeting: Meeting, conversationId: string): boolean {
  if (!meeting.joinUrl) return false;
  try {
    return decodeURIComponent(meeting.joinUrl).includes(conversationId);
  } catch {
    return false;
  }
}

/**
 * Finds the network meeting a Teams chat belongs to: by the chat id stored earlier, by the Teams meeting
 * id, or by the chat id inside the meeting's join URL — Teams' own identities, which link it (both ids stored
 * on the meeting). The only meeting of the networks happening around now is only a guess: it is returned
 * unlinked, for the caller to link once the person acting may run that meeting; several are ambiguous.
 * `recent`: a meeting linked to the chat may be the one read a few seconds ago (`recentWhere`; for presses
 * on a card, which everyone in the chat makes at once); a chat found unlinked is always read again.
 */
export async function findMeetingForChat(stores: Stores, chat: ChatIdentity, networkIds: readonly string[], now: Date, options: { recent?: boolean } = {}): Promise<ChatLink> {
  const recent = options.recent ? (await stores.meetings.recentWhere("chatConversationId", chat.conversationId))[0] : undefined;
  const byChat = recent ? [recent] : await stores.meetings.where("chatConversationId", chat.conversationId);
  if (byChat[0]) return { kind: "linked", meeting: byChat[0] };
  if (chat.teamsMeetingId) {
    const byTeamsId = await stores.meetings.where("teamsMeetingId", chat.teamsMeetingId);
    if (byTeamsId[0]) return { kind: "linked", meeting: await linkMeetingToChat(stores, byTeamsId[0].value.id, chat) };
  }
  const meetings = (await Promise.all(networkIds.map((id) => stores.meetings.list(id)))).flat().map((r) => r.value);
  const open = meetings.filter((m) => m.status !== "cancelled" && !m.chatConversationId);
  const byJoinUrl = open.find((m) => joinUrlMentions(m, chat.conversationId));
  if (byJoinUrl) return { kind: "linked", meeting: await linkMeetingToChat(stores, byJoinUrl.id, chat) };
  const around = open.filter(
    (m) => m.status !== "published" && Date.parse(m.startUtc) - WINDOW_MS <= now.getTime() && now.getTime() <= Date.parse(m.endUtc) + WINDOW_MS,
  );
  if (around.length === 1) return { kind: "guessed", meeting: around[0]! };
  if (around.length > 1) return { kind: "ambiguous", candidates: around.sort((a, b) => a.startUtc.localeCompare(b.startUtc)) };
  return { kind: "none" };
}

/** Stores the chat id (and Teams meeting id) on the meeting, eTag-checked. */
export async function linkMeetingToChat(stores: Stores, meetingId: string, chat: ChatIdentity): Promise<Stored<Meeting>> {
  return withConflictRetry(async () => {
    const [current] = await stores.meetings.where("meetingId", meetingId);
    if (!current) throw new Error(`meeting ${meetingId} vanished while linking`);
    const linked: Meeting = { ...current.value, chatConversationId: chat.conversationId, teamsMeetingId: chat.teamsMeetingId ?? current.value.teamsMeetingId };
    return stores.meetings.replace(linked, current.etag);
  });
}
