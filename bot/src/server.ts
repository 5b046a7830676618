import restify, { type Server } from "restify";
import { jsonBodiesOnly } from "./api/json-bodies-only";
import { isMaterialUpload } from "./material/upload-body";
import { localHostOnly } from "./api/local-host-only";
import { noPrototypeKeys } from "./api/no-prototype-keys";
import { noSourceMaps } from "./api/no-source-maps";
import { securityHeaders } from "./api/security-headers";
import type { Config } from "./config";
import type { Clock } from "./domain/clock";
import type { Logger } from "./logger";
import type { Stores } from "./storage/repository";
import { runOnce } from "./teams/activity-once";
import type { Bot } from "./teams/bot-app";
import { messagesRoute } from "./teams/messages-route";
import { isNetworkTenant } from "./teams/tenant-guard";

/** Registers one group of routes on the server (a feature's API, the tab's static files, …). */
export type RouteRegistration = (server: Server) => void;

/** What the server is built from: the bot for `/api/messages` and the routes to register, in order. */
export interface ServerParts {
  stores: Stores;
  logger: Logger;
  bot: Bot;
  routes: readonly RouteRegistration[];
  clock: Clock;
}

/** A built, not yet listening HTTP server. */
export interface HttpServer {
  server: Server;
  /** Starts listening on 127.0.0.1 or all interfaces; resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 3000;
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Builds the one HTTP server: body parsing, JSON errors, health check, bot endpoint, then the routes given. */
export function createServer(config: Config, parts: ServerParts): HttpServer {
  const server = restify.createServer({ name: "natverksmoten", handleUncaughtExceptions: false });
  server.pre(securityHeaders());
  if (config.localMode) server.pre(localHostOnly(config.publicUrl));
  server.pre(noSourceMaps());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(jsonBodiesOnly({ binary: isMaterialUpload }));
  // The body reader inside takes maxBodySize (413 above it); the plugin's types leave it out. A file upload's
  // body is left unread here: its route reads it after authentication, with its own limit.
  const jsonOptions = { mapParams: false, maxBodySize: MAX_BODY_BYTES };
  const jsonParsers = [restify.plugins.jsonBodyParser(jsonOptions)].flat() as restify.RequestHandler[];
  server.use(jsonParsers.map((parse): restify.RequestHandler => (req, res, next) => (isMaterialUpload(req) ? next() : parse(req, res, next))));
  server.use(noPrototypeKeys());
  server.on("restifyError", (_req, _res, err, callback) => {
    const name = String((err as { restCode?: string }).restCode ?? err.name ?? "Error").replace(/Error$/, "");
    const code = name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase() || "error";
    err.toJSON = () => ({ error: { code, message: err.message } });
    return callback();
  });

  server.get("/healthz", async (_req, res) => {
    try {
      await Promise.race([
        parts.stores.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS).unref()),
      ]);
      res.send(200, { status: "ok", storage: "ok" });
    } catch (error) {
      res.send(503, { status: "error", storage: error instanceof Error ? error.message : String(error) });
    }
  });
  server.post("/api/messages", messagesRoute(parts.bot, {
    localMode: config.localMode,
    logger: parts.logger,
    // With a bot app id, only the tenants of the networks may use the bot.
    isAllowedTenant: config.localMode ? undefined : (tenantId) => isNetworkTenant(parts.stores, tenantId),
    once: (context, run) => runOnce(parts.stores, parts.clock, context, run),
  }));
  for (const register of parts.routes) register(server);

  return {
    server,
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
