import { TestAdapter, type Activity } from "botbuilder";
import pino from "pino";
import { createApp, type App } from "../../bot/src/app";
import { loadConfig } from "../../bot/src/config";
import { seedDemoData } from "../../bot/src/demo/seed-demo";
import type { Clock } from "../../bot/src/domain/clock";
import { startTestStorage, type TestStorage } from "./azurite";

/** The app's bot features over botbuilder's TestAdapter: a turn in milliseconds, no HTTP server. */
export interface FeatureHarness {
  app: App;
  storage: TestStorage;
  /** Runs one activity through the bot and returns what it replied in the turn. */
  turn(activity: Record<string, unknown>): Promise<Partial<Activity>[]>;
  stop(): Promise<void>;
}

/**
 * Builds the real app (every feature, its services, Table Storage in in-memory Azurite with the demo network)
 * and drives its teams-ai Application with botbuilder's TestAdapter, as teams-ai's own specs do.
 */
export async function startFeatureHarness(clock: Clock): Promise<FeatureHarness> {
  const storage = await startTestStorage();
  await seedDemoData(storage.stores, clock);
  const config = loadConfig({ STORAGE_CONNECTION_STRING: storage.connectionString, LOG_LEVEL: "silent" }, undefined);
  const app = createApp(config, { stores: storage.stores, logger: pino({ level: "silent" }), clock });
  return {
    app,
    storage,
    turn: async (activity) => {
      const adapter = new TestAdapter();
      const replies: Partial<Activity>[] = [];
      // TestAdapter keeps the replies of a turn in its queue; invoke responses are not replies.
      await adapter.processActivity({ ...activity, deliveryMode: undefined } as Partial<Activity>, (context) => app.bot.app.run(context).then(() => undefined));
      while (adapter.activeQueue.length > 0) {
        const reply = adapter.activeQueue.shift()!;
        if (reply.type !== "invokeResponse") replies.push(reply);
      }
      return replies;
    },
    stop: () => storage.stop(),
  };
}

/** The text a reply shows: its text, or the texts of its Adaptive Card. */
export function replyText(reply: Partial<Activity>): string {
  const card = reply.attachments?.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content as unknown;
  const parts: string[] = reply.text ? [reply.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === "string" && ["text", "title", "value"].includes(key)) parts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return parts.join("\n");
}
