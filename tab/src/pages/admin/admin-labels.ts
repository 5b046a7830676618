import type { NetworkRole } from "../../../../bot/src/domain/member";
import type { Language, OrganisationKind } from "../../../../bot/src/domain/network";

const kinds: Record<OrganisationKind, { sv: string; en: string }> = {
  kommun: { sv: "Kommun", en: "Municipality" },
  myndighet: { sv: "Myndighet", en: "Government agency" },
  region: { sv: "Region", en: "Region" },
  annan: { sv: "Annan", en: "Other" },
};

const roles: Record<NetworkRole, { sv: string; en: string }> = {
  coordinator: { sv: "Samordnare", en: "Coordinator" },
  member: { sv: "Medlem", en: "Member" },
  guest: { sv: "Gäst", en: "Guest" },
};

/** An organisation kind for people. */
export const kindLabel = (kind: OrganisationKind, language: Language): string => kinds[kind]?.[language] ?? kind;
/** A network role for people. */
export const roleLabel = (role: NetworkRole, language: Language): string => roles[role]?.[language] ?? role;
