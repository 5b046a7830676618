import type { Language } from "../domain/network";
import type { BotCommand } from "./commands";
import { card, type Card } from "../shared/card";
import { helpTexts } from "./texts";

/**
 * A command's line on the help card: what it does and where, in one parenthesis — "(samordnaren; i chatten
 * med mig)" rather than "(samordnaren) (i chatten med mig)" when the description already names who.
 */
export function commandLine(description: string, where: string): string {
  return description.endsWith(")") ? `${description.slice(0, -1)}; ${where})` : `${description} (${where})`;
}

/**
 * The help card (Adaptive Card 1.5) listing the commands, optionally saying what was not understood or
 * greeting back (`greet`: the first name, or "" when unknown).
 */
export function helpCard(language: Language, commands: readonly BotCommand[], notUnderstood?: string, greet?: string): Card {
  const t = helpTexts[language];
  const body: Record<string, unknown>[] = [{ type: "TextBlock", text: t.title, weight: "Bolder", size: "Medium", wrap: true }];
  if (greet !== undefined) {
    body.push({ type: "TextBlock", text: t.greeting(greet), wrap: true, weight: "Bolder" });
  } else if (notUnderstood !== undefined) {
    body.push({ type: "TextBlock", text: t.unknown(notUnderstood.slice(0, 100)), wrap: true, color: "Attention" });
  }
  body.push({ type: "TextBlock", text: t.intro, wrap: true });
  body.push({
    type: "FactSet",
    facts: commands.map((c) => ({
      title: language === "sv" ? c.words[0] : (c.words[1] ?? c.words[0]),
      value: commandLine(c.description[language], t[c.where]),
    })),
  });
  body.push({ type: "TextBlock", text: t.tab, wrap: true, isSubtle: true });
  return card(body);
}
