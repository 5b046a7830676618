import type { Request, Response } from "restify";
import { isAppError } from "../domain/errors";
import { languageOf } from "../shared/language";
import type { Logger } from "../logger";
import type { Language } from "../domain/network";
import { sendError } from "./http-errors";

/** What a route handler returns: a status and a JSON body (or nothing for 204). */
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The language a request asks for (Accept-Language), Swedish by default. */
export function requestLanguage(req: Request): Language {
  const value = req.headers["accept-language"];
  return languageOf(Array.isArray(value) ? value[0] : value);
}

/**
 * Wraps an async route so that its result is sent as JSON and any error becomes the JSON error of
 * DESIGN §9 (logged with the request's method and path when it is not the caller's fault).
 */
export function route(logger: Logger, handler: (req: Request) => Promise<RouteResult>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const result = await handler(req);
      for (const [name, value] of Object.entries(result.headers ?? {})) res.header(name, value);
      if (result.body === undefined) {
        res.status(result.status);
        res.end();
      } else {
        res.send(result.status, result.body);
      }
    } catch (error) {
      logger[isAppError(error) && error.kind !== "unavailable" ? "info" : "error"]({ err: error, method: req.method, path: req.path() }, "request failed");
      sendError(res, error, requestLanguage(req));
    }
  };
}
