import { app, authentication } from "@microsoft/teams-js";

/** What the tab knows about where it runs. */
export interface HostInfo {
  inTeams: boolean;
  locale: string;
  theme: "default" | "dark" | "contrast";
  /** Meeting id when opened in a meeting, as Teams gives it. */
  meetingId?: string;
  frameContext?: string;
}

const INIT_TIMEOUT_MS = 1500;

/** Initialises teams-js; outside Teams (where initialisation never resolves or rejects) it gives up after a timeout. */
export async function detectHost(): Promise<HostInfo> {
  try {
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("not in Teams")), INIT_TIMEOUT_MS)),
    ]);
    const context = await app.getContext();
    return {
      inTeams: true,
      locale: context.app.locale,
      theme: (context.app.theme as HostInfo["theme"]) ?? "default",
      meetingId: context.meeting?.id,
      frameContext: context.page.frameContext,
    };
  } catch {
    return { inTeams: false, locale: navigator.language, theme: "default" };
  }
}

/** Calls back when the Teams theme changes. */
export function onThemeChange(handler: (theme: HostInfo["theme"]) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(theme as HostInfo["theme"]));
}

/** A Teams SSO token for the API. */
export function getSsoToken(): Promise<string> {
  return authentication.getAuthToken();
}
