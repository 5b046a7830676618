import type { Clock } from "../domain/clock";
import type { Activity, TurnContext } from "botbuilder";
import { ActivityTypes } from "./activity-values";
import type { ActivityClaim } from "../storage/records/activity-claim";
import type { Stores } from "../storage/repository";
import { AlreadyExistsError, ConcurrencyError } from "../storage/storage-errors";

/** A claim older than this whose run never finished (the process stopped) may be taken over. */
const STALE_CLAIM_MS = 2 * 60_000;
const WAIT_FOR_FIRST_MS = 8000;
const POLL_MS = 100;

/**
 * Card verbs whose handlers claim the activity id themselves, in the same transaction of the meeting's
 * partition as their write (`processedActions`): a claim here as well would be two more storage calls.
 */
export const VERBS_CLAIMED_BY_HANDLER: ReadonlySet<string> = new Set(["rollcall.checkin", "rsvp.answer"]);

/**
 * Whether a repeated delivery of the activity must not run again: card actions (Action.Execute invokes,
 * except Teams' automatic card refreshes, and Action.Submit messages) and typed commands. Invokes of the
 * verbs in `VERBS_CLAIMED_BY_HANDLER` are left to their handlers.
 */
export function hasEffect(activity: Partial<Activity>): boolean {
  if (!activity.id || !activity.conversation?.id) return false;
  if (activity.type === ActivityTypes.Message) return true;
  if (activity.type !== ActivityTypes.Invoke || activity.name !== "adaptiveCard/action") return false;
  const value = activity.value as { trigger?: string; action?: { verb?: unknown } } | undefined;
  if (typeof value?.action?.verb === "string" && VERBS_CLAIMED_BY_HANDLER.has(value.action.verb)) return false;
  return value?.trigger !== "automatic";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the turn once per activity id: the first delivery claims the id and runs; a repeated delivery gets
 * the first run's invoke response again (or nothing for a message) without running. A run that fails
 * gives the claim back so that Teams' retry runs it.
 */
export async function runOnce(stores: Stores, clock: Clock, context: TurnContext, run: () => Promise<void>): Promise<void> {
  const activity = context.activity;
  if (!hasEffect(activity)) return run();
  const key = { conversationId: activity.conversation.id, activityId: activity.id! };
  const claimed = await claim(stores, clock.now(), key);
  if (!claimed) {
    await replay(stores, context, key);
    return;
  }
  let invokeResponse: Record<string, unknown> | undefined;
  context.onSendActivities(async (_ctx, activities, next) => {
    const answer = activities.find((a) => a.type === ActivityTypes.InvokeResponse);
    if (answer) invokeResponse = answer.value as Record<string, unknown>;
    return next();
  });
  try {
    await run();
  } catch (error) {
    await stores.activityClaims.remove(key.conversationId, key.activityId).catch(() => undefined);
    throw error;
  }
  await stores.activityClaims.upsert({ ...claimed, state: "done", ...(invokeResponse ? { invokeResponse } : {}) });
}

/** Creates the claim; undefined when another delivery holds a live one. */
async function claim(stores: Stores, now: Date, key: { conversationId: string; activityId: string }): Promise<ActivityClaim | undefined> {
  const fresh: ActivityClaim = { ...key, state: "running", claimedAt: now.toISOString() };
  try {
    await stores.activityClaims.create(fresh);
    return fresh;
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
  }
  const existing = await stores.activityClaims.get(key.conversationId, key.activityId);
  if (!existing || existing.value.state === "done" || now.getTime() - Date.parse(existing.value.claimedAt) < STALE_CLAIM_MS) return undefined;
  try {
    await stores.activityClaims.replace(fresh, existing.etag);
    return fresh;
  } catch (error) {
    if (error instanceof ConcurrencyError) return undefined;
    throw error;
  }
}

/** Answers a repeated delivery with the first run's invoke response, waiting briefly while that run is still going. */
async function replay(stores: Stores, context: TurnContext, key: { conversationId: string; activityId: string }): Promise<void> {
  if (context.activity.type !== ActivityTypes.Invoke) return;
  // Elapsed time, not a date: how long this delivery waits for the first one.
  const deadline = performance.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const stored = await stores.activityClaims.get(key.conversationId, key.activityId);
    if (stored?.value.state === "done" && stored.value.invokeResponse) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: stored.value.invokeResponse });
      return;
    }
    if (!stored || stored.value.state === "done" || performance.now() > deadline) break;
    await sleep(POLL_MS);
  }
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "Redan behandlat. / Already handled." } } });
}
