/** A bot activity with an effect, claimed by its id so that a repeated delivery is answered without running it again. */
export interface ActivityClaim {
  conversationId: string;
  activityId: string;
  state: "running" | "done";
  claimedAt: string;
  /** The invoke response the first run gave, replayed for repeated deliveries. */
  invokeResponse?: Record<string, unknown>;
}
