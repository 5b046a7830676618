import type { BotFeature } from "./bot-app";
import { invitationsFeature } from "./invitations/invitations-feature";
import { meetingLinkFeature } from "./meeting-chat";
import { minutesFeature } from "./minutes-feature";
import { rollCallFeature } from "./roll-call-feature";
import { roundTableFeature } from "./round-table/round-table-feature";

/** The bot's features, registered in this order before help. */
export const botFeatures: readonly BotFeature[] = [meetingLinkFeature, invitationsFeature, rollCallFeature, roundTableFeature, minutesFeature];
