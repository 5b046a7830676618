import { join } from "node:path";
import restify, { type Server } from "restify";
import { createApiContext } from "./api/api-context";
import { registerAttendanceRoutes } from "./api/attendance-routes";
import { registerDevChat } from "./api/dev-chat-routes";
import { registerDirectoryRoutes } from "./api/directory-routes";
import { jsonBodiesOnly } from "./api/json-bodies-only";
import { localHostOnly } from "./api/local-host-only";
import { noSourceMaps } from "./api/no-source-maps";
import { securityHeaders } from "./api/security-headers";
import { registerInvitationRoutes } from "./api/invitation-routes";
import { registerMeetingContextRoutes } from "./api/meeting-context-routes";
import { registerMeetingRoutes } from "./api/meeting-routes";
import { registerRoundTableRoutes } from "./api/round-table-routes";
import { registerMinutesRoutes } from "./api/minutes-routes";
import { messagesRoute } from "./api/messages-route";
import { createTokenValidator, type TokenValidator } from "./api/token-validator";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { projectRoot } from "./paths";
import { Directory } from "./services/directory";
import { Meetings } from "./services/meetings";
import type { Stores } from "./storage/repository";
import { createBot, type Bot, type BotFeature } from "./teams/bot-app";
import { botFeatures } from "./teams/features";
import { runOnce } from "./teams/activity-once";
import { isNetworkTenant } from "./teams/tenant-guard";

/** What the server is built from; tests pass their own stores and may replace the token validator. */
export interface ServerDeps {
  stores: Stores;
  logger: Logger;
  features?: readonly BotFeature[];
  validateToken?: TokenValidator;
  tabDir?: string;
}

/** A built, not yet listening server. */
export interface AppServer {
  server: Server;
  bot: Bot;
  /** Starts listening on 127.0.0.1 or all interfaces; resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 3000;
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Builds the one HTTP server: bot endpoint, tab API, static tab and health check. */
export function createServer(config: Config, deps: ServerDeps): AppServer {
  const server = restify.createServer({ name: "natverksmoten", handleUncaughtExceptions: false });
  server.pre(securityHeaders());
  if (config.localMode) server.pre(localHostOnly(config.publicUrl));
  server.pre(noSourceMaps());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(jsonBodiesOnly());
  // The body reader inside takes maxBodySize (413 above it); the plugin's types leave it out.
  const jsonOptions = { mapParams: false, maxBodySize: MAX_BODY_BYTES };
  server.use(restify.plugins.jsonBodyParser(jsonOptions));
  server.on("restifyError", (_req, _res, err, callback) => {
    const name = String((err as { restCode?: string }).restCode ?? err.name ?? "Error").replace(/Error$/, "");
    const code = name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase() || "error";
    err.toJSON = () => ({ error: { code, message: err.message } });
    return callback();
  });

  const directory = new Directory(deps.stores);
  const meetings = new Meetings(deps.stores, directory);
  const bot = createBot({ config, stores: deps.stores, logger: deps.logger, features: deps.features ?? botFeatures });
  const api = createApiContext({
    stores: deps.stores,
    directory,
    logger: deps.logger,
    localMode: config.localMode,
    publicUrl: config.publicUrl,
    validateToken: deps.validateToken ?? createTokenValidator(config.tab),
  });

  server.get("/healthz", async (_req, res) => {
    try {
      await Promise.race([
        deps.stores.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS).unref()),
      ]);
      res.send(200, { status: "ok", storage: "ok" });
    } catch (error) {
      res.send(503, { status: "error", storage: error instanceof Error ? error.message : String(error) });
    }
  });
  server.post("/api/messages", messagesRoute(bot, {
    localMode: config.localMode,
    logger: deps.logger,
    // With a bot app id, only the tenants of the networks may use the bot.
    isAllowedTenant: config.localMode ? undefined : (tenantId) => isNetworkTenant(deps.stores, tenantId),
    once: (context, run) => runOnce(deps.stores, context, run),
  }));
  registerDirectoryRoutes(server, api);
  registerMeetingRoutes(server, api, meetings);
  registerRoundTableRoutes(server, api, meetings, { notifier: bot.notifier, config: config.roundTable });
  registerAttendanceRoutes(server, api, meetings, bot.notifier);
  registerMinutesRoutes(server, api, { notifier: bot.notifier, config });
  registerInvitationRoutes(server, api, { notifier: bot.notifier, config });
  registerDevChat(server, config);
  registerMeetingContextRoutes(server, api, meetings);

  const tabDir = deps.tabDir ?? join(projectRoot(), "dist", "tab");
  server.get("/", (_req, res, next) => res.redirect(302, "/tab/", next));
  server.get("/tab", (_req, res, next) => res.redirect(302, "/tab/", next));
  server.get("/tab/*", restify.plugins.serveStaticFiles(tabDir, { index: "index.html" } as never));

  return {
    server,
    bot,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(`http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${address.port}`);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
