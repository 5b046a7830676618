import assert from "node:assert/strict";
import { assertValidSetup, dialogueMinutesText, noteBullets, withDialoguePart } from "../../../bot/src/domain/dialogue";
import { isAppError } from "../../../bot/src/domain/errors";

const setup = {
  questions: ["Hur påverkas våra verksamheter av ett minskat mottagande?", "Vilka insatser skulle gynnas av ökad samverkan?"],
  groups: [{ id: "g1", name: "Rum 1", scribeIds: ["a"] }, { id: "g2", name: "Rum 2", scribeIds: ["b"] }],
};

describe("group dialogues in the minutes", () => {
  it("writes the questions, then 'Utdrag ur dialogerna' with every group's points as bullets in group order", () => {
    const text = dialogueMinutesText(setup, [{ groupId: "g2", text: "- Färre platser\n\n• SFI på distans" }, { groupId: "g1", text: "Samordna praktikplatser" }]);
    assert.equal(text, [
      "Nätverket samtalar i mindre grupper utifrån frågorna:",
      "• Hur påverkas våra verksamheter av ett minskat mottagande?",
      "• Vilka insatser skulle gynnas av ökad samverkan?",
      "",
      "Utdrag ur dialogerna:",
      "• Samordna praktikplatser",
      "• Färre platser",
      "• SFI på distans",
    ].join("\n"));
  });

  it("leaves out the excerpts heading while no group has written", () => {
    assert.ok(!dialogueMinutesText(setup, []).includes("Utdrag"));
  });

  it("replaces an earlier gathered part and keeps the secretary's own text before it", () => {
    const first = withDialoguePart("Inledning av Emma.", dialogueMinutesText(setup, [{ groupId: "g1", text: "Ett" }]));
    const second = withDialoguePart(first, dialogueMinutesText(setup, [{ groupId: "g1", text: "Två" }]));
    assert.ok(second.startsWith("Inledning av Emma.\n\nNätverket samtalar"));
    assert.ok(second.includes("• Två") && !second.includes("• Ett"));
  });

  it("strips list marks scribes type", () => {
    assert.deepEqual(noteBullets("1. Ett\n2) Två\n* Tre\n"), ["Ett", "Två", "Tre"]);
  });

  it("refuses a setup without questions, without groups, or with two groups of one name", () => {
    const code = (f: () => void) => {
      try {
        f();
      } catch (error) {
        return isAppError(error) ? error.code : "other";
      }
      return "none";
    };
    assert.equal(code(() => assertValidSetup([], setup.groups)), "dialogue_questions_missing");
    assert.equal(code(() => assertValidSetup(["Fråga"], [])), "dialogue_groups_missing");
    assert.equal(code(() => assertValidSetup(["Fråga"], [{ name: "Rum 1", scribeIds: [] }, { name: "rum 1", scribeIds: [] }])), "dialogue_group_names");
    assert.equal(code(() => assertValidSetup(["Fråga"], setup.groups)), "none");
  });
});
