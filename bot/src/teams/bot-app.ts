import { Application, TeamsAdapter, TurnState } from "@microsoft/teams-ai";
import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Config } from "../config";
import { isAppError } from "../domain/errors";
import { languageOf } from "../i18n/language";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";
import { CommandRegistry } from "./commands";
import { rememberConversation } from "./conversation-references";
import { registerHelp } from "./help";
import { TableBotStorage } from "./table-bot-storage";

/** What every feature of the bot gets to register its routes. */
export interface BotContext {
  app: Application<TurnState>;
  adapter: TeamsAdapter;
  commands: CommandRegistry;
  stores: Stores;
  config: Config;
  logger: Logger;
}

/** A bot feature: registers its commands, card actions and event routes. */
export type BotFeature = (context: BotContext) => void;

/** The bot as the server uses it. */
export interface Bot {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
}

function createAdapter(config: Config): TeamsAdapter {
  const { appId, password, tenantId, type } = config.bot;
  return new TeamsAdapter({
    MicrosoftAppId: appId ?? "",
    MicrosoftAppPassword: password ?? "",
    MicrosoftAppType: type,
    MicrosoftAppTenantId: tenantId ?? "",
  });
}

/**
 * Builds the teams-ai Application over a TeamsAdapter: conversation references are stored on every turn,
 * features register their routes in order, and help answers everything no feature took.
 */
export function createBot(deps: { config: Config; stores: Stores; logger: Logger; features: readonly BotFeature[] }): Bot {
  const adapter = createAdapter(deps.config);
  const app = new Application<TurnState>({
    adapter,
    botAppId: deps.config.bot.appId ?? "",
    storage: new TableBotStorage(deps.stores),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  const log = deps.logger.child({ component: "bot" });

  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const activity = context.activity;
    log.error({ err: error, activityType: activity.type, activityId: activity.id, conversationId: activity.conversation?.id }, "turn failed");
    if (activity.type === ActivityTypes.Invoke) return;
    const language = languageOf(activity.locale);
    const text = isAppError(error)
      ? error.text[language]
      : language === "sv" ? "Något gick fel. Försök igen om en stund." : "Something went wrong. Please try again in a moment.";
    await context.sendActivity(text);
  };

  app.turn("beforeTurn", async (context) => {
    const { type, action } = context.activity;
    if (type === ActivityTypes.InstallationUpdate && String(action).startsWith("remove")) {
      const userId = context.activity.from?.aadObjectId;
      const personal = (context.activity.conversation?.conversationType ?? "personal") === "personal";
      await deps.stores.conversations.remove(personal ? "user" : "chat", personal ? (userId ?? "") : context.activity.conversation.id);
    } else {
      await rememberConversation(deps.stores, context.activity);
    }
    return true;
  });

  const botContext: BotContext = { app, adapter, commands: new CommandRegistry(), stores: deps.stores, config: deps.config, logger: deps.logger };
  for (const feature of deps.features) feature(botContext);
  registerHelp(botContext);
  return { adapter, app };
}
