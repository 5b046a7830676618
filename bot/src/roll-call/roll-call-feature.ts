import type { BotContext } from "../teams/bot-app";
import { registerMeetingEvents } from "./meeting-events";
import { registerPersonSearch } from "./person-search";
import { registerRollCallActions } from "./roll-call-actions";
import { registerRollCallCommands } from "./roll-call-commands";

/** The roll call in the meeting chat: commands, the card's actions and person search, and meeting events. */
export function rollCallFeature(ctx: BotContext): void {
  registerRollCallCommands(ctx, ctx.services.rollCall);
  registerRollCallActions(ctx, ctx.services.rollCall);
  registerPersonSearch(ctx);
  registerMeetingEvents(ctx, ctx.services.rollCall);
}
