import type { BotFeature } from "./bot-app";
import { meetingLinkFeature } from "./meeting-chat";
import { rollCallFeature } from "./roll-call-feature";
import { roundTableFeature } from "./round-table/round-table-feature";

/** The bot's features, registered in this order before help. */
export const botFeatures: readonly BotFeature[] = [meetingLinkFeature, rollCallFeature, roundTableFeature];
