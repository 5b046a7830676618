import { AttendanceWrites } from "./attendance-writes";
import { RollCallService } from "./roll-call-service";
import type { BotContext } from "../teams/bot-app";
import { registerMeetingEvents } from "./meeting-events";
import { registerRollCallActions } from "./roll-call-actions";
import { registerRollCallCommands } from "./roll-call-commands";
import { RollCallCards } from "./roll-call-cards";

/** What the roll call's commands, card actions and event routes share. */
export interface RollCallDeps {
  rollCalls: RollCallService;
  writes: AttendanceWrites;
  cards: RollCallCards;
}

/** The roll call in the meeting chat: commands, the card's actions, and meeting events. */
export function rollCallFeature(ctx: BotContext): void {
  const rollCalls = new RollCallService(ctx.stores);
  const deps: RollCallDeps = {
    rollCalls,
    writes: new AttendanceWrites(ctx.stores, rollCalls),
    cards: new RollCallCards(rollCalls, ctx.notifier, ctx.logger.child({ component: "roll-call" })),
  };
  registerRollCallCommands(ctx, deps);
  registerRollCallActions(ctx, deps);
  registerMeetingEvents(ctx, deps);
}
