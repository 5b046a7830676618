/** Free-form bot state (teams-ai turn state) by storage key. */
export interface BotStateRecord {
  key: string;
  state: Record<string, unknown>;
  /** When the bot last wrote it (the retention job removes state left alone for long); absent on older rows. */
  updatedAt?: string;
}
