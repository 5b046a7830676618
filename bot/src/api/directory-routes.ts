import { randomUUID } from "node:crypto";
import type { Server } from "restify";
import { z } from "zod";
import { conflict, notFound } from "../domain/errors";
import { networkRoles, type Member } from "../domain/member";
import { organisationKinds, type Organisation } from "../domain/network";
import { assertMay, rolesOf } from "../domain/roles";
import { AlreadyExistsError } from "../storage/storage-errors";
import type { ApiContext } from "./api-context";
import { route } from "./route";
import { singleLineText } from "./text-schemas";
import { parseBody } from "./validate";

const organisationInput = z.object({
  name: singleLineText(200),
  kind: z.enum(organisationKinds),
  order: z.number().int().min(0).max(10_000),
  contactMemberId: z.string().max(100).optional(),
});

const memberInput = z.object({
  aadObjectId: z.string().trim().min(1).max(100),
  displayName: singleLineText(200),
  email: z.string().trim().email().max(320),
  organisationId: z.string().min(1).max(100),
  role: z.enum(networkRoles),
  active: z.boolean().default(true),
});

/** Registers `/api/v1/me`, `/api/v1/dev/users`, `/api/v1/organisations` and `/api/v1/members`. */
export function registerDirectoryRoutes(server: Server, ctx: ApiContext): void {
  const { directory, stores, logger } = ctx;

  server.get("/api/v1/me", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const networks = await Promise.all(caller.memberships.map(async (m) => {
      const network = await directory.network(m.networkId);
      const organisation = (await stores.organisations.get(m.networkId, m.organisationId))?.value;
      return { network: { id: network.id, name: network.name, language: network.language }, member: m, organisation, roles: rolesOf(m) };
    }));
    return { status: 200, body: { aadObjectId: caller.aadObjectId, name: caller.name ?? caller.memberships[0]?.displayName, devMode: caller.devMode, memberships: networks } };
  }));

  server.get("/api/v1/dev/users", route(logger, async () => {
    if (!ctx.localMode) throw notFound("not_found", "Finns inte.", "Not found.");
    const networks = (await stores.networks.list("network")).map((r) => r.value);
    const users = [];
    for (const network of networks) {
      const organisations = new Map((await directory.organisations(network.id)).map((o) => [o.id, o.name]));
      for (const m of await directory.members(network.id)) {
        if (!m.active) continue;
        users.push({ aadObjectId: m.aadObjectId, displayName: m.displayName, organisation: organisations.get(m.organisationId), role: m.role, networkId: network.id });
      }
    }
    return { status: 200, body: { users } };
  }));

  server.get("/api/v1/organisations", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    return { status: 200, body: { organisations: await directory.organisations(member.networkId) } };
  }));

  server.post("/api/v1/organisations", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    assertMay(member, "manage-network");
    const input = parseBody(organisationInput, req.body);
    const organisation: Organisation = { id: randomUUID(), networkId: member.networkId, ...input };
    await stores.organisations.create(organisation);
    return { status: 201, body: organisation };
  }));

  server.put("/api/v1/organisations/:orgId", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    assertMay(member, "manage-network");
    const input = parseBody(organisationInput, req.body);
    const stored = await stores.organisations.get(member.networkId, req.params.orgId);
    if (!stored) throw notFound("organisation_not_found", "Organisationen finns inte.", "The organisation does not exist.");
    const organisation: Organisation = { ...stored.value, ...input };
    await stores.organisations.replace(organisation, stored.etag);
    return { status: 200, body: organisation };
  }));

  server.get("/api/v1/members", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const members = await directory.members(member.networkId);
    const seesAll = member.role === "coordinator";
    const visible = members.filter((m) => seesAll || m.active).map((m) => (seesAll ? m : { aadObjectId: m.aadObjectId, displayName: m.displayName, organisationId: m.organisationId, role: m.role }));
    return { status: 200, body: { members: visible } };
  }));

  server.post("/api/v1/members", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    assertMay(caller, "manage-network");
    const input = parseBody(memberInput, req.body);
    await requireOrganisation(ctx, caller.networkId, input.organisationId);
    const member: Member = { ...input, networkId: caller.networkId };
    try {
      await stores.members.create(member);
    } catch (error) {
      if (error instanceof AlreadyExistsError) throw conflict("member_exists", "Personen är redan medlem i nätverket.", "The person is already a member of the network.");
      throw error;
    }
    return { status: 201, body: member };
  }));

  server.put("/api/v1/members/:aadObjectId", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    assertMay(caller, "manage-network");
    const input = parseBody(memberInput.omit({ aadObjectId: true }), req.body);
    const stored = await stores.members.get(caller.networkId, req.params.aadObjectId);
    if (!stored) throw notFound("member_not_found", "Medlemmen finns inte.", "The member does not exist.");
    await requireOrganisation(ctx, caller.networkId, input.organisationId);
    const member: Member = { ...stored.value, ...input };
    await stores.members.replace(member, stored.etag);
    return { status: 200, body: member };
  }));
}

async function requireOrganisation(ctx: ApiContext, networkId: string, organisationId: string): Promise<void> {
  if (!(await ctx.stores.organisations.get(networkId, organisationId))) {
    throw notFound("organisation_not_found", "Organisationen finns inte.", "The organisation does not exist.");
  }
}
