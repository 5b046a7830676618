import type { Next, Request, Response } from "restify";
import { requestLanguage } from "./route";

/** Answers 404 for source maps (`*.map`): the build writes them for debugging, they are not served. */
export function noSourceMaps() {
  return (req: Request, res: Response, next: Next): void => {
    if (!/\.map$/i.test(req.path())) {
      next();
      return;
    }
    res.send(404, { error: { code: "not_found", message: requestLanguage(req) === "sv" ? "Sidan finns inte." : "Not found." } });
    next(false);
  };
}
