import { createHash } from "node:crypto";

// Characters Table Storage refuses in PartitionKey/RowKey, plus the escape character itself.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[~/\\#?\u0000-\u001F\u007F-\u009F]/g;
const MAX_KEY_LENGTH = 255;
const KEPT_PREFIX = 180;

/**
 * Makes any string safe as a PartitionKey or RowKey: forbidden characters become `~XX` (hex), and keys
 * longer than 255 characters keep a readable prefix plus a SHA-256 of the whole, so they stay unique.
 * @example escapeKey("a/b#c") // "a~2Fb~23c"
 */
export function escapeKey(value: string): string {
  const escaped = value.replace(NEEDS_ESCAPE, (ch) => `~${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  if (escaped.length <= MAX_KEY_LENGTH) return escaped;
  const digest = createHash("sha256").update(value, "utf8").digest("hex");
  return `${escaped.slice(0, KEPT_PREFIX)}~~${digest}`;
}

/** Reverses `escapeKey` for keys that were not shortened; returns undefined for shortened ones. */
export function unescapeKey(key: string): string | undefined {
  if (key.includes("~~")) return undefined;
  return key.replace(/~([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
