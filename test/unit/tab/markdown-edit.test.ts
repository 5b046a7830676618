import assert from "node:assert/strict";
import { continueList, insertLink, toggleBold, toggleBullets, withoutEmptyBold, type TextState } from "../../../tab/src/pages/markdown-edit";

/** Types text at the caret, as a keyboard would. */
const type = (state: TextState, text: string): TextState => ({ value: state.value.slice(0, state.start) + text + state.value.slice(state.end), start: state.start + text.length, end: state.start + text.length });
const at = (value: string, start = value.length, end = start): TextState => ({ value, start, end });

describe("tab: notes formatting applies to what is typed next", () => {
  it("makes text typed after Bold bold, and text typed after Bold again plain", () => {
    let state = toggleBold(at("Samtal i "));
    state = type(state, "mindre grupper");
    state = toggleBold(state);
    state = type(state, " idag");
    assert.equal(state.value, "Samtal i **mindre grupper** idag");
  });

  it("wraps a selection in bold and keeps it selected; Bold on a bold selection removes it", () => {
    const bold = toggleBold(at("viktigt", 0, 7));
    assert.deepEqual(bold, { value: "**viktigt**", start: 2, end: 9 });
    assert.deepEqual(toggleBold(bold), { value: "viktigt", start: 0, end: 7 });
    assert.deepEqual(toggleBold(at("**viktigt**", 0, 11)), { value: "viktigt", start: 0, end: 7 });
  });

  it("removes empty markers when Bold is pressed twice with nothing typed", () => {
    assert.deepEqual(toggleBold(toggleBold(at("a "))), at("a "));
    assert.equal(withoutEmptyBold("a **** b **c**"), "a  b **c**");
  });

  it("puts the caret after '- ' so typed text is the bullet, and Enter continues the list", () => {
    let state = toggleBullets(at(""));
    state = type(state, "Läs rapporten");
    state = continueList(state)!;
    state = type(state, "Boka lokal");
    assert.equal(state.value, "- Läs rapporten\n- Boka lokal");
  });

  it("ends the list on Enter in an empty bullet, and leaves Enter alone outside lists", () => {
    assert.deepEqual(continueList(at("- a\n- ")), at("- a\n"));
    assert.equal(continueList(at("vanlig text")), undefined);
  });

  it("turns the selected lines into bullets with the caret at the end, and back again", () => {
    const bullets = toggleBullets(at("ett\ntvå\ntre", 1, 5));
    assert.deepEqual(bullets, at("- ett\n- två\ntre", 11));
    assert.equal(toggleBullets({ ...bullets, start: 0 }).value, "ett\ntvå\ntre");
  });

  it("inserts a link around the selection with the caret after it", () => {
    assert.deepEqual(insertLink(at("se sidan", 3, 8), "https://example.se"), at("se [sidan](https://example.se)", 30));
  });
});
