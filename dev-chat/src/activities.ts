import { DEMO_TENANT_ID } from "../../bot/src/demo/demo-network";

/** A demo user as GET /api/v1/dev/users lists them. */
export interface DevUser {
  aadObjectId: string;
  displayName: string;
  organisation?: string;
  role: string;
}

/** Who writes where: the chosen user, a 1:1 chat or a simulated meeting chat, and the Teams client's locale. */
export interface ChatSetting {
  user: DevUser;
  conversation: "personal" | "meeting";
  meetingId: string;
  locale: string;
  /** Where the bot's proactive messages go: the dev chat's connector. */
  serviceUrl: string;
}

export const BOT = { id: "28:dev-natverksmoten", name: "Nätverksmöten" };

/** The conversation id Teams would use for the setting (personal: per user; meeting: per meeting chat). */
export function conversationId(setting: ChatSetting): string {
  return setting.conversation === "personal" ? `a:dev-personal-${setting.user.aadObjectId}` : `19:meeting_${setting.meetingId}@thread.v2`;
}

function base(setting: ChatSetting): Record<string, unknown> {
  const now = new Date().toISOString();
  const meeting = setting.conversation === "meeting";
  return {
    id: `dev-${crypto.randomUUID()}`,
    timestamp: now,
    localTimestamp: now,
    channelId: "msteams",
    serviceUrl: setting.serviceUrl,
    from: { id: `29:dev-${setting.user.aadObjectId}`, name: setting.user.displayName, aadObjectId: setting.user.aadObjectId },
    recipient: BOT,
    conversation: meeting
      ? { id: conversationId(setting), conversationType: "groupChat", isGroup: true, tenantId: DEMO_TENANT_ID }
      : { id: conversationId(setting), conversationType: "personal", tenantId: DEMO_TENANT_ID },
    channelData: meeting ? { tenant: { id: DEMO_TENANT_ID }, meeting: { id: setting.meetingId } } : { tenant: { id: DEMO_TENANT_ID } },
    locale: setting.locale,
    entities: [{ type: "clientInfo", locale: setting.locale, platform: "Web" }],
  };
}

/** A message as Teams sends it; in a meeting chat the bot is @mentioned, as it must be there. Replies come back in the response. */
export function messageActivity(setting: ChatSetting, text: string, value?: unknown): Record<string, unknown> {
  const activity = base(setting);
  const mention = `<at>${BOT.name}</at>`;
  const meeting = setting.conversation === "meeting";
  return {
    ...activity,
    type: "message",
    text: meeting && text ? `${mention} ${text}` : text,
    textFormat: "plain",
    ...(value === undefined ? {} : { value }),
    deliveryMode: "expectReplies",
    entities: meeting ? [...(activity.entities as unknown[]), { type: "mention", text: mention, mentioned: BOT }] : activity.entities,
  };
}

/** The invoke Teams sends when a user presses an Action.Execute button (Universal Actions). */
export function executeActivity(setting: ChatSetting, verb: string, data: unknown, replyToId?: string): Record<string, unknown> {
  return {
    ...base(setting),
    type: "invoke",
    name: "adaptiveCard/action",
    ...(replyToId ? { replyToId } : {}),
    value: { action: { type: "Action.Execute", verb, data: data ?? {} }, trigger: "manual" },
  };
}
