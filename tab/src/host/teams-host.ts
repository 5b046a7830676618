import { app, authentication } from "@microsoft/teams-js";

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

function themeOf(value: string | undefined): HostTheme {
  return value === "dark" || value === "contrast" ? value : "default";
}

/**
 * Initialises teams-js. Outside Teams, initialisation rejects at once (no parent window) or never settles
 * (framed by something else), so it gives up after a timeout and reports "not in Teams".
 */
export async function detectHost(): Promise<HostInfo> {
  try {
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
  app.registerOnThemeChangeHandler((theme) => handler(themeOf(theme)));
}

/** A Teams SSO token for the API (Teams caches and renews it). */
export function getSsoToken(): Promise<string> {
  return authentication.getAuthToken();
}

/** Opens a link the Teams way (deep links such as join URLs open in Teams itself), or in a new window outside Teams. */
export function openLink(url: string, inTeams: boolean): void {
  if (inTeams) void app.openLink(url);
  else window.open(url, "_blank", "noopener");
}
