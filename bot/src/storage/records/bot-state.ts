/** Free-form bot state (teams-ai turn state) by storage key. */
export interface BotStateRecord {
  key: string;
  state: Record<string, unknown>;
}
