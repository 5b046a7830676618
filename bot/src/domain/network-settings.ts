import type { Network, NetworkSettings } from "./network";

/** The settings a network runs with: its coordinator's choices over the deployment's defaults. */
export function effectiveSettings(network: Pick<Network, "settings"> | undefined, defaults: NetworkSettings): NetworkSettings {
  const chosen = network?.settings ?? {};
  return {
    reminderDaysBefore: chosen.reminderDaysBefore ?? defaults.reminderDaysBefore,
    roundTableDaysBefore: chosen.roundTableDaysBefore ?? defaults.roundTableDaysBefore,
    roundTableReminderDaysBefore: chosen.roundTableReminderDaysBefore ?? defaults.roundTableReminderDaysBefore,
    notifyMembersOnPublish: chosen.notifyMembersOnPublish ?? defaults.notifyMembersOnPublish,
  };
}
