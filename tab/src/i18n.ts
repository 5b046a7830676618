import { createContext, useContext } from "react";
import type { Language } from "../../bot/src/domain/network";

/** The language the tab speaks: Swedish unless Teams (or `?lang=en` in dev mode) says English. */
export const LanguageContext = createContext<Language>("sv");

/** The tab's language. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/**
 * The texts of a component in the tab's language.
 * @example const t = useText({ sv: { title: "Möten" }, en: { title: "Meetings" } });
 */
export function useText<T>(text: { sv: T; en: T }): T {
  return text[useLanguage()];
}
