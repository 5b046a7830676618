/** A textarea's text and selection. */
export interface TextState {
  value: string;
  start: number;
  end: number;
}

const BULLET = /^(\s*)[-*•] /;
const MARK = "**";

function lineStart(value: string, at: number): number {
  return value.lastIndexOf("\n", at - 1) + 1;
}

function lineEnd(value: string, at: number): number {
  const end = value.indexOf("\n", at);
  return end === -1 ? value.length : end;
}

/** Whether the caret is inside a bold run on its line: an odd number of `**` before it. */
function insideBold(value: string, at: number): boolean {
  const before = value.slice(lineStart(value, at), at);
  return (before.split(MARK).length - 1) % 2 === 1;
}

/**
 * Bold as a word processor does it: a selection is wrapped (or unwrapped when already bold) and stays
 * selected; with no selection the caret goes between new markers so that what is typed next is bold, and
 * inside a bold run the caret steps out of it so that what is typed next is plain again.
 * @example toggleBold({ value: "a ", start: 2, end: 2 }) // { value: "a ****", start: 4, end: 4 }
 */
export function toggleBold(state: TextState): TextState {
  const { value, start, end } = state;
  if (start === end) {
    if (value.slice(start - 2, start + 2) === "****") return { value: value.slice(0, start - 2) + value.slice(start + 2), start: start - 2, end: start - 2 };
    if (value.startsWith(MARK, start) && insideBold(value, start)) return { value, start: start + 2, end: start + 2 };
    return { value: `${value.slice(0, start)}${MARK}${MARK}${value.slice(end)}`, start: start + 2, end: start + 2 };
  }
  const selected = value.slice(start, end);
  if (selected.length > 4 && selected.startsWith(MARK) && selected.endsWith(MARK)) {
    const inner = selected.slice(2, -2);
    return { value: value.slice(0, start) + inner + value.slice(end), start, end: start + inner.length };
  }
  if (value.slice(start - 2, start) === MARK && value.startsWith(MARK, end)) {
    return { value: value.slice(0, start - 2) + selected + value.slice(end + 2), start: start - 2, end: end - 2 };
  }
  return { value: `${value.slice(0, start)}${MARK}${selected}${MARK}${value.slice(end)}`, start: start + 2, end: end + 2 };
}

/**
 * Turns the lines touched by the selection into bullets ("- "), or back into plain lines when all of
 * them already are; the caret goes to the end of the last line so that typing continues its text.
 * @example toggleBullets({ value: "", start: 0, end: 0 }) // { value: "- ", start: 2, end: 2 }
 */
export function toggleBullets(state: TextState): TextState {
  const from = lineStart(state.value, state.start);
  const to = lineEnd(state.value, Math.max(state.end, state.start));
  const lines = state.value.slice(from, to).split("\n");
  const allBullets = lines.every((line) => BULLET.test(line));
  const changed = lines.map((line) => (allBullets ? line.replace(BULLET, "$1") : BULLET.test(line) ? line : `- ${line.trimStart()}`)).join("\n");
  const value = state.value.slice(0, from) + changed + state.value.slice(to);
  const caret = from + changed.length;
  return { value, start: caret, end: caret };
}

/**
 * Enter in a bullet line continues the list with a new "- "; Enter in an empty bullet ends the list.
 * Returns undefined where Enter should just break the line.
 * @example continueList({ value: "- a", start: 3, end: 3 }) // { value: "- a\n- ", start: 6, end: 6 }
 */
export function continueList(state: TextState): TextState | undefined {
  const { value, start, end } = state;
  if (start !== end) return undefined;
  const from = lineStart(value, start);
  const bullet = BULLET.exec(value.slice(from, lineEnd(value, start)));
  if (!bullet || start < from + bullet[0].length) return undefined;
  if (value.slice(from, lineEnd(value, start)).trim() === bullet[0].trim()) {
    return { value: value.slice(0, from) + value.slice(lineEnd(value, start)), start: from, end: from };
  }
  const insert = `\n${bullet[1]}- `;
  const caret = start + insert.length;
  return { value: value.slice(0, start) + insert + value.slice(end), start: caret, end: caret };
}

/** Inserts a link: the selection (or the address) as its text, the caret after it. */
export function insertLink(state: TextState, address: string): TextState {
  const text = state.value.slice(state.start, state.end) || address;
  const link = `[${text}](${address})`;
  const caret = state.start + link.length;
  return { value: state.value.slice(0, state.start) + link + state.value.slice(state.end), start: caret, end: caret };
}

/** Drops bold markers with nothing between them (left when bold was switched on and nothing typed). */
export function withoutEmptyBold(markdown: string): string {
  return markdown.replace(/\*\*\*\*/g, "");
}
