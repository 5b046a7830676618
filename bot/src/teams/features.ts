import type { BotFeature } from "./bot-app";
import { minutesFeature } from "./minutes-feature";

/** The bot's features, registered in this order before help. */
export const botFeatures: readonly BotFeature[] = [
  minutesFeature,
];
