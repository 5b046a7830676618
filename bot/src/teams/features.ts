import type { BotFeature } from "./bot-app";
import { meetingLinkFeature } from "./meeting-chat";
import { rollCallFeature } from "./roll-call-feature";

/** The bot's features, registered in this order before help. */
export const botFeatures: readonly BotFeature[] = [meetingLinkFeature, rollCallFeature];
