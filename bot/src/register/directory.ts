import { forbidden, notFound } from "../domain/errors";
import type { Member } from "../domain/member";
import { inRoundTableOrder, isSameIdentity, type Network, type Organisation } from "../domain/network";
import type { Stored, Stores } from "../storage/repository";
import { madeOnce } from "../shared/made-once";

/** The polite refusal every non-member gets. */
export const notAMember = () =>
  forbidden(
    "not_a_member",
    "Du är inte registrerad som medlem i nätverket. Kontakta nätverkets samordnare om du ska ha tillgång.",
    "You are not registered as a member of the network. Contact the network's coordinator if you should have access.",
  );

/** Who belongs where: networks, organisations and members, read from the store. */
export class Directory {
  // What was made from each recent read of the members and the organisations (a recent read is the same
  // array until it is read again; see `recentMembers`).
  private readonly membersOf = new WeakMap<readonly Stored<Member>[], Member[]>();
  private readonly organisationsOf = new WeakMap<readonly Stored<Organisation>[], Organisation[]>();

  constructor(private readonly stores: Stores) {}

  /**
   * Every active membership of a person, across networks. With the tenant of a signed-in token, only the
   * memberships of that identity (tenant + object id) in networks that allow the tenant.
   */
  async membershipsOf(aadObjectId: string, tenantId?: string): Promise<Member[]> {
    const rows = await this.stores.members.where("aadObjectId", aadObjectId);
    const active = rows.map((r) => r.value).filter((m) => m.active);
    if (tenantId === undefined) return active;
    const networks = await Promise.all(active.map((m) => this.stores.networks.get("network", m.networkId)));
    return active.filter((m, i) => networks[i] !== undefined && isSameIdentity(m, networks[i]!.value, tenantId));
  }

  /** The person's active membership in one network, or the polite refusal. */
  async requireMember(aadObjectId: string | undefined, networkId: string): Promise<Member> {
    if (!aadObjectId) throw notAMember();
    const stored = await this.stores.members.get(networkId, aadObjectId);
    if (!stored || !stored.value.active) throw notAMember();
    return stored.value;
  }

  /** A network, or not-found. */
  async network(networkId: string): Promise<Network> {
    const stored = await this.stores.networks.get("network", networkId);
    if (!stored) throw notFound("network_not_found", "Nätverket finns inte.", "The network does not exist.");
    return stored.value;
  }

  /** The network's organisations in round-table order. */
  async organisations(networkId: string): Promise<Organisation[]> {
    return inRoundTableOrder((await this.stores.organisations.list(networkId)).map((r) => r.value));
  }

  /**
   * The network, its organisations (round-table order) and every member, as read within the last few
   * seconds (`RecentReads`): for the card actions' hot paths, where reading them on every press would be most
   * of the press's storage calls. A change made through this process is seen at once.
   */
  async recentView(networkId: string): Promise<{ network: Network; organisations: Organisation[]; members: Member[] }> {
    const [network, organisations, members] = await Promise.all([this.recentNetwork(networkId), this.recentOrganisations(networkId), this.recentMembers(networkId)]);
    return { network, organisations, members };
  }

  /** `network`, as read recently (see `recentView`). */
  async recentNetwork(networkId: string): Promise<Network> {
    const stored = await this.stores.networks.recentGet("network", networkId);
    if (!stored) throw notFound("network_not_found", "Nätverket finns inte.", "The network does not exist.");
    return stored.value;
  }

  /** `organisations`, as read recently (see `recentView`): the same array while the read is. */
  async recentOrganisations(networkId: string): Promise<Organisation[]> {
    const rows = await this.stores.organisations.recentList(networkId);
    return madeOnce(this.organisationsOf, rows, () => inRoundTableOrder(rows.map((r) => r.value)));
  }

  /** `members`, as read recently (see `recentView`): the same array while the read is, so that what is made from it can be reused. */
  async recentMembers(networkId: string): Promise<Member[]> {
    const rows = await this.stores.members.recentList(networkId);
    return madeOnce(this.membersOf, rows, () => rows.map((r) => r.value));
  }

  /** Every member of the network (active or not). */
  async members(networkId: string): Promise<Member[]> {
    return (await this.stores.members.list(networkId)).map((r) => r.value);
  }
}
