import type { FrameLocator, Page } from "playwright-core";

/** What the stand-in Teams client tells the tab about where it runs. */
export interface TeamsHostOptions {
  /** Path of the page to host, e.g. `/tab/` or `/tab/config.html`. */
  path: string;
  /** The SSO token `authentication.getAuthToken()` returns. */
  token?: string;
  locale?: string;
  theme?: "default" | "dark" | "contrast";
  frameContext?: "content" | "sidePanel" | "settings" | "meetingStage";
  meetingId?: string;
  chatId?: string;
}

/** One message the tab sent to Teams. */
export interface HostMessage {
  func: string;
  args: unknown[];
}

// The runtime a Teams web client announces (apiVersion 4), with what the tab uses.
const RUNTIME = { apiVersion: 4, hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } }, isLegacyTeams: false, supports: { app: {}, appEntity: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} } };

function hostHtml(options: TeamsHostOptions): string {
  const context = {
    locale: options.locale ?? "sv-SE", theme: options.theme ?? "default", frameContext: options.frameContext ?? "content", hostClientType: "web",
    entityId: "network-meeting", userObjectId: "host-user", tid: "host-tenant", meetingId: options.meetingId, chatId: options.chatId,
  };
  const config = { src: options.path, frameContext: context.frameContext, context, token: options.token ?? "", runtime: JSON.stringify(RUNTIME) };
  return `<!doctype html><html><head><meta charset="utf-8"><title>Teams (test host)</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style></head>
<body><iframe id="tab" title="Nätverksmöten"></iframe><script>
const cfg = ${JSON.stringify(config)};
const frame = document.getElementById("tab");
const log = [];
function post(message) { frame.contentWindow.postMessage(message, location.origin); }
window.__teamsHost = { log, send: (func, args) => post({ func, args }) };
window.addEventListener("message", (event) => {
  const m = event.data;
  if (event.source !== frame.contentWindow || !m || typeof m.func !== "string") return;
  log.push({ func: m.func, args: m.args });
  const reply = (args) => post({ id: m.id, uuidAsString: m.uuidAsString, args });
  if (m.func === "initialize") reply([cfg.frameContext, "web", cfg.runtime, "2.58.0"]);
  else if (m.func === "getContext") reply([cfg.context]);
  else if (m.func === "authentication.getAuthToken") reply(cfg.token ? [true, cfg.token] : [false, "resourceRequiresConsent"]);
  else if (m.func === "settings.setSettings") reply([true]);
});
frame.src = cfg.src;
</script></body></html>`;
}

/**
 * Opens a page of the app inside a stand-in Teams web client: a same-origin page that frames it and answers
 * the teams-js messages (initialize, getContext, getAuthToken, settings) as Teams does. Returns the frame.
 */
export async function openInTeams(page: Page, baseUrl: string, options: TeamsHostOptions): Promise<FrameLocator> {
  await page.route(`${baseUrl}/teams-host.html`, (route) => route.fulfill({ contentType: "text/html", body: hostHtml(options) }));
  await page.goto(`${baseUrl}/teams-host.html`);
  return page.frameLocator("#tab");
}

/** Sends an event from Teams to the tab, e.g. `themeChange` with `["dark"]` or `settings.save`. */
export function sendFromTeams(page: Page, func: string, args: unknown[]): Promise<void> {
  return page.evaluate(([f, a]) => (window as unknown as { __teamsHost: { send(f: unknown, a: unknown): void } }).__teamsHost.send(f, a), [func, args] as const);
}

/** The messages the tab sent to Teams so far. */
export function messagesToTeams(page: Page): Promise<HostMessage[]> {
  return page.evaluate(() => (window as unknown as { __teamsHost: { log: HostMessage[] } }).__teamsHost.log);
}
