import type { Next, Request, Response } from "restify";
import { requestLanguage } from "./route";

const MAX_DEPTH = 64;

function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => hasPrototypeKey(v, depth + 1));
  return Object.keys(value).some((key) => key === "__proto__" || hasPrototypeKey((value as Record<string, unknown>)[key], depth + 1));
}

/**
 * Refuses a JSON body holding a `__proto__` key anywhere with 400: JSON.parse keeps it as an own key, and
 * code that copies or validates the object would silently drop it or, worse, set a prototype.
 */
export function noPrototypeKeys() {
  return (req: Request, res: Response, next: Next): void => {
    if (!hasPrototypeKey(req.body)) {
      next();
      return;
    }
    const sv = requestLanguage(req) === "sv";
    res.send(400, {
      error: {
        code: "invalid_input",
        message: sv ? "Nyckeln \"__proto__\" är inte tillåten i JSON-data." : "The key \"__proto__\" is not allowed in JSON data.",
        field: "__proto__",
      },
    });
    next(false);
  };
}
