import type { Language } from "../domain/network";

/** A feature's user-facing texts: one object per language, with the same keys. */
export type Texts<T> = Readonly<Record<Language, T>>;

/**
 * Declares a feature's texts. The Swedish object sets the shape and the English one must match it key for
 * key (a missing or extra key is a compile error; a unit test checks the same at run time).
 * @example export const texts = defineTexts({ sv: { hello: "Hej" }, en: { hello: "Hello" } });
 */
export function defineTexts<T>(texts: { sv: T; en: NoInfer<T> }): Texts<T> {
  return texts;
}
