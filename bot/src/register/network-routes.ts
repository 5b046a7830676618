import type { NetworkCreated, NetworksPayload } from "../api/contract";
import type { Server } from "restify";
import { z } from "zod";
import type { AppServices } from "../app-services";
import { slugOf } from "../domain/first-network";
import type { Network } from "../domain/network";
import type { ApiContext } from "../api/api-context";
import { ifMatch } from "../api/if-match";
import { route } from "../api/route";
import { singleLineText, tenantIdSchema } from "../api/text-schemas";
import { parseBody } from "../api/validate";

export const newNetworkInput = z.object({
  name: singleLineText(200).refine((n) => slugOf(n) !== "", "must contain letters or digits"),
  tenantId: tenantIdSchema,
  allowedTenantIds: z.array(tenantIdSchema).max(50).default([]),
  place: singleLineText(200).default("Digitalt via Teams"),
  language: z.enum(["sv", "en"]).default("sv"),
  coordinator: z.object({
    aadObjectId: z.string().trim().min(1).max(100),
    displayName: singleLineText(200),
    email: z.string().trim().email().max(320),
    organisationName: singleLineText(200).refine((n) => slugOf(n) !== "", "must contain letters or digits"),
  }).strict(),
}).strict();

export const tenantsInput = z.object({ allowedTenantIds: z.array(tenantIdSchema).max(50) }).strict();

/** Registers `/api/v1/networks`: the installation admins list and create networks and set their allowed tenants. */
export function registerNetworkRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { networkAdmin } = app;

  server.get("/api/v1/networks", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    return { status: 200, body: { networks: await networkAdmin.list(caller.aadObjectId) } satisfies NetworksPayload };
  }));

  server.post("/api/v1/networks", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    return { status: 201, body: (await networkAdmin.create(caller.aadObjectId, () => parseBody(newNetworkInput, req.body))) satisfies NetworkCreated };
  }));

  server.put("/api/v1/networks/:networkId/tenants", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    const network = await networkAdmin.setAllowedTenants(caller.aadObjectId, req.params.networkId, () => parseBody(tenantsInput, req.body).allowedTenantIds, ifMatch(req));
    return { status: 200, body: network satisfies Network };
  }));
}
