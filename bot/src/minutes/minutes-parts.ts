import type { AuditLog } from "../audit/audit-log";
import type { Clock } from "../domain/clock";
import type { Directory } from "../register/directory";
import type { Stores } from "../storage/repository";
import { MinutesData } from "./minutes-data";
import { MinutesSnapshots } from "./minutes-snapshot";
import { MinutesStateStore } from "./minutes-state-store";

/** The minutes' storage parts, built once and shared by the reader, the service and the publisher. */
export interface MinutesParts {
  stores: Stores;
  directory: Directory;
  clock: Clock;
  audit: AuditLog;
  data: MinutesData;
  snapshots: MinutesSnapshots;
  state: MinutesStateStore;
}

/** Builds the minutes' storage parts. */
export function createMinutesParts(stores: Stores, directory: Directory, clock: Clock, audit: AuditLog): MinutesParts {
  return { stores, directory, clock, audit, data: new MinutesData(stores, directory, clock), snapshots: new MinutesSnapshots(stores), state: new MinutesStateStore(stores, clock) };
}
