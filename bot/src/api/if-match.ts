import type { Request } from "restify";
import { invalid } from "../domain/errors";

// An entity tag as RFC 9110 writes it: "…" or W/"…".
const ENTITY_TAG = /^(W\/)?"[\u0021\u0023-\u007E\u0080-\uFFFF]*"$/;

/**
 * The eTag of a request's `If-Match` header: undefined when absent or `*` (the change then applies to the
 * current version); anything that is not an entity tag is a 400 before it reaches storage. The one place
 * the header is read.
 */
export function ifMatch(req: Pick<Request, "headers">): string | undefined {
  const value = req.headers["if-match"];
  const etag = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!etag || etag === "*") return undefined;
  if (!ENTITY_TAG.test(etag)) {
    throw invalid("invalid_if_match", "If-Match är inte en giltig eTag. Läs in igen och försök på nytt.", "If-Match is not a valid eTag. Reload and try again.");
  }
  return etag;
}
