import { createIfAbsent } from "../storage/create-if-absent";
import { firstNetworkRows, type FirstNetworkSettings } from "../domain/first-network";
import type { Repository, Stores } from "../storage/repository";

/** What the first-start setup did: which rows it created (false = already there, left as it was). */
export interface FirstNetworkResult {
  networkId: string;
  created: { network: boolean; organisation: boolean; coordinator: boolean };
}

// Another instance or an earlier start may have made a row: existing rows are never changed.
async function createIfMissing<T>(repository: Repository<T>, value: T): Promise<boolean> {
  return (await createIfAbsent(repository, value)) !== undefined;
}

/**
 * Creates the first network, the coordinator's organisation and the coordinator member when they are
 * missing, so that a fresh deployment has someone who can add the rest. Safe to run on every start.
 */
export async function setUpFirstNetwork(stores: Stores, settings: FirstNetworkSettings): Promise<FirstNetworkResult> {
  const rows = firstNetworkRows(settings);
  const network = await createIfMissing(stores.networks, rows.network);
  const organisation = await createIfMissing(stores.organisations, rows.organisation);
  const coordinator = await createIfMissing(stores.members, rows.member);
  return { networkId: rows.network.id, created: { network, organisation, coordinator } };
}
