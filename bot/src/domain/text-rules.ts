// Control characters (C0, DEL, C1) and the Unicode bidirectional overrides and isolates, which can make a
// title read differently from what is stored (U+202E).
// A UTF-16 surrogate without its pair is no character at all: stored, it turns into U+FFFD or breaks exports.
const LONE_SURROGATE = "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
const CONTROLS = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]|${LONE_SURROGATE}`);
const CONTROLS_BUT_LINE_BREAKS = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]|${LONE_SURROGATE}`);

/** Whether a text holds a character a single-line field (title, name) must not: any control or bidi override, CR and LF included. */
export function hasSingleLineControls(text: string): boolean {
  return CONTROLS.test(text);
}

/** Whether a text holds a control a multi-line field must not: any but tab, line feed and carriage return. */
export function hasMultiLineControls(text: string): boolean {
  return CONTROLS_BUT_LINE_BREAKS.test(text);
}

/** Removes the controls a multi-line text must not hold (tab and line breaks stay). */
export function stripMultiLineControls(text: string): string {
  return text.replace(new RegExp(CONTROLS_BUT_LINE_BREAKS.source, "g"), "");
}

/** Turns every control and bidi override into a space (names typed into a chat keep their words apart). */
export function spaceSingleLineControls(text: string): string {
  return text.replace(new RegExp(CONTROLS.source, "g"), " ");
}

/** Removes every control and bidi override, line breaks included. */
export function stripSingleLineControls(text: string): string {
  return text.replace(new RegExp(CONTROLS.source, "g"), "");
}

/** Whether `YYYY-MM-DD` names a real calendar day (2031-02-29 and 2031-13-45 do not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
