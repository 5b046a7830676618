import type { Server } from "restify";
import type { AppServices } from "../app-services";
import type { ApiContext } from "../api/api-context";
import type { OrganisationRow, OrganisationsPayload } from "../api/contract";
import { ifMatch } from "../api/if-match";
import { route } from "../api/route";
import { parseBody } from "../api/validate";
import { organisationInput, organisationOrderInput } from "./input-schemas";
import { organisationList } from "./organisation-list";

/** Registers `/api/v1/organisations`: list (with eTags and the list's version), add, change, reorder. */
export function registerOrganisationRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger, stores } = ctx;
  const { register } = app;

  server.get("/api/v1/organisations", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const list = organisationList(await stores.organisations.list(member.networkId));
    return { status: 200, body: list satisfies OrganisationsPayload, headers: { ETag: list.version } };
  }));

  server.post("/api/v1/organisations", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    return { status: 201, body: await register.addOrganisation(caller, () => parseBody(organisationInput, req.body)) };
  }));

  // Before `/:orgId`, though restify prefers the fixed path anyway.
  server.put("/api/v1/organisations/order", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    const list = await register.reorderOrganisations(caller, () => parseBody(organisationOrderInput, req.body).organisationIds, ifMatch(req));
    return { status: 200, body: list satisfies OrganisationsPayload, headers: { ETag: list.version } };
  }));

  server.put("/api/v1/organisations/:orgId", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    const saved = await register.updateOrganisation(caller, req.params.orgId, () => parseBody(organisationInput, req.body), ifMatch(req));
    return { status: 200, body: { ...saved.value, etag: saved.etag } satisfies OrganisationRow, headers: { ETag: saved.etag } };
  }));
}
