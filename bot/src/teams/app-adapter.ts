import { TeamsAdapter } from "@microsoft/teams-ai";
import type { Activity, InvokeResponse, TurnContext } from "botbuilder";
import { keepClients } from "./connector-cache";

/**
 * The TeamsAdapter with a turn entry point that returns the invoke/expectReplies response instead of
 * writing it, so that the HTTP layer answers every authentication failure (including a bad signature,
 * which botbuilder reports as a 500) with 401 and a JSON error. Its Bot Connector and token clients are
 * kept and shared between turns (`keepClients`).
 */
export class AppAdapter extends TeamsAdapter {
  /** TeamsAdapter's arguments, then the app's clock in milliseconds (how long clients are kept). */
  constructor(
    authConfig: ConstructorParameters<typeof TeamsAdapter>[0],
    connectorClientOptions: ConstructorParameters<typeof TeamsAdapter>[3],
    now: () => number,
  ) {
    super(authConfig, undefined, undefined, connectorClientOptions);
    keepClients(this.botFrameworkAuthentication, now);
  }

  /** Authenticates the request (JWT in `authHeader`, skipped when the bot has no app id) and runs the turn. */
  handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
