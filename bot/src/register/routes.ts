import type { DevUsersPayload, MembersPayload, OrganisationsPayload } from "../api/contract";
import type { DevUser, Me, Membership } from "../api/contract";
import type { Server } from "restify";
import type { AppServices } from "../app-services";
import { z } from "zod";
import { notFound } from "../domain/errors";
import { networkRoles } from "../domain/member";
import { organisationKinds } from "../domain/network";
import { rolesOf } from "../domain/roles";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { singleLineText, tenantIdSchema } from "../api/text-schemas";
import { parseBody } from "../api/validate";

export const organisationInput = z.object({
  name: singleLineText(200),
  kind: z.enum(organisationKinds),
  order: z.number().int().min(0).max(10_000),
  contactMemberId: z.string().max(100).optional(),
});

export const memberInput = z.object({
  aadObjectId: z.string().trim().min(1).max(100),
  displayName: singleLineText(200),
  email: z.string().trim().email().max(320),
  organisationId: z.string().min(1).max(100),
  role: z.enum(networkRoles),
  active: z.boolean().default(true),
  tenantId: tenantIdSchema.optional(),
});

/** Registers `/api/v1/me`, `/api/v1/dev/users`, `/api/v1/organisations` and `/api/v1/members`. */
export function registerDirectoryRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { directory, stores, logger } = ctx;
  const { register } = app;

  server.get("/api/v1/me", route(logger, async (req) => {
    let caller = await ctx.caller(req);
    // The first sign-in of a person invited by e-mail makes them a member (matched on the token's sign-in name).
    if (caller.email && (await app.pendingMembers.activate({ aadObjectId: caller.aadObjectId, displayName: caller.name, emails: [caller.email] })).length > 0) {
      caller = await ctx.caller(req);
    }
    const networks: Membership[] = await Promise.all(caller.memberships.map(async (m) => {
      const network = await directory.network(m.networkId);
      const organisation = (await stores.organisations.get(m.networkId, m.organisationId))?.value;
      return { network: { id: network.id, name: network.name, language: network.language }, member: m, organisation, roles: rolesOf(m) };
    }));
    const body: Me = { aadObjectId: caller.aadObjectId, name: caller.name ?? caller.memberships[0]?.displayName, devMode: caller.devMode, installationAdmin: app.networkAdmin.isAdmin(caller.aadObjectId), memberships: networks };
    return { status: 200, body };
  }));

  server.get("/api/v1/dev/users", route(logger, async () => {
    if (!ctx.localMode) throw notFound("not_found", "Finns inte.", "Not found.");
    const networks = (await stores.networks.list("network")).map((r) => r.value);
    const users: DevUser[] = [];
    for (const network of networks) {
      const organisations = new Map((await directory.organisations(network.id)).map((o) => [o.id, o.name]));
      for (const m of await directory.members(network.id)) {
        if (!m.active) continue;
        users.push({ aadObjectId: m.aadObjectId, displayName: m.displayName, organisation: organisations.get(m.organisationId), role: m.role, networkId: network.id });
      }
    }
    return { status: 200, body: { users } satisfies DevUsersPayload };
  }));

  server.get("/api/v1/organisations", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    return { status: 200, body: { organisations: await directory.organisations(member.networkId) } satisfies OrganisationsPayload };
  }));

  server.post("/api/v1/organisations", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    return { status: 201, body: await register.addOrganisation(caller, () => parseBody(organisationInput, req.body)) };
  }));

  server.put("/api/v1/organisations/:orgId", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    return { status: 200, body: await register.updateOrganisation(caller, req.params.orgId, () => parseBody(organisationInput, req.body)) };
  }));

  server.get("/api/v1/members", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const members = await directory.members(member.networkId);
    const seesAll = member.role === "coordinator";
    const visible = members.filter((m) => seesAll || m.active).map((m) => (seesAll ? m : { aadObjectId: m.aadObjectId, displayName: m.displayName, organisationId: m.organisationId, role: m.role }));
    return { status: 200, body: { members: visible } satisfies MembersPayload };
  }));

  server.post("/api/v1/members", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    return { status: 201, body: await register.addMember(caller, () => parseBody(memberInput, req.body)) };
  }));

  server.put("/api/v1/members/:aadObjectId", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    return { status: 200, body: await register.updateMember(caller, req.params.aadObjectId, () => parseBody(memberInput.omit({ aadObjectId: true }), req.body)) };
  }));
}
