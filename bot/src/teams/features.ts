import type { BotFeature } from "./bot-app";
import { invitationsFeature } from "./invitations/invitations-feature";

/** The bot's features, registered in this order before help. */
export const botFeatures: readonly BotFeature[] = [
  invitationsFeature,
];
