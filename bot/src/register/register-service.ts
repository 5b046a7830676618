import { randomUUID } from "node:crypto";
import { conflict, invalid, notFound } from "../domain/errors";
import type { Member } from "../domain/member";
import { tenantsOf, type Organisation } from "../domain/network";
import { assertMay } from "../domain/roles";
import { createIfAbsent } from "../storage/create-if-absent";
import type { Stores } from "../storage/repository";

/** What a coordinator writes about an organisation. */
export type OrganisationInput = Pick<Organisation, "name" | "kind" | "order" | "contactMemberId">;
/** What a coordinator writes about a member (the object id only when adding). */
export type MemberInput = Pick<Member, "aadObjectId" | "displayName" | "email" | "organisationId" | "role" | "active" | "tenantId">;

const organisationNotFound = () => notFound("organisation_not_found", "Organisationen finns inte.", "The organisation does not exist.");

/**
 * The coordinator's changes to the register. Each method checks the caller's permission first and reads its
 * input only then (`read` validates it), so a caller without the right learns nothing about valid input.
 */
export class RegisterService {
  constructor(private readonly stores: Stores) {}

  /** Adds an organisation to the caller's network. */
  async addOrganisation(caller: Member, read: () => OrganisationInput): Promise<Organisation> {
    assertMay(caller, "manage-network");
    const organisation: Organisation = { id: randomUUID(), networkId: caller.networkId, ...read() };
    await this.stores.organisations.create(organisation);
    return organisation;
  }

  /** Changes an organisation of the caller's network (eTag-checked against the row it read). */
  async updateOrganisation(caller: Member, organisationId: string, read: () => OrganisationInput): Promise<Organisation> {
    assertMay(caller, "manage-network");
    const input = read();
    const stored = await this.stores.organisations.get(caller.networkId, organisationId);
    if (!stored) throw organisationNotFound();
    const organisation: Organisation = { ...stored.value, ...input };
    await this.stores.organisations.replace(organisation, stored.etag);
    return organisation;
  }

  /** Adds a member to the caller's network; a person already in it is a conflict. */
  async addMember(caller: Member, read: () => MemberInput): Promise<Member> {
    assertMay(caller, "manage-network");
    const input = read();
    await this.requireOrganisation(caller.networkId, input.organisationId);
    await this.requireAllowedTenant(caller.networkId, input.tenantId);
    const member: Member = { ...input, networkId: caller.networkId };
    if (!(await createIfAbsent(this.stores.members, member))) {
      throw conflict("member_exists", "Personen är redan medlem i nätverket.", "The person is already a member of the network.");
    }
    return member;
  }

  /** Changes a member of the caller's network (eTag-checked against the row it read). */
  async updateMember(caller: Member, aadObjectId: string, read: () => Omit<MemberInput, "aadObjectId">): Promise<Member> {
    assertMay(caller, "manage-network");
    const input = read();
    const stored = await this.stores.members.get(caller.networkId, aadObjectId);
    if (!stored) throw notFound("member_not_found", "Medlemmen finns inte.", "The member does not exist.");
    await this.requireOrganisation(caller.networkId, input.organisationId);
    await this.requireAllowedTenant(caller.networkId, input.tenantId);
    const member: Member = { ...stored.value, ...input };
    await this.stores.members.replace(member, stored.etag);
    return member;
  }

  // A member from another tenant signs in from there: the network must allow that tenant.
  private async requireAllowedTenant(networkId: string, tenantId: string | undefined): Promise<void> {
    if (tenantId === undefined) return;
    const network = (await this.stores.networks.get("network", networkId))?.value;
    if (!network || !tenantsOf(network).includes(tenantId)) {
      throw invalid(
        "tenant_not_allowed",
        "Personens organisation (tenant) är inte tillåten i nätverket. Be installationens administratör lägga till den.",
        "The person's tenant is not allowed in the network. Ask the installation's admin to add it.",
      );
    }
  }

  private async requireOrganisation(networkId: string, organisationId: string): Promise<void> {
    if (!(await this.stores.organisations.get(networkId, organisationId))) throw organisationNotFound();
  }
}
