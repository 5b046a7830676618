import { Application, TurnState } from "@microsoft/teams-ai";
import { botTexts } from "./texts";
import { ActivityTypes, CallerIdConstants, type TurnContext } from "botbuilder";
import { AuthenticationConstants } from "botframework-connector";
import type { AppServices } from "../app-services";
import type { Config } from "../config";
import type { Clock } from "../domain/clock";
import { isAppError } from "../domain/errors";
import { languageOf } from "../shared/language";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";
import { CommandRegistry } from "./commands";
import { rememberConversation } from "./conversation-references";
import { AppAdapter } from "./app-adapter";
import { connectorHttpClient } from "./connector-http-client";
import { registerHelp } from "./help";
import { Notifier } from "./notifier";
import { InvokeTurnState } from "./invoke-turn-state";
import { TableBotStorage } from "./table-bot-storage";

/** What every feature of the bot gets to register its routes: the bot, and the app's services built once. */
export interface BotContext {
  app: Application<TurnState>;
  adapter: AppAdapter;
  commands: CommandRegistry;
  stores: Stores;
  config: Config;
  logger: Logger;
  /** Proactive messages and in-place card updates. */
  notifier: Notifier;
  services: AppServices;
  clock: Clock;
}

/** A bot feature: registers its commands, card actions and event routes. */
export type BotFeature = (context: BotContext) => void;

/** The bot as the server uses it. */
export interface Bot {
  adapter: AppAdapter;
  app: Application<TurnState>;
  notifier: Notifier;
  commands: CommandRegistry;
}

/**
 * teams-ai 1.7 starts its typing indicator in `run()` even with `startTypingTimer: false`, and keeps that
 * timer on the instance (shared by concurrent turns); the bot answers quickly, so it sends no typing at all.
 */
class QuietApplication extends Application<TurnState> {
  override startTypingTimer(): void {}
}

function createAdapter(config: Config, clock: Clock): AppAdapter {
  const { appId, password, tenantId, type, openIdMetadataUrl } = config.bot;
  const connectorOptions = { httpClient: connectorHttpClient(config.connectorTimeoutSeconds * 1000, () => clock.now()) };
  return new AppAdapter({
    MicrosoftAppId: appId ?? "",
    MicrosoftAppPassword: password ?? "",
    MicrosoftAppType: type,
    MicrosoftAppTenantId: tenantId ?? "",
    // Naming one endpoint makes botbuilder expect all of them: the public cloud's, with our metadata URL.
    ...(openIdMetadataUrl
      ? {
          ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
          ValidateAuthority: true,
        }
      : {}),
  }, connectorOptions, () => clock.now().getTime());
}

/**
 * Builds the teams-ai Application over a TeamsAdapter, with its notifier (the one given, else its own);
 * conversation references are stored on every turn. Features are registered afterwards by `registerFeatures`, once the services exist.
 */
export function createBot(deps: { config: Config; stores: Stores; logger: Logger; clock: Clock }, notifier?: Notifier): Bot {
  const adapter = createAdapter(deps.config, deps.clock);
  const app = new QuietApplication({
    adapter,
    botAppId: deps.config.bot.appId ?? "",
    storage: new TableBotStorage(deps.stores, deps.clock),
    turnStateFactory: () => new InvokeTurnState(),
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
      : botTexts[language].failed;
    await context.sendActivity(text);
  };

  app.turn("beforeTurn", async (context) => {
    const { type, action } = context.activity;
    if (type === ActivityTypes.InstallationUpdate && String(action).startsWith("remove")) {
      const userId = context.activity.from?.aadObjectId;
      const personal = (context.activity.conversation?.conversationType ?? "personal") === "personal";
      await deps.stores.conversations.remove(personal ? "user" : "chat", personal ? (userId ?? "") : context.activity.conversation.id);
    } else {
      await rememberConversation(deps.stores, context.activity, deps.clock.now());
    }
    return true;
  });

  return {
    adapter,
    app,
    notifier: notifier ?? new Notifier(adapter, deps.config.bot.appId ?? "", deps.stores, deps.logger.child({ component: "notifier" }), deps.clock),
    commands: new CommandRegistry(),
  };
}

/** Registers the features' routes in order, then help, which answers everything no feature took. */
export function registerFeatures(bot: Bot, deps: Omit<BotContext, keyof Bot>, features: readonly BotFeature[]): void {
  const context: BotContext = { ...bot, ...deps };
  for (const feature of features) feature(context);
  registerHelp(context);
}
