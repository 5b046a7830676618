import type { BotFeature } from "./bot-app";
import { invitationsFeature } from "../invitations/invitations-feature";
import { meetingLinkFeature } from "../meeting-link/meeting-chat";
import { joinFeature } from "../register/join-feature";
import { minutesFeature } from "../minutes/minutes-feature";
import { rollCallFeature } from "../roll-call/roll-call-feature";
import { roundTableFeature } from "../round-table/round-table-feature";
import { focusFeature } from "../focus/focus-feature";
import { dialoguesFeature } from "../dialogues/dialogues-feature";

/** The bot's features, registered in this order before help. */
export const botFeatures: readonly BotFeature[] = [meetingLinkFeature, invitationsFeature, rollCallFeature, roundTableFeature, minutesFeature, joinFeature, focusFeature, dialoguesFeature];
