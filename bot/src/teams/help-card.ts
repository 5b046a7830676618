import type { Language } from "../domain/network";
import type { BotCommand } from "./commands";
import { card, type Card } from "../shared/card";
import { helpTexts } from "./texts";

/** The help card (Adaptive Card 1.5) listing the commands, optionally saying what was not understood. */
export function helpCard(language: Language, commands: readonly BotCommand[], notUnderstood?: string): Card {
  const t = helpTexts[language];
  const body: Record<string, unknown>[] = [{ type: "TextBlock", text: t.title, weight: "Bolder", size: "Medium", wrap: true }];
  if (notUnderstood !== undefined) {
    body.push({ type: "TextBlock", text: t.unknown(notUnderstood.slice(0, 100)), wrap: true, color: "Attention" });
  }
  body.push({ type: "TextBlock", text: t.intro, wrap: true });
  body.push({
    type: "FactSet",
    facts: commands.map((c) => ({
      title: language === "sv" ? c.words[0] : (c.words[1] ?? c.words[0]),
      value: `${c.description[language]} (${t[c.where]})`,
    })),
  });
  body.push({ type: "TextBlock", text: t.tab, wrap: true, isSubtle: true });
  return card(body);
}
