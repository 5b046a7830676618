import type { Member } from "./member";
import type { Network, Organisation } from "./network";

/** The first network and its coordinator, as the deployment's settings name them. */
export interface FirstNetworkSettings {
  name: string;
  tenantId: string;
  place: string;
  coordinator: { aadObjectId: string; displayName: string; email: string; organisationName: string };
}

/** The rows that make up a first network: the network, the coordinator's organisation and the coordinator. */
export interface FirstNetworkRows {
  network: Network;
  organisation: Organisation;
  member: Member;
}

/**
 * An id made from a name: å/ä→a, ö→o, other accents dropped, lowercase, words joined by dashes.
 * @example slugOf("Nätverk för Örebro län") // "natverk-for-orebro-lan"
 */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The network, organisation (kind "annan", first at the round table) and coordinator the settings describe. */
export function firstNetworkRows(settings: FirstNetworkSettings): FirstNetworkRows {
  const networkId = slugOf(settings.name);
  const { coordinator } = settings;
  const organisationId = slugOf(coordinator.organisationName);
  return {
    network: { id: networkId, name: settings.name, tenantId: settings.tenantId, coordinatorIds: [coordinator.aadObjectId], defaultPlace: settings.place, language: "sv" },
    organisation: { id: organisationId, networkId, name: coordinator.organisationName, kind: "annan", order: 0 },
    member: { aadObjectId: coordinator.aadObjectId, networkId, displayName: coordinator.displayName, email: coordinator.email, organisationId, role: "coordinator", active: true },
  };
}
