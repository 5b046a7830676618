import type { Language } from "../../../bot/src/domain/network";

const roles: Record<string, { sv: string; en: string }> = {
  coordinator: { sv: "samordnare", en: "coordinator" },
  member: { sv: "ledamot", en: "member" },
  guest: { sv: "gäst", en: "guest" },
  chair: { sv: "ordförande", en: "chair" },
  secretary: { sv: "sekreterare", en: "secretary" },
};

/** A role for people ("samordnare", "ledamot", …). */
export function roleLabel(role: string, language: Language): string {
  return roles[role]?.[language] ?? role;
}
