const WORD = /[\p{L}\p{N}]+/gu;

function lower(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("sv");
}

/**
 * Lower case without diacritics, so that a query typed without å, ä, ö (or é) still finds the word.
 * @example fold("Länsstyrelsen") // "lansstyrelsen"
 */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("sv");
}

/**
 * The words of a search query, lower-cased (å, ä and ö kept; matching folds them where needed).
 * @example queryWords("Mölndal  SFI!") // ["mölndal", "sfi"]
 */
export function queryWords(query: string): string[] {
  return lower(query).match(WORD) ?? [];
}

/** How a text matches a query: every word as typed (`exact`), or only with case and diacritics folded. */
export type MatchKind = "exact" | "folded";

interface WordForms {
  lower: string;
  folded: string;
}

// A network's texts use a few thousand distinct words: each is lower-cased and folded once, not on every search.
const MAX_KNOWN_WORDS = 50_000;
const knownWords = new Map<string, WordForms>();

function formsOf(word: string): WordForms {
  let forms = knownWords.get(word);
  if (forms === undefined) {
    if (knownWords.size >= MAX_KNOWN_WORDS) knownWords.clear();
    forms = { lower: lower(word), folded: fold(word) };
    knownWords.set(word, forms);
  }
  return forms;
}

/** Where the text has a word starting with the query word (folded when asked), or -1. */
function firstPrefixMatch(text: string, word: string, folded: boolean): number {
  const wanted = folded ? formsOf(word).folded : word;
  for (const m of text.normalize("NFC").matchAll(WORD)) {
    const forms = formsOf(m[0]);
    if ((folded ? forms.folded : forms.lower).startsWith(wanted)) return m.index;
  }
  return -1;
}

/**
 * How every query word starts some word of the text: `exact` (case-insensitive, ä ≠ a), `folded`
 * (`lansstyrelsen` finds "Länsstyrelsen"), or undefined when some word is missing.
 */
export function matchKind(words: readonly string[], text: string): MatchKind | undefined {
  if (words.length === 0) return undefined;
  const forms = (text.normalize("NFC").match(WORD) ?? []).map(formsOf);
  if (words.every((word) => forms.some((f) => f.lower.startsWith(word)))) return "exact";
  const wanted = words.map((word) => formsOf(word).folded);
  if (wanted.every((word) => forms.some((f) => f.folded.startsWith(word)))) return "folded";
  return undefined;
}

/** True when every query word starts some word of the text, case and diacritics folded. */
export function matchesQuery(words: readonly string[], text: string): boolean {
  return matchKind(words, text) !== undefined;
}

/** A short piece of the text around the first match, on one line, with "…" where it was cut. */
export function snippet(text: string, words: readonly string[], width = 160): string {
  const flat = text.normalize("NFC").replace(/\s+/g, " ").trim();
  const hits = words.map((w) => firstPrefixMatch(flat, w, true)).filter((i) => i >= 0);
  const at = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), flat.length - width));
  const end = Math.min(flat.length, start + width);
  return `${start > 0 ? "…" : ""}${flat.slice(start, end).trim()}${end < flat.length ? "…" : ""}`;
}

/**
 * The parts of a text that match query words (each a word's matching beginning, folded), as
 * `[start, end)` pairs in order, for highlighting.
 * @example highlightRanges("Nils Åberg, Länsstyrelsen", ["lans"]) // [[12, 16]]
 */
export function highlightRanges(text: string, words: readonly string[]): [number, number][] {
  const wanted = words.map(fold).filter(Boolean);
  const ranges: [number, number][] = [];
  // Combining marks belong to the word here: the text is not normalised, so that offsets stay its own.
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const folded = fold(m[0]);
    const longest = Math.max(0, ...wanted.filter((w) => folded.startsWith(w)).map((w) => w.length));
    if (longest === 0) continue;
    // Folding can change a word's length (decomposed letters), so count folded characters one by one.
    let length = 0;
    let count = 0;
    for (const char of m[0]) {
      if (count >= longest) break;
      count += fold(char).length;
      length += char.length;
    }
    ranges.push([m.index, m.index + length]);
  }
  return ranges;
}
