import type { Language } from "../domain/network";
import { stockholmParts } from "../domain/time";
import { listsOf, type RollCallSnapshot } from "./roll-call-service";
import { rollCallResultTexts } from "./texts";

/**
 * The closed roll call in the house format of the minutes: NÄRVARANDE and EJ NÄRVARANDE, one
 * "Namn, Organisation" a line with "(pkt N)" for partial attendance, then the organisations with nobody present.
 */
export function rollCallResultText(snapshot: RollCallSnapshot, language: Language): string {
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
  ].join("\n");
}
