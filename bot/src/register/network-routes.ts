import type { Server } from "restify";
import { z } from "zod";
import type { AppServices } from "../app-services";
import { slugOf } from "../domain/first-network";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { singleLineText } from "../api/text-schemas";
import { parseBody } from "../api/validate";

export const newNetworkInput = z.object({
  name: singleLineText(200).refine((n) => slugOf(n) !== "", "must contain letters or digits"),
  tenantId: z.string().trim().regex(/^[0-9a-fA-F-]{36}$/, "must be a tenant id (GUID)"),
  place: singleLineText(200).default("Digitalt via Teams"),
  language: z.enum(["sv", "en"]).default("sv"),
  coordinator: z.object({
    aadObjectId: z.string().trim().min(1).max(100),
    displayName: singleLineText(200),
    email: z.string().trim().email().max(320),
    organisationName: singleLineText(200).refine((n) => slugOf(n) !== "", "must contain letters or digits"),
  }).strict(),
}).strict();

/** Registers `/api/v1/networks`: the installation admins list and create networks. */
export function registerNetworkRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { networkAdmin } = app;

  server.get("/api/v1/networks", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    return { status: 200, body: { networks: await networkAdmin.list(caller.aadObjectId) } };
  }));

  server.post("/api/v1/networks", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    return { status: 201, body: await networkAdmin.create(caller.aadObjectId, () => parseBody(newNetworkInput, req.body)) };
  }));
}
