import type { Language } from "../domain/network";
import { stockholmParts } from "../domain/time";
import { card, text, type Card } from "../shared/card";
import { listsOf, type RollCallSnapshot } from "./roll-call-service";
import { rollCallResultTexts } from "./texts";

/**
 * The closed roll call in the house format of the minutes: NÄRVARANDE and EJ NÄRVARANDE, one
 * "Namn, Organisation" a line with "(pkt N)" for partial attendance, then the organisations with nobody present.
 */
export function rollCallResultText(snapshot: RollCallSnapshot, language: Language): string {
  return resultLines(snapshot, language).join("\n");
}

/**
 * The closed roll call as a card: the lines of `rollCallResultText`, each its own TextBlock, because Teams
 * joins the single line breaks of a text message and the list would run together.
 */
export function rollCallResultCard(snapshot: RollCallSnapshot, language: Language): Card {
  const lines = resultLines(snapshot, language);
  const headings = new Set<string>([rollCallResultTexts[language].present, rollCallResultTexts[language].absent]);
  const body = lines.flatMap((line, index) => {
    if (line === "") return [];
    const afterGap = lines[index - 1] === "";
    if (index === 0) return [text(line, { weight: "Bolder", size: "Medium" })];
    return [text(line, { spacing: afterGap ? "Medium" : "None", ...(headings.has(line) ? { weight: "Bolder" } : {}) })];
  });
  return card(body);
}

function resultLines(snapshot: RollCallSnapshot, language: Language): string[] {
  const t = rollCallResultTexts[language];
  const lists = listsOf(snapshot);
  const lines = (values: readonly { text: string }[]) => (values.length > 0 ? values.map((v) => v.text) : [t.none]);
  return [
    `${t.heading} ${stockholmParts(new Date(snapshot.meeting.value.startUtc)).date} — ${snapshot.meeting.value.title}`,
    "",
    t.present,
    ...lines(lists.present),
    "",
    t.absent,
    ...lines(lists.absent),
    "",
    `${t.nobody}: ${lists.organisationsWithNobody.length > 0 ? lists.organisationsWithNobody.map((o) => o.name).join(", ") : t.none}`,
  ];
}
