import type { Language } from "../domain/network";
import type { BotCommand } from "./commands";
import { card, type Card } from "../shared/card";

const texts = {
  sv: {
    title: "Nätverksmöten — hjälp",
    intro: "Jag hjälper nätverket med kallelser, närvaro, rundan \"aktuellt läge\" och anteckningar. Skriv ett av kommandona:",
    personal: "i chatten med mig",
    meeting: "i mötets chatt",
    anywhere: "var som helst",
    unknown: (text: string) => `Jag förstod inte "${text}".`,
    tab: "Dagordning och anteckningar finns i fliken Nätverksmöten.",
  },
  en: {
    title: "Network meetings — help",
    intro: "I help the network with invitations, roll call, the round table and minutes. Type one of the commands:",
    personal: "in the chat with me",
    meeting: "in the meeting chat",
    anywhere: "anywhere",
    unknown: (text: string) => `I did not understand "${text}".`,
    tab: "Agenda and minutes are in the Network meetings tab.",
  },
} as const;

/** The help card (Adaptive Card 1.5) listing the commands, optionally saying what was not understood. */
export function helpCard(language: Language, commands: readonly BotCommand[], notUnderstood?: string): Card {
  const t = texts[language];
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
