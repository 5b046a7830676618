import { randomUUID } from "node:crypto";

/** The tenant of the test network (as in the demo data). */
export const TENANT_ID = "00000000-0000-4000-8000-00000000aaaa";
/** The bot as Teams addresses it. */
export const BOT = { id: "28:00000000-0000-4000-8000-0000000000b0", name: "Nätverksmöten" };

/** A Teams user: Entra object id, display name and the Teams user id the channel uses. */
export interface TeamsUser {
  aadObjectId: string;
  name: string;
}

type Activity = Record<string, unknown>;

function base(user: TeamsUser, conversation: Activity, options: { serviceUrl?: string; locale?: string; expectReplies?: boolean }): Activity {
  const locale = options.locale ?? "sv-SE";
  return {
    // Unique like Teams' ids: a repeated id means a repeated delivery, which the bot answers without running it again.
    id: `1${Date.now()}-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl: options.serviceUrl ?? "https://smba.trafficmanager.net/emea/",
    channelId: "msteams",
    from: { id: `29:${user.aadObjectId}`, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation,
    entities: [{ locale, country: locale.slice(3), platform: "Web", timezone: "Europe/Stockholm", type: "clientInfo" }],
    channelData: { tenant: { id: TENANT_ID } },
    locale,
    ...(options.expectReplies === false ? {} : { deliveryMode: "expectReplies" }),
  };
}

/** The 1:1 conversation of a user with the bot. */
export function personalConversation(user: TeamsUser): Activity {
  return { conversationType: "personal", tenantId: TENANT_ID, id: `a:personal-${user.aadObjectId}` };
}

/** A message in the user's 1:1 chat with the bot, as Teams sends it. */
export function personalMessage(user: TeamsUser, text: string, options: { serviceUrl?: string; locale?: string; expectReplies?: boolean } = {}): Activity {
  return { ...base(user, personalConversation(user), options), type: "message", text, textFormat: "plain" };
}

/** The installationUpdate Teams sends when a user adds the app in personal scope. */
export function personalInstall(user: TeamsUser, options: { serviceUrl?: string; locale?: string; action?: "add" | "remove" } = {}): Activity {
  const activity = base(user, personalConversation(user), { ...options, expectReplies: true });
  return {
    ...activity,
    type: "installationUpdate",
    action: options.action ?? "add",
    channelData: { settings: { selectedChannel: { id: "" } }, source: { name: "message" }, tenant: { id: TENANT_ID } },
  };
}

/** A Teams meeting chat (group chat with a meeting). */
export function meetingConversation(chatId: string): Activity {
  return { isGroup: true, conversationType: "groupChat", tenantId: TENANT_ID, id: chatId };
}

/** A message in a meeting chat, with the bot @mentioned as Teams sends it. */
export function meetingMessage(user: TeamsUser, chatId: string, teamsMeetingId: string, text: string, options: { serviceUrl?: string; locale?: string; expectReplies?: boolean } = {}): Activity {
  const activity = base(user, meetingConversation(chatId), options);
  return {
    ...activity,
    type: "message",
    text: `<at>${BOT.name}</at> ${text}`,
    textFormat: "plain",
    entities: [
      { mentioned: BOT, text: `<at>${BOT.name}</at>`, type: "mention" },
      ...(activity.entities as Activity[]),
    ],
    channelData: { tenant: { id: TENANT_ID }, meeting: { id: teamsMeetingId } },
  };
}

/** The conversationUpdate Teams sends when the bot is added to a group or meeting chat. */
export function botAddedToChat(user: TeamsUser, chatId: string, teamsMeetingId?: string, options: { serviceUrl?: string } = {}): Activity {
  return {
    ...base(user, meetingConversation(chatId), { ...options, expectReplies: true }),
    type: "conversationUpdate",
    membersAdded: [{ id: BOT.id }],
    channelData: { tenant: { id: TENANT_ID }, eventType: "teamMemberAdded", ...(teamsMeetingId ? { meeting: { id: teamsMeetingId } } : {}) },
  };
}

/** An Adaptive Card Universal Action (`Action.Execute`) invoke, as Teams sends it. */
export function cardAction(user: TeamsUser, conversation: Activity, verb: string, data: Record<string, unknown>, options: { serviceUrl?: string; locale?: string; replyToId?: string; id?: string; teamsMeetingId?: string } = {}): Activity {
  const activity = base(user, conversation, { ...options, expectReplies: false });
  return {
    ...activity,
    id: options.id ?? `f:${randomUUID()}`,
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId: options.replyToId ?? `1:${randomUUID()}`,
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    channelData: { tenant: { id: TENANT_ID }, source: { name: "message" }, ...(options.teamsMeetingId ? { meeting: { id: options.teamsMeetingId } } : {}) },
  };
}

/**
 * The invoke Teams sends while someone types in an Input.ChoiceSet with dynamic typeahead (`choices.data`),
 * shape from Microsoft's "Typeahead search in Adaptive Cards": `application/search` with the typed text, the
 * card's dataset and the page asked for.
 */
export function searchInvoke(user: TeamsUser, conversation: Activity, dataset: string, queryText: string, options: { serviceUrl?: string; locale?: string; skip?: number; top?: number; teamsMeetingId?: string } = {}): Activity {
  const activity = base(user, conversation, { ...options, expectReplies: false });
  return {
    ...activity,
    type: "invoke",
    name: "application/search",
    value: { queryText, queryOptions: { skip: options.skip ?? 0, top: options.top ?? 15 }, dataset },
    channelData: { tenant: { id: TENANT_ID }, source: { name: "message" }, ...(options.teamsMeetingId ? { meeting: { id: options.teamsMeetingId } } : {}) },
  };
}

/**
 * A meeting event as Teams sends it to a bot with the meeting RSC permissions (shape from Microsoft's docs):
 * `name` is e.g. "meetingStart" or "meetingParticipantJoin" (prefixed with `application/vnd.microsoft.`).
 */
export function meetingEvent(user: TeamsUser, chatId: string, teamsMeetingId: string, name: string, value: Record<string, unknown>, options: { serviceUrl?: string } = {}): Activity {
  const activity = base(user, { isGroup: true, tenantId: TENANT_ID, id: chatId }, { ...options, expectReplies: false });
  return {
    ...activity,
    type: "event",
    name: `application/vnd.microsoft.${name}`,
    value,
    channelData: { tenant: { id: TENANT_ID }, source: null, meeting: { id: teamsMeetingId } },
  };
}

/** The `value` of a `meetingParticipantJoin`/`Leave` event: `{ members: [{ user, meeting: { inMeeting, role } }] }`. */
export function participantsValue(people: readonly TeamsUser[], inMeeting = true): Record<string, unknown> {
  return {
    members: people.map((p) => ({
      user: { id: `29:${p.aadObjectId}`, name: p.name, aadObjectId: p.aadObjectId, tenantId: TENANT_ID, userPrincipalName: `${p.aadObjectId}@example.org` },
      meeting: { inMeeting, role: "Attendee" },
    })),
  };
}

/** An Adaptive Card `Action.Submit` (the fallback of clients without Universal Actions), as Teams sends it. */
export function cardSubmit(user: TeamsUser, conversation: Activity, data: Record<string, unknown>, options: { serviceUrl?: string; locale?: string; replyToId?: string; expectReplies?: boolean } = {}): Activity {
  return {
    ...base(user, conversation, options),
    type: "message",
    replyToId: options.replyToId ?? `1:${randomUUID()}`,
    value: data,
    channelData: { tenant: { id: TENANT_ID }, source: { name: "message" }, legacy: { replyToId: options.replyToId } },
  };
}
