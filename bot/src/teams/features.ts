import type { BotFeature } from "./bot-app";

/** The bot's features, registered in this order before help. */
export const botFeatures: readonly BotFeature[] = [];
