const WORD = /[\p{L}\p{N}]+/gu;

function lower(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("sv");
}

/**
 * The words of a search query, lower-cased; å, ä and ö stay themselves (no folding to a and o).
 * @example queryWords("Mölndal  SFI!") // ["mölndal", "sfi"]
 */
export function queryWords(query: string): string[] {
  return lower(query).match(WORD) ?? [];
}

/** Where the text has a word starting with the query word, or -1. */
function firstPrefixMatch(text: string, word: string): number {
  for (const m of text.normalize("NFC").matchAll(WORD)) {
    if (lower(m[0]).startsWith(word)) return m.index;
  }
  return -1;
}

/** True when every query word starts some word of the text (case-insensitive, prefix match, ä ≠ a). */
export function matchesQuery(words: readonly string[], text: string): boolean {
  return words.length > 0 && words.every((word) => firstPrefixMatch(text, word) >= 0);
}

/** A short piece of the text around the first match, on one line, with "…" where it was cut. */
export function snippet(text: string, words: readonly string[], width = 160): string {
  const flat = text.normalize("NFC").replace(/\s+/g, " ").trim();
  const hits = words.map((w) => firstPrefixMatch(flat, w)).filter((i) => i >= 0);
  const at = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), flat.length - width));
  const end = Math.min(flat.length, start + width);
  return `${start > 0 ? "…" : ""}${flat.slice(start, end).trim()}${end < flat.length ? "…" : ""}`;
}
