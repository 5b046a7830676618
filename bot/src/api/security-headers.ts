import type { Next, Request, Response } from "restify";

// The hosts Microsoft documents for tabs in Teams, Outlook and the Microsoft 365 app (web, desktop, mobile).
const TAB_HOSTS = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://teams.cloud.microsoft",
  "https://*.cloud.microsoft",
  "https://local.teams.office.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.skype.com",
];

/** The Content-Security-Policy of every response: own scripts only, and framing only by the Microsoft 365 hosts. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Fluent UI inserts its generated styles at run time; the pages have one small inline style block.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  // teams-js fetches the list of valid Teams host domains from Microsoft's CDN.
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors 'self' ${TAB_HOSTS.join(" ")}`,
].join("; ");

/** Adds the CSP and `X-Content-Type-Options: nosniff` to every response, before routing. */
export function securityHeaders() {
  return (_req: Request, res: Response, next: Next): void => {
    res.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    res.header("X-Content-Type-Options", "nosniff");
    res.header("Referrer-Policy", "strict-origin-when-cross-origin");
    next();
  };
}
