import type { DevUsersPayload } from "../api/contract";
import type { DevUser, Me, Membership } from "../api/contract";
import type { Server } from "restify";
import type { AppServices } from "../app-services";
import { notFound } from "../domain/errors";
import { rolesOf } from "../domain/roles";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { registerMemberRoutes } from "./member-routes";
import { registerNetworkSettingsRoutes } from "./network-settings-routes";
import { registerOrganisationRoutes } from "./organisation-routes";

export { memberInput, organisationInput } from "./input-schemas";

/** Registers `/api/v1/me`, `/api/v1/dev/users` and the register's routes (organisations, members, network). */
export function registerDirectoryRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { directory, stores, logger } = ctx;

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
    const body: Me = { aadObjectId: caller.aadObjectId, name: caller.name ?? caller.memberships[0]?.displayName, devMode: caller.devMode, installationAdmin: app.networkAdmin.isAdmin(caller.aadObjectId), directorySearch: app.peopleSearch.enabled && !caller.devMode, memberships: networks };
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

  registerOrganisationRoutes(server, ctx, app);
  registerMemberRoutes(server, ctx, app);
  registerNetworkSettingsRoutes(server, ctx, app);
}
