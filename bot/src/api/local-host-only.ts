import type { Next, Request, Response } from "restify";
import { requestLanguage } from "./route";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The host name of a Host header without its port ("[::1]:3978" → "[::1]"). */
function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  return value.startsWith("[") ? value.slice(0, value.indexOf("]") + 1) : value.replace(/:\d*$/, "");
}

/**
 * In local mode (no bot app id, X-Dev-User accepted) answers only requests whose Host is the loopback or
 * PUBLIC_URL's host, with any port: a web page on another name resolving to 127.0.0.1 (DNS rebinding)
 * gets 421 and no data.
 */
export function localHostOnly(publicUrl: string) {
  const allowed = new Set([...LOOPBACK, new URL(publicUrl).hostname.toLowerCase()]);
  return (req: Request, res: Response, next: Next): void => {
    if (allowed.has(hostName(String(req.headers.host ?? "")))) {
      next();
      return;
    }
    const sv = requestLanguage(req) === "sv";
    res.send(421, {
      error: {
        code: "host_not_allowed",
        message: sv ? "Den lokala servern svarar bara på localhost." : "The local server only answers on localhost.",
      },
    });
    next(false);
  };
}
