import type { Language } from "../../bot/src/domain/network";
import { languageOf } from "../../bot/src/shared/language";
import type { HostInfo, HostTheme } from "./host/teams-host";

/** Language and theme of the tab. */
export interface Environment {
  language: Language;
  theme: HostTheme;
}

/**
 * In Teams the language and theme follow Teams; outside Teams (dev mode) Swedish and light unless the URL
 * asks for `?lang=en` or `?theme=dark|contrast`, so both can be checked in a browser.
 */
export function environmentOf(host: HostInfo, search: string): Environment {
  if (host.inTeams) return { language: languageOf(host.locale), theme: host.theme };
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  return {
    language: languageOf(params.get("lang")),
    theme: theme === "dark" || theme === "contrast" ? theme : "default",
  };
}
