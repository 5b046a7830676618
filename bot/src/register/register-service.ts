import { randomUUID } from "node:crypto";
import type { AuditLog } from "../audit/audit-log";
import { auditValue, changedFields } from "../domain/audit";
import { conflict, invalid, notFound } from "../domain/errors";
import type { Member } from "../domain/member";
import { assertKeepsCoordinator } from "../domain/network-rules";
import { inRoundTableOrder, tenantsOf, type Organisation } from "../domain/network";
import { orderAfterLast, reordered } from "../domain/organisation-order";
import { assertMay } from "../domain/roles";
import { createIfAbsent } from "../storage/create-if-absent";
import type { Stored, Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import { tellIfActivated, type MemberActivated } from "./member-activated";
import { organisationList, type OrganisationList } from "./organisation-list";

/** What a coordinator writes about an organisation (`contactMemberId: null` removes the contact person). */
export interface OrganisationInput {
  name: string;
  kind: Organisation["kind"];
  order?: number;
  contactMemberId?: string | null;
  active?: boolean;
}
/** What a coordinator writes about a member (the object id only when adding). */
export type MemberInput = Pick<Member, "aadObjectId" | "displayName" | "email" | "organisationId" | "role" | "active" | "tenantId">;

const organisationNotFound = () => notFound("organisation_not_found", "Organisationen finns inte.", "The organisation does not exist.");
const memberNotFound = () => notFound("member_not_found", "Medlemmen finns inte.", "The member does not exist.");

/**
 * The coordinator's changes to the register. Each method checks the caller's permission first and reads its
 * input only then (`read` validates it), so a caller without the right learns nothing about valid input.
 * Writes that change a row read by the tab take its eTag (`If-Match`); without one they apply to the current row.
 */
export class RegisterService {
  constructor(private readonly stores: Stores, private readonly audit: AuditLog, private readonly activated?: MemberActivated) {}

  /** Adds an organisation to the caller's network, last at the round table unless an order is given. */
  async addOrganisation(caller: Member, read: () => OrganisationInput): Promise<Organisation> {
    assertMay(caller, "manage-network");
    const { contactMemberId, order, active, ...input } = read();
    if (contactMemberId) throw invalidContact();
    const existing = (await this.stores.organisations.list(caller.networkId)).map((r) => r.value);
    const organisation: Organisation = { id: randomUUID(), networkId: caller.networkId, ...input, order: order ?? orderAfterLast(existing), active: active ?? true };
    await this.audit.during(organisationEntry(caller, "organisation.add", undefined, organisation), () => this.stores.organisations.create(organisation));
    return organisation;
  }

  /** Changes an organisation of the caller's network: name, kind, order, contact person, active. */
  async updateOrganisation(caller: Member, organisationId: string, read: () => OrganisationInput, etag?: string): Promise<Stored<Organisation>> {
    assertMay(caller, "manage-network");
    const { contactMemberId, ...input } = read();
    const stored = await this.stores.organisations.get(caller.networkId, organisationId);
    if (!stored) throw organisationNotFound();
    const organisation: Organisation = { ...stored.value, ...input, order: input.order ?? stored.value.order, active: input.active ?? stored.value.active ?? true };
    if (contactMemberId === null) delete organisation.contactMemberId;
    else if (contactMemberId !== undefined) {
      const contact = (await this.stores.members.get(caller.networkId, contactMemberId))?.value;
      if (!contact?.active || contact.organisationId !== organisationId) throw invalidContact();
      organisation.contactMemberId = contactMemberId;
    }
    return this.audit.during(organisationEntry(caller, "organisation.update", stored.value, organisation), () => this.stores.organisations.replace(organisation, etag ?? stored.etag));
  }

  /**
   * Puts the network's organisations in a new round-table order in one atomic write. `version` is the list's
   * version the caller saw (GET /organisations); a list changed since is a 409, and nothing is written.
   */
  async reorderOrganisations(caller: Member, read: () => string[], version?: string): Promise<OrganisationList> {
    assertMay(caller, "manage-network");
    const ids = read();
    const rows = await this.stores.organisations.list(caller.networkId);
    if (version !== undefined && organisationList(rows).version !== version) throw listChanged();
    const etags = new Map(rows.map((r) => [r.value.id, r.etag]));
    const changes = reordered(rows.map((r) => r.value), ids);
    const entry = {
      networkId: caller.networkId, actorId: caller.aadObjectId, actorName: caller.displayName, action: "organisation.reorder" as const, target: "organisations",
      changes: [{ field: "order", before: auditValue(inRoundTableOrder(rows.map((r) => r.value)).map((o) => o.name)), after: auditValue(ids.map((id) => rows.find((r) => r.value.id === id)?.value.name ?? id)) }],
    };
    await this.audit.during(entry, () => this.stores.organisations.batch(caller.networkId, changes.map((value) => ({ kind: "replace", value, etag: etags.get(value.id)! }))));
    return organisationList(await this.stores.organisations.list(caller.networkId));
  }

  /** Adds a member to the caller's network; a person already in it is a conflict. */
  async addMember(caller: Member, read: () => MemberInput): Promise<Member> {
    assertMay(caller, "manage-network");
    const input = read();
    await this.requireActiveOrganisation(caller.networkId, input.organisationId);
    await this.requireAllowedTenant(caller.networkId, input.tenantId);
    const member: Member = { ...input, networkId: caller.networkId };
    await this.audit.during(membershipEntry(caller, "member.add", undefined, member), async () => {
      if (!(await createIfAbsent(this.stores.members, member))) {
        throw conflict("member_exists", "Personen är redan medlem i nätverket.", "The person is already a member of the network.");
      }
    });
    await this.syncCoordinators(caller.networkId);
    tellIfActivated(this.activated, undefined, member);
    return member;
  }

  /** Changes a member of the caller's network; the network always keeps one active coordinator. */
  async updateMember(caller: Member, aadObjectId: string, read: () => Omit<MemberInput, "aadObjectId">, etag?: string): Promise<Stored<Member>> {
    assertMay(caller, "manage-network");
    const input = read();
    const rows = await this.stores.members.list(caller.networkId);
    const stored = rows.find((r) => r.value.aadObjectId === aadObjectId);
    if (!stored) throw memberNotFound();
    if (input.organisationId !== stored.value.organisationId) await this.requireActiveOrganisation(caller.networkId, input.organisationId);
    await this.requireAllowedTenant(caller.networkId, input.tenantId);
    const member: Member = { ...stored.value, ...input };
    assertKeepsCoordinator(rows.map((r) => (r === stored ? member : r.value)));
    const saved = await this.audit.during(membershipEntry(caller, "member.update", stored.value, member), () => this.stores.members.replace(member, etag ?? stored.etag));
    await this.syncCoordinators(caller.networkId);
    tellIfActivated(this.activated, stored.value, saved.value);
    return saved;
  }

  // The network row names its coordinators for notices (minutes comments); it follows the members' roles.
  private async syncCoordinators(networkId: string): Promise<void> {
    await withConflictRetry(async () => {
      const [network, members] = await Promise.all([this.stores.networks.get("network", networkId), this.stores.members.list(networkId)]);
      if (!network) return;
      const coordinatorIds = members.map((r) => r.value).filter((m) => m.active && m.role === "coordinator").map((m) => m.aadObjectId).sort();
      if (coordinatorIds.join(",") === [...network.value.coordinatorIds].sort().join(",")) return;
      await this.stores.networks.replace({ ...network.value, coordinatorIds }, network.etag);
    });
  }

  private async requireActiveOrganisation(networkId: string, organisationId: string): Promise<void> {
    const organisation = (await this.stores.organisations.get(networkId, organisationId))?.value;
    if (!organisation) throw organisationNotFound();
    if (organisation.active === false) {
      throw invalid("organisation_inactive", "Organisationen är inaktiverad. Välj en aktiv organisation.", "The organisation is deactivated. Choose an active organisation.", { field: "organisationId" });
    }
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
}

function invalidContact() {
  return invalid(
    "invalid_contact",
    "Kontaktpersonen måste vara en aktiv medlem i organisationen.",
    "The contact person must be an active member of the organisation.",
    { field: "contactMemberId" },
  );
}

function listChanged() {
  return conflict(
    "concurrent_update",
    "Någon annan ändrade organisationerna medan du ordnade dem. Listan visar nu den senaste ordningen; gör om din ändring.",
    "Someone else changed the organisations while you were ordering them. The list now shows the latest order; make your change again.",
  );
}

const ORGANISATION_FIELDS = ["name", "kind", "order", "contactMemberId", "active"] as const;

function organisationEntry(caller: Member, action: "organisation.add" | "organisation.update", before: Organisation | undefined, after: Organisation) {
  return {
    networkId: caller.networkId, actorId: caller.aadObjectId, actorName: caller.displayName, action, target: after.id, targetName: after.name,
    changes: changedFields<Organisation>(before, after, ORGANISATION_FIELDS),
  };
}

const MEMBER_FIELDS = ["displayName", "email", "organisationId", "role", "active"] as const;

function membershipEntry(caller: Member, action: "member.add" | "member.update", before: Member | undefined, after: Member) {
  return {
    networkId: caller.networkId, actorId: caller.aadObjectId, actorName: caller.displayName, action, target: after.aadObjectId,
    changes: changedFields<Member>(before, after, MEMBER_FIELDS),
  };
}
