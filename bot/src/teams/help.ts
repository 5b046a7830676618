import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import { languageOf } from "../shared/language";
import type { BotContext } from "./bot-app";
import { helpCard } from "./help-card";

function helpReply(context: TurnContext, commands: BotContext["commands"], notUnderstood?: string) {
  const card = helpCard(languageOf(context.activity.locale), commands.all(), notUnderstood);
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/**
 * Registers `hjälp`/`help`, a welcome on installation, and the fallback: any message no feature took gets
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
