import { conflict, invalid } from "./errors";
import type { Member } from "./member";
import type { NetworkSettings } from "./network";

/** Refuses settings where the round-table reminder would come before (or with) the ask. */
export function assertValidSettings(settings: NetworkSettings): void {
  if (settings.roundTableReminderDaysBefore >= settings.roundTableDaysBefore) {
    throw invalid(
      "invalid_settings",
      "Påminnelsen om aktuellt läge måste komma färre dagar före mötet än frågan.",
      "The round-table reminder must come fewer days before the meeting than the request.",
      { field: "settings.roundTableReminderDaysBefore" },
    );
  }
}

/** Refuses a change to the members that would leave the network without an active coordinator. */
export function assertKeepsCoordinator(membersAfter: readonly Member[]): void {
  if (!membersAfter.some((m) => m.active && m.role === "coordinator")) {
    throw conflict(
      "last_coordinator",
      "Nätverket måste ha minst en aktiv samordnare. Gör någon annan till samordnare först.",
      "The network must have at least one active coordinator. Make someone else coordinator first.",
    );
  }
}
