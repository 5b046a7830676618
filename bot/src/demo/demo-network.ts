import type { Member } from "../domain/member";
import type { Network, Organisation, OrganisationKind } from "../domain/network";

/** The demo network's id. */
export const DEMO_NETWORK_ID = "gr-mottagande-integration";
/** The demo tenant id (not a real tenant). */
export const DEMO_TENANT_ID = "00000000-0000-4000-8000-00000000aaaa";

const organisationRows: [id: string, name: string, kind: OrganisationKind][] = [
  ["ale", "Ale", "kommun"],
  ["alingsas", "Alingsås", "kommun"],
  ["goteborg", "Göteborgs Stad", "kommun"],
  ["harryda", "Härryda", "kommun"],
  ["kungsbacka", "Kungsbacka", "kommun"],
  ["kungalv", "Kungälv", "kommun"],
  ["lerum", "Lerum", "kommun"],
  ["lilla-edet", "Lilla Edet", "kommun"],
  ["molndal", "Mölndal", "kommun"],
  ["partille", "Partille", "kommun"],
  ["stenungsund", "Stenungsund", "kommun"],
  ["tjorn", "Tjörn", "kommun"],
  ["ockero", "Öckerö", "kommun"],
  ["arbetsformedlingen", "Arbetsförmedlingen", "myndighet"],
  ["lansstyrelsen", "Länsstyrelsen", "myndighet"],
  ["migrationsverket", "Migrationsverket", "myndighet"],
  ["vgr", "VGR", "region"],
  ["gr", "GR", "annan"],
  ["gr-fou", "GR FoU i Väst", "annan"],
];

/** The organisations of the example network, in round-table order. */
export const demoOrganisations: Organisation[] = organisationRows.map(([id, name, kind], index) => ({
  id, networkId: DEMO_NETWORK_ID, name, kind, order: (index + 1) * 10,
}));

// Fictional people (as in the example minutes); ids are made-up object ids in the demo tenant.
const memberRows: [name: string, organisationId: string, role: Member["role"]][] = [
  ["Johan Berg", "gr", "coordinator"],
  ["Emma Strand", "gr", "member"],
  ["Elin Bergqvist", "ale", "member"],
  ["Jonas Almgren", "alingsas", "member"],
  ["Fatima Nordin", "goteborg", "member"],
  ["Oskar Lindqvist", "goteborg", "member"],
  ["Camilla Sandberg", "goteborg", "member"],
  ["Sara Wikström", "harryda", "member"],
  ["Amir Haddad", "harryda", "guest"],
  ["Erik Nyström", "kungsbacka", "member"],
  ["Karin Sjöberg", "kungalv", "member"],
  ["Lena Forsberg", "lerum", "member"],
  ["Maja Ekström", "lilla-edet", "member"],
  ["Ida Holm", "molndal", "member"],
  ["Maria Falk", "partille", "member"],
  ["Yusuf Karimi", "stenungsund", "member"],
  ["Anders Björk", "tjorn", "member"],
  ["Sofia Engqvist", "ockero", "member"],
  ["Per Dahlgren", "arbetsformedlingen", "member"],
  ["Nils Åberg", "lansstyrelsen", "member"],
  ["Hanna Lund", "migrationsverket", "member"],
  ["Lars Hedlund", "vgr", "member"],
  ["Tove Lindahl", "gr-fou", "member"],
  ["Henrik Sundberg", "kungsbacka", "member"],
  ["Linnea Carlsson", "ockero", "member"],
];

function demoId(index: number): string {
  return `00000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`;
}

function emailOf(name: string): string {
  const ascii = name.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ /g, ".");
  return `${ascii}@example.org`;
}

/** About 25 fictional members over the organisations. */
export const demoMembers: Member[] = memberRows.map(([displayName, organisationId, role], index) => ({
  aadObjectId: demoId(index), networkId: DEMO_NETWORK_ID, displayName, email: emailOf(displayName), organisationId, role, active: true,
}));

/** The demo member with a given name. */
export function demoMember(name: string): Member {
  const member = demoMembers.find((m) => m.displayName === name);
  if (!member) throw new Error(`No demo member ${name}`);
  return member;
}

/** The demo network. */
export const demoNetwork: Network = {
  id: DEMO_NETWORK_ID,
  name: "Nätverket mottagande och integration",
  tenantId: DEMO_TENANT_ID,
  coordinatorIds: [demoMember("Johan Berg").aadObjectId],
  defaultPlace: "Digitalt via Teams",
  language: "sv",
};
