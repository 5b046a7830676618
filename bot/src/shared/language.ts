import type { Language } from "../domain/network";
import type { LocalisedText } from "../domain/errors";

/** Picks the app language from a Teams locale ("en-US") or an Accept-Language header; Swedish by default. */
export function languageOf(locale: string | undefined | null): Language {
  const first = (locale ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "sv";
}

/** The text in the given language. */
export function pick(text: LocalisedText, language: Language): string {
  return text[language];
}
