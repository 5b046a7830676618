import type { Config } from "../config";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";
import type { Bot, BotContext, BotFeature } from "./bot-app";
import { Notifier } from "./notifier";

/** The bot, built on first use, and the notifier the services get before it exists. */
export interface LazyBot {
  /** Sends through the bot's adapter, loading the bot on the first send. */
  notifier: Notifier;
  /** The bot with its features registered; the first call loads botbuilder and teams-ai. */
  get(): Bot;
}

/**
 * Defers the bot layer (botbuilder, teams-ai and the features' handlers: about a second of CPU to load) until
 * the first `/api/messages` request or proactive send, so the server, `/healthz` and the API answer without it.
 * The features (the app's own unless `features` is given) are registered with `context()` once the bot exists.
 */
export function lazyBot(
  deps: { config: Config; stores: Stores; logger: Logger; clock: Clock },
  context: () => Omit<BotContext, keyof Bot>,
  features?: readonly BotFeature[],
): LazyBot {
  let bot: Bot | undefined;
  const get = (): Bot => {
    if (bot) return bot;
    // A synchronous require: in the server bundle esbuild runs these modules only when this line runs.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { createBot, registerFeatures } = require("./bot-app") as typeof import("./bot-app");
    const registered = features ?? (require("./features") as typeof import("./features")).botFeatures;
    /* eslint-enable @typescript-eslint/no-require-imports */
    const built = createBot(deps, notifier);
    registerFeatures(built, context(), registered);
    bot = built;
    deps.logger.info("bot loaded");
    return bot;
  };
  const notifier = new Notifier(() => get().adapter, deps.config.bot.appId ?? "", deps.stores, deps.logger.child({ component: "notifier" }), deps.clock);
  return { notifier, get };
}
