import type { Next, Request, Response } from "restify";
import { requestLanguage } from "./route";

function hasBody(req: Request): boolean {
  const length = Number(req.headers["content-length"] ?? 0);
  return length > 0 || req.headers["transfer-encoding"] !== undefined;
}

function mediaType(req: Request): string {
  return String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * Refuses a request body that is not `application/json` with 415 before a byte of it is read: the API and
 * the bot endpoint only take JSON, and no other parser (multipart, forms) may write anything before
 * authentication. Requests without a body pass, and so do those `binary` names (a file upload, read by its
 * route only after the caller is known).
 */
export function jsonBodiesOnly(options: { binary?: (req: Request) => boolean } = {}) {
  return (req: Request, res: Response, next: Next): void => {
    if (!hasBody(req) || mediaType(req) === "application/json" || options.binary?.(req)) {
      next();
      return;
    }
    const sv = requestLanguage(req) === "sv";
    res.header("Connection", "close");
    res.send(415, {
      error: {
        code: "unsupported_media_type",
        message: sv ? "Bara JSON (Content-Type: application/json) tas emot." : "Only JSON (Content-Type: application/json) is accepted.",
      },
    });
    next(false);
  };
}
