import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import { languageOf } from "../shared/language";
import type { BotContext } from "./bot-app";
import { helpCard } from "./help-card";

function helpReply(context: TurnContext, commands: BotContext["commands"], notUnderstood?: string, greet?: string) {
  const card = helpCard(languageOf(context.activity.locale), commands.all(), notUnderstood, greet);
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** A greeting on its own ("hej", "hallå!", "god morgon", "hello"): answered in kind, not as text not understood. */
const GREETING = /^\s*(?:hej|hejsan|hej hej|hallå|tja|tjena|god (?:morgon|dag|kväll)|hi|hello|hey|good (?:morning|afternoon|evening))\s*[!.,]*\s*$/iu;

/** The first name of the person who wrote, from Teams' display name; empty when Teams gave none. */
function firstNameOf(turn: TurnContext): string {
  return (turn.activity.from?.name ?? "").trim().split(/\s+/)[0] ?? "";
}

/**
 * Registers `hjälp`/`help`, a greeting back for "hej", a welcome on installation, and the fallback: any message no feature took gets
 * the help card saying what was not understood. Must be registered after every feature.
 */
export function registerHelp(context: BotContext): void {
  const { app, commands } = context;
  const help = commands.add({
    words: ["hjälp", "help"],
    description: { sv: "visar den här hjälpen", en: "shows this help" },
    where: "anywhere",
  });
  app.message(help, async (turn) => {
    await turn.sendActivity(helpReply(turn, commands));
  });
  app.message(GREETING, async (turn) => {
    await turn.sendActivity(helpReply(turn, commands, undefined, firstNameOf(turn)));
  });
  app.activity(ActivityTypes.InstallationUpdate, async (turn) => {
    if (turn.activity.action === "add" && (turn.activity.conversation?.conversationType ?? "personal") === "personal") {
      await turn.sendActivity(helpReply(turn, commands));
    }
  });
  app.activity(ActivityTypes.Message, async (turn) => {
    const text = (turn.activity.text ?? "").trim();
    await turn.sendActivity(helpReply(turn, commands, text === "" ? undefined : text));
  });
}
