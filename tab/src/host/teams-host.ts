type TeamsJs = typeof import("@microsoft/teams-js");

/** The Teams themes the tab follows. */
export type HostTheme = "default" | "dark" | "contrast";

/** What the tab knows about where it runs. */
export interface HostInfo {
  inTeams: boolean;
  locale: string;
  theme: HostTheme;
  /** Teams meeting id when opened in a meeting (base64 of `0#<chat id>#0`). */
  meetingId?: string;
  /** The chat the tab is opened in, when there is one. */
  chatId?: string;
  /** `content`, `sidePanel`, `meetingStage`, … */
  frameContext?: string;
}

const INIT_TIMEOUT_MS = 1500;

let teamsJs: Promise<TeamsJs> | undefined;
/** teams-js, fetched the first time it is needed: a browser outside Teams never loads it. */
const loadTeamsJs = (): Promise<TeamsJs> => (teamsJs ??= import("@microsoft/teams-js"));

/**
 * Whether a Teams host can be there at all, by the test teams-js makes before anything else: a parent frame
 * or opener to talk to, or a mobile client's native interface. Without one, `app.initialize()` rejects at once.
 */
function mayBeHosted(): boolean {
  return window.parent !== window.self || Boolean(window.opener) || "nativeInterface" in window;
}

function themeOf(value: string | undefined): HostTheme {
  return value === "dark" || value === "contrast" ? value : "default";
}

/**
 * Initialises teams-js. Outside Teams, initialisation rejects at once (no parent window) or never settles
 * (framed by something else), so it gives up after a timeout and reports "not in Teams".
 */
export async function detectHost(): Promise<HostInfo> {
  try {
    if (!mayBeHosted()) throw new Error("not in Teams");
    const { app } = await loadTeamsJs();
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("not in Teams")), INIT_TIMEOUT_MS)),
    ]);
    const context = await app.getContext();
    app.notifySuccess();
    return {
      inTeams: true,
      locale: context.app.locale,
      theme: themeOf(context.app.theme),
      meetingId: context.meeting?.id,
      chatId: context.chat?.id,
      frameContext: context.page.frameContext,
    };
  } catch {
    return { inTeams: false, locale: "sv-SE", theme: "default" };
  }
}

/** Calls back when the user switches the Teams theme. */
export function onThemeChange(handler: (theme: HostTheme) => void): void {
  void loadTeamsJs().then(({ app }) => app.registerOnThemeChangeHandler((theme) => handler(themeOf(theme))));
}

/** A Teams SSO token for the API (Teams caches and renews it). */
export function getSsoToken(): Promise<string> {
  return loadTeamsJs().then(({ authentication }) => authentication.getAuthToken());
}

/** Opens a link the Teams way (deep links such as join URLs open in Teams itself), or in a new window outside Teams. */
export function openLink(url: string, inTeams: boolean): void {
  if (inTeams) void loadTeamsJs().then(({ app }) => app.openLink(url));
  else window.open(url, "_blank", "noopener");
}
