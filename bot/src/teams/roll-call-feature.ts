import { AttendanceWrites } from "../services/attendance-writes";
import { RollCallService } from "../services/roll-call";
import type { BotContext } from "./bot-app";
import { RoundTableHub } from "./round-table/round-table-hub";
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
    cards: new RollCallCards(rollCalls, ctx.notifier, ctx.logger.child({ component: "roll-call" }), new RoundTableHub(ctx.stores, ctx.notifier, ctx.logger.child({ component: "round-table" }))),
  };
  registerRollCallCommands(ctx, deps);
  registerRollCallActions(ctx, deps);
  registerMeetingEvents(ctx, deps);
}
