import type { Request } from "restify";

/**
 * The eTag of a request's `If-Match` header: trimmed, undefined when absent, empty or `*` (then a change
 * applies to the current version). The one place the header is read.
 * @example ifMatch(req) // 'W/"datetime\'2025-03-12T08%3A00%3A00.000Z\'"'
 */
export function ifMatch(req: Pick<Request, "headers">): string | undefined {
  const value = req.headers["if-match"];
  const etag = (Array.isArray(value) ? value[0] : value)?.trim();
  return etag && etag !== "*" ? etag : undefined;
}
