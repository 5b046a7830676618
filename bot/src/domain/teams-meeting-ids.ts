/** A Teams meeting chat id, e.g. `19:meeting_NjkyNz…@thread.v2`. */
const CHAT_ID = /19:[^#/?\s]+@thread\.(?:v2|skype|tacv2)/;

function decodeBase64(text: string): string | undefined {
  try {
    return atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return undefined;
  }
}

function decodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The chat id inside a Teams meeting id as the tab and the bot see it (base64 of `0#<chat id>#0`), or the
 * id itself when it already is a chat id; undefined when there is none.
 * @example chatIdOfTeamsMeeting("MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==") // "19:meeting_abc@thread.v2"
 */
export function chatIdOfTeamsMeeting(teamsMeetingId: string): string | undefined {
  const direct = CHAT_ID.exec(teamsMeetingId)?.[0];
  if (direct) return direct;
  const decoded = decodeBase64(teamsMeetingId.trim());
  return decoded === undefined ? undefined : CHAT_ID.exec(decoded)?.[0];
}

/**
 * The chat id inside a Teams join URL (`…/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…`).
 * @example chatIdOfJoinUrl("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0") // "19:meeting_abc@thread.v2"
 */
export function chatIdOfJoinUrl(joinUrl: string | undefined): string | undefined {
  return joinUrl ? CHAT_ID.exec(decodeUri(joinUrl))?.[0] : undefined;
}
