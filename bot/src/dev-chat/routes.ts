import { join } from "node:path";
import restify, { type Server } from "restify";
import type { Config } from "../config";
import { projectRoot } from "../paths";
import { registerDevConnector } from "./dev-chat-connector";

/**
 * The local chat page at `/dev/chat/` (built into dist/dev-chat) and its Bot Connector stand-in at
 * `/dev/chat/connector/`. Local mode only: with BOT_ID set nothing is registered, so both are a 404.
 */
export function registerDevChat(server: Server, config: Pick<Config, "localMode">, dir: string = join(projectRoot(), "dist", "dev-chat")): void {
  if (!config.localMode) return;
  registerDevConnector(server, "/dev/chat/connector");
  server.get("/dev/chat", (_req, res, next) => res.redirect(302, "/dev/chat/", next));
  server.get("/dev/chat/*", restify.plugins.serveStaticFiles(dir, { index: "index.html" } as never));
}
