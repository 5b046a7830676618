import type { Language } from "../domain/network";
import { languageOf } from "../shared/language";
import type { Stores } from "../storage/repository";

/**
 * The language one person reads: the Teams locale last seen from them (kept with their 1:1 conversation
 * reference), else the network's language. Every message and card addressed to one person uses it.
 */
export async function personLanguage(stores: Pick<Stores, "conversations">, aadObjectId: string, networkLanguage: Language): Promise<Language> {
  const record = await stores.conversations.get("user", aadObjectId);
  const locale = record?.value.reference.locale;
  return typeof locale === "string" ? languageOf(locale) : networkLanguage;
}
