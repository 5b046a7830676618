import { conflict, forbidden, notFound } from "../domain/errors";
import { firstNetworkRows, type FirstNetworkRows, type FirstNetworkSettings } from "../domain/first-network";
import type { Network } from "../domain/network";
import { createIfAbsent } from "../storage/create-if-absent";
import type { Stores } from "../storage/repository";

/** What an installation admin writes to create a network with its first coordinator. */
export type NewNetworkInput = FirstNetworkSettings & { language: Network["language"]; allowedTenantIds: string[] };

const notAnAdmin = () =>
  forbidden(
    "not_installation_admin",
    "Bara installationens administratörer kan skapa och lista nätverk.",
    "Only the installation's admins may create and list networks.",
  );

/**
 * The installation admin's work: one deployment serves many networks, and only the people named in
 * INSTALLATION_ADMIN_IDS create them. Each network then has its own coordinators, who run its register.
 */
export class NetworkAdmin {
  constructor(private readonly stores: Stores, private readonly adminIds: readonly string[]) {}

  /** Whether the person is one of the installation's admins. */
  isAdmin(aadObjectId: string): boolean {
    return this.adminIds.includes(aadObjectId);
  }

  /** Every network of the installation (admins only). */
  async list(aadObjectId: string): Promise<Network[]> {
    if (!this.isAdmin(aadObjectId)) throw notAnAdmin();
    return (await this.stores.networks.list("network")).map((r) => r.value);
  }

  /** Creates a network, its first organisation and its first coordinator; a taken name is a conflict. */
  async create(aadObjectId: string, read: () => NewNetworkInput): Promise<FirstNetworkRows> {
    if (!this.isAdmin(aadObjectId)) throw notAnAdmin();
    const input = read();
    const rows = firstNetworkRows(input);
    const network: Network = { ...rows.network, language: input.language, ...(input.allowedTenantIds.length > 0 ? { allowedTenantIds: input.allowedTenantIds } : {}) };
    if (!(await createIfAbsent(this.stores.networks, network))) {
      throw conflict("network_exists", "Det finns redan ett nätverk med det namnet.", "A network with that name already exists.");
    }
    await createIfAbsent(this.stores.organisations, rows.organisation);
    await createIfAbsent(this.stores.members, rows.member);
    return { ...rows, network };
  }

  /** Sets which other tenants' users may sign in to the network from their home tenant (eTag-checked). */
  async setAllowedTenants(aadObjectId: string, networkId: string, read: () => string[], ifMatch: string | undefined): Promise<Network> {
    if (!this.isAdmin(aadObjectId)) throw notAnAdmin();
    const allowedTenantIds = read();
    const stored = await this.stores.networks.get("network", networkId);
    if (!stored) throw notFound("network_not_found", "Nätverket finns inte.", "The network does not exist.");
    const network: Network = { ...stored.value, allowedTenantIds: [...new Set(allowedTenantIds.filter((t) => t !== stored.value.tenantId))] };
    return (await this.stores.networks.replace(network, ifMatch ?? stored.etag)).value;
  }
}
