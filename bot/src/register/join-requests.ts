import type { AuditLog } from "../audit/audit-log";
import { changedFields } from "../domain/audit";
import type { Clock } from "../domain/clock";
import { conflict, invalid, notFound } from "../domain/errors";
import { normaliseEmail, type JoinRequest } from "../domain/join-request";
import type { Member } from "../domain/member";
import type { Network } from "../domain/network";
import { assertMay } from "../domain/roles";
import { createIfAbsent } from "../storage/create-if-absent";
import { withConflictRetry } from "../storage/retry";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";
import { ConcurrencyError } from "../storage/storage-errors";
import { notAMember, type Directory } from "./directory";
import { organisationNamed } from "./join-organisation";
import { tellIfActivated, type MemberActivated } from "./member-activated";

/** Who asks: always taken from the Teams activity or the SSO token, never from what they wrote. */
export interface Applicant {
  aadObjectId: string;
  displayName?: string;
  email?: string;
}

/** What the person writes: the network (may be left out when there is only one), the organisation, a note. */
export interface JoinInput {
  networkId?: string;
  organisationId?: string;
  organisationName?: string;
  note?: string;
}

/** How the coordinators and the applicant hear about a request (the bot's 1:1 cards and messages). */
export interface JoinNotices {
  /** Sends each coordinator a card with Godkänn / Avslå; returns the cards sent. */
  askCoordinators(request: JoinRequest, network: Network, coordinators: readonly Member[]): Promise<NonNullable<JoinRequest["cards"]>>;
  /** Updates the coordinators' cards and tells the applicant (a welcome, or that the request was declined). */
  decided(request: JoinRequest, network: Network, decider: Member): Promise<void>;
}

/** A decision and whether it changed anything (a second press of the same button changes nothing). */
export interface JoinDecision {
  request: JoinRequest;
  changed: boolean;
  member?: Member;
}

const requestNotFound = () => notFound("join_request_not_found", "Ansökan finns inte.", "The request does not exist.");

/** Join requests: a non-member asks once per network; a coordinator of that network approves or rejects. */
export class JoinRequests {
  constructor(
    private readonly stores: Stores,
    private readonly directory: Directory,
    private readonly clock: Clock,
    private readonly notices: JoinNotices,
    private readonly logger: Logger,
    private readonly audit: AuditLog,
    private readonly activated?: MemberActivated,
  ) {}

  /** Networks a stranger may apply to, with their organisations: names and ids only. */
  async publicNetworks(): Promise<{ id: string; name: string; organisations: { id: string; name: string }[] }[]> {
    const networks = (await this.stores.networks.list("network")).map((r) => r.value);
    return Promise.all(networks.map(async (n) => ({
      id: n.id,
      name: n.name,
      organisations: (await this.directory.organisations(n.id)).map((o) => ({ id: o.id, name: o.name })),
    })));
  }

  /** Stores a person's request and asks the network's coordinators; a second request for the same network is refused. */
  async request(applicant: Applicant, input: JoinInput, channel: JoinRequest["channel"]): Promise<JoinRequest> {
    const network = await this.networkFor(input.networkId);
    const member = await this.stores.members.get(network.id, applicant.aadObjectId);
    if (member?.value.active) throw conflict("already_member", "Du är redan medlem i nätverket.", "You are already a member of the network.");
    if (Boolean(input.organisationId) === Boolean(input.organisationName?.trim())) {
      throw invalid("organisation_required", "Välj en organisation eller skriv namnet på en ny.", "Choose an organisation or write the name of a new one.", { field: "organisationId" });
    }
    if (input.organisationId && !(await this.stores.organisations.get(network.id, input.organisationId))) {
      throw invalid("organisation_unknown", "Organisationen finns inte i nätverket.", "The organisation is not in the network.", { field: "organisationId" });
    }
    const request: JoinRequest = {
      networkId: network.id,
      aadObjectId: applicant.aadObjectId,
      displayName: applicant.displayName?.trim() || applicant.aadObjectId,
      email: applicant.email ? normaliseEmail(applicant.email) : "",
      ...(input.organisationId ? { organisationId: input.organisationId } : { organisationName: input.organisationName!.trim() }),
      note: input.note?.trim() ?? "",
      status: "pending",
      requestedAt: this.clock.now().toISOString(),
      channel,
    };
    const created = await createIfAbsent(this.stores.joinRequests, request);
    if (!created) {
      throw conflict("join_request_exists", "Du har redan ansökt om medlemskap i nätverket.", "You have already applied for membership of the network.");
    }
    const coordinators = (await this.directory.members(network.id)).filter((m) => m.active && m.role === "coordinator");
    const cards = await this.notices.askCoordinators(request, network, coordinators).catch((error: unknown) => {
      // The request is stored and listed in the tab; a card that could not be sent must not undo that.
      this.logger.warn({ err: error, networkId: network.id }, "join request cards not sent");
      return [];
    });
    if (cards.length === 0) return request;
    const withCards = { ...request, cards };
    await this.stores.joinRequests.replace(withCards, created.etag).catch((error: unknown) => {
      if (!(error instanceof ConcurrencyError)) throw error;
    });
    return withCards;
  }

  /** The caller's own requests, in every network. */
  async mine(aadObjectId: string): Promise<JoinRequest[]> {
    return (await this.stores.joinRequests.where("aadObjectId", aadObjectId)).map((r) => r.value);
  }

  /** The network's requests for its coordinator: pending first, newest first. */
  async list(caller: Member): Promise<JoinRequest[]> {
    assertMay(caller, "manage-network");
    const rows = (await this.stores.joinRequests.list(caller.networkId)).map((r) => r.value);
    return rows.sort((a, b) => Number(b.status === "pending") - Number(a.status === "pending") || b.requestedAt.localeCompare(a.requestedAt));
  }

  /**
   * Approves or rejects a request as the network's coordinator `deciderId`. Pressing the same button twice,
   * or two coordinators deciding alike at once, gives one decision; the opposite decision afterwards is a conflict.
   */
  async decide(deciderId: string, networkId: string, applicantId: string, decision: "approve" | "reject", options: { organisationId?: string } = {}): Promise<JoinDecision> {
    const decider = await this.stores.members.get(networkId, deciderId);
    if (!decider?.value.active) throw notAMember();
    assertMay(decider.value, "manage-network");
    const status = decision === "approve" ? "approved" : "rejected";
    for (let attempt = 0; ; attempt++) {
      const stored = await this.stores.joinRequests.get(networkId, applicantId);
      if (!stored) throw requestNotFound();
      const request = stored.value;
      if (request.status === status) return { request, changed: false };
      if (request.status !== "pending") {
        throw conflict("join_request_decided", "Ansökan är redan avgjord.", "The request has already been decided.", { status: request.status });
      }
      const member = decision === "approve" ? await this.admit(request, decider.value, options.organisationId) : undefined;
      const decided: JoinRequest = { ...request, status, decidedAt: this.clock.now().toISOString(), decidedBy: deciderId };
      try {
        await this.stores.joinRequests.replace(decided, stored.etag);
      } catch (error) {
        if (error instanceof ConcurrencyError && attempt < 3) continue;
        throw error;
      }
      this.logger.info({ networkId, applicantId, decision, by: deciderId }, "join request decided");
      await this.notices.decided(decided, await this.directory.network(networkId), decider.value).catch((error: unknown) => {
        this.logger.warn({ err: error, networkId, applicantId }, "join request decision not announced");
      });
      if (member) tellIfActivated(this.activated, undefined, member);
      return { request: decided, changed: true, member };
    }
  }

  // Every write here is idempotent (the organisation's id follows from its name, the member is created if
  // absent), so a retry after a lost race writes nothing twice.
  private admit(request: JoinRequest, decider: Member, organisationId?: string): Promise<Member> {
    // Two coordinators approving at once: the one that loses the write reads again and finds the member admitted.
    return withConflictRetry(() => this.admitOnce(request, decider, organisationId));
  }

  private async admitOnce(request: JoinRequest, decider: Member, organisationId?: string): Promise<Member> {
    const chosen = organisationId ?? request.organisationId;
    if (chosen && !(await this.stores.organisations.get(request.networkId, chosen))) {
      throw invalid("organisation_unknown", "Organisationen finns inte i nätverket.", "The organisation is not in the network.", { field: "organisationId" });
    }
    const orgId = chosen ?? (await organisationNamed(this.stores, request.networkId, request.organisationName ?? "")).id;
    const member: Member = {
      aadObjectId: request.aadObjectId, networkId: request.networkId, displayName: request.displayName, email: request.email, organisationId: orgId, role: "member", active: true,
    };
    const existing = await this.stores.members.get(request.networkId, request.aadObjectId);
    if (existing?.value.active) return existing.value;
    const admitted = existing ? { ...existing.value, active: true, organisationId: orgId } : member;
    const entry = {
      networkId: request.networkId, actorId: decider.aadObjectId, actorName: decider.displayName, action: existing ? "member.update" as const : "member.add" as const,
      target: request.aadObjectId, targetName: admitted.displayName, changes: changedFields<Member>(existing?.value, admitted, ["displayName", "email", "organisationId", "role", "active"]),
    };
    // A row created or changed meanwhile fails the write and withdraws the entry; `admit` then reads again.
    await this.audit.during(entry, () => (existing ? this.stores.members.replace(admitted, existing.etag) : this.stores.members.create(admitted)));
    return admitted;
  }

  private async networkFor(networkId: string | undefined): Promise<Network> {
    if (networkId) return this.directory.network(networkId);
    const networks = (await this.stores.networks.list("network")).map((r) => r.value);
    if (networks.length === 1) return networks[0]!;
    throw invalid("network_required", "Välj vilket nätverk du ansöker till.", "Choose which network you apply to.", { field: "networkId" });
  }
}
