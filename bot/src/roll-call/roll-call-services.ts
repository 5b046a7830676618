import type { AuditLog } from "../audit/audit-log";
import type { Meeting } from "../domain/meeting";
import type { RoundTableWalkState } from "../domain/round-table-walk";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Meetings } from "../meetings/meetings";
import type { Directory } from "../register/directory";
import type { Stores } from "../storage/repository";
import type { Notifier } from "../teams/notifier";
import { AttendanceWrites } from "./attendance-writes";
import { RollCallCards } from "./roll-call-cards";
import { RollCallService } from "./roll-call-service";

/** What the roll call's commands, card actions, event routes and API share. */
export interface RollCallServices {
  rollCalls: RollCallService;
  writes: AttendanceWrites;
  /** The one card updater of the process: its coalescer keeps updates for a meeting from overlapping. */
  cards: RollCallCards;
}

/** Builds the roll call's services over the shared directory, meetings and notifier. */
export function createRollCallServices(deps: {
  stores: Stores;
  directory: Directory;
  meetings: Meetings;
  notifier: Notifier;
  logger: Logger;
  clock: Clock;
  audit: AuditLog;
  /** The walk card follows who is present. */
  roundTable: { attendanceChanged(meeting: Meeting, known?: { walk?: RoundTableWalkState }): Promise<void> };
}): RollCallServices {
  const now = () => deps.clock.now();
  const rollCalls = new RollCallService(deps.stores, deps.directory, deps.meetings, now, deps.audit);
  return {
    rollCalls,
    writes: new AttendanceWrites(deps.stores, rollCalls, now, deps.audit),
    cards: new RollCallCards(rollCalls, deps.notifier, deps.logger.child({ component: "roll-call" }), deps.roundTable),
  };
}
