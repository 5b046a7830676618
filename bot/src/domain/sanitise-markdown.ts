import { stripMultiLineControls } from "./text-rules";
const SCRIPT_OR_STYLE = /<(script|style|iframe|object|embed|template)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
// A tag, a closing tag, a declaration or processing instruction, closed or cut off at the end of a line.
const TAG = /<\/?[a-zA-Z!?][^>\n]*(>|$)/gm;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>"']+)>/gi;
// A link's target may hold one level of balanced parentheses, as in "javascript:alert(1)" or Wikipedia addresses.
const LINK = /\[([^\]\n]*)\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;

/** True for a link target the app lets through: http, https or mailto, without spaces, quotes or brackets. */
export function isSafeUrl(url: string): boolean {
  if (/[\s"'<>`\\]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return ["http:", "https:", "mailto:"].includes(parsed.protocol);
}

/** Removes HTML (tags, comments, and script/style elements with their content) until none is left. */
export function stripTags(text: string): string {
  let current = stripMultiLineControls(text).replace(/\r/g, "");
  for (;;) {
    const next = current.replace(COMMENT, "").replace(SCRIPT_OR_STYLE, "").replace(TAG, "");
    if (next === current) return next;
    current = next;
  }
}

/**
 * Turns what a user typed or pasted into the app's small Markdown subset, safe to store and render:
 * no HTML (so no event attributes), links only to http/https/mailto (others keep just their text),
 * `\n` line ends, at most one blank line in a row, no trailing spaces.
 * @example sanitiseMarkdown('[x](javascript:alert(1)) <img src=x onerror=alert(1)>') // "x"
 */
export function sanitiseMarkdown(input: string): string {
  const unified = input.replace(/\r\n?/g, "\n").replace(AUTOLINK, "[$1]($1)");
  const withoutHtml = stripTags(unified);
  const safeLinks = withoutHtml.replace(LINK, (_all, text: string, url: string) => (isSafeUrl(url.trim()) ? `[${text}](${url.trim()})` : text));
  return safeLinks
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
