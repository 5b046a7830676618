import type { Activity, TurnContext } from "botbuilder";
import type { Request, Response } from "restify";
import { invalid } from "../domain/errors";
import type { Logger } from "../logger";
import { isAuthenticationFailure } from "./authentication-failure";
import type { Bot } from "./bot-app";
import { sendError, unauthenticated } from "../api/http-errors";
import { requestLanguage } from "../api/route";
import { refuseForeignTenant, tenantOf } from "./tenant-guard";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Throws a 400 unless the body has the parts of an activity the bot relies on. */
function assertActivityShape(body: unknown): void {
  const problem = !isObject(body)
    ? "the body is not a JSON object"
    : typeof body.type !== "string" || body.type === ""
      ? "type is missing"
      : !isObject(body.conversation) || typeof body.conversation.id !== "string"
        ? "conversation.id is missing"
        : !isObject(body.from) || typeof body.from.id !== "string"
          ? "from.id is missing"
          : undefined;
  if (problem) throw invalid("invalid_activity", `Felaktig aktivitet: ${problem}.`, `Malformed activity: ${problem}.`);
}

/**
 * `POST /api/messages`: checks the activity's shape, refuses requests without a token when the bot has an
 * app id (the adapter then validates the JWT, and any failure of it is a 401), and hands the turn to the
 * teams-ai Application. Invoke and expectReplies answers come back in the HTTP body. The bot is asked for on
 * each request: the first one loads the bot layer.
 */
export function messagesRoute(loadBot: () => Bot, options: {
  localMode: boolean;
  logger: Logger;
  isAllowedTenant?: (tenantId: string | undefined) => Promise<boolean>;
  /** Runs a turn at most once per activity id (repeated deliveries). */
  once?: (context: TurnContext, run: () => Promise<void>) => Promise<void>;
}) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      assertActivityShape(req.body);
      if (!options.localMode && !req.headers.authorization) {
        throw unauthenticated("missing_token", "Saknar Authorization-huvud.", "Missing Authorization header.");
      }
    } catch (error) {
      sendError(res, error, requestLanguage(req));
      return;
    }
    const activity = { ...(req.body as Activity) };
    for (const field of ["timestamp", "localTimestamp", "expiration"] as const) {
      if (typeof activity[field] === "string") activity[field] = new Date(activity[field] as unknown as string);
    }
    // The adapter authenticates before it calls the logic: anything it throws before that is about the token.
    let bot: Bot;
    try {
      bot = loadBot();
    } catch (error) {
      options.logger.error({ err: error }, "the bot could not be loaded");
      sendError(res, error, requestLanguage(req));
      return;
    }
    let authenticated = false;
    try {
      const response = await bot.adapter.handleActivity(String(req.headers.authorization ?? ""), activity, async (context) => {
        authenticated = true;
        if (options.isAllowedTenant && !(await options.isAllowedTenant(tenantOf(context.activity)))) {
          options.logger.warn({ activityId: activity.id, tenantId: tenantOf(context.activity) }, "activity refused: tenant of no network");
          await refuseForeignTenant(context);
          return;
        }
        const run = () => bot.app.run(context).then(() => undefined);
        await (options.once ? options.once(context, run) : run());
      });
      if (response?.body === undefined && (response?.status ?? 200) >= 400) {
        // An invoke no handler takes (an unknown name, no card action in it) gets 501 from the SDK without a word.
        const sv = requestLanguage(req) === "sv";
        res.send(response!.status, { error: { code: "unsupported_invoke", message: sv ? "Den här åtgärden känner appen inte till." : "The app does not know this action." } });
      } else if (response?.body === undefined) {
        res.status(response?.status ?? 200);
        res.end();
      } else {
        res.send(response.status, response.body);
      }
    } catch (error) {
      if (isAuthenticationFailure(error) || !authenticated) {
        options.logger.warn({ err: error, activityId: activity.id }, "activity refused: authentication failed");
        sendError(res, unauthenticated("invalid_token", "Ogiltig eller utgången token.", "Invalid or expired token."), requestLanguage(req));
        return;
      }
      options.logger.error({ err: error, activityId: activity.id }, "activity processing failed");
      if (!res.headersSent) sendError(res, error, requestLanguage(req));
    }
  };
}
