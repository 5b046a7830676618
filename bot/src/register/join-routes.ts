import type { Server } from "restify";
import { z } from "zod";
import type { JoinRequestsPayload, PublicNetworksPayload } from "../api/contract";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { multiLineText, singleLineText } from "../api/text-schemas";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";

// Strict: a body naming who asks (aadObjectId, name, e-mail) is refused, identity comes only from the sign-in.
export const joinRequestInput = z.object({
  networkId: z.string().trim().min(1).max(100).optional(),
  organisationId: z.string().trim().min(1).max(100).optional(),
  organisationName: singleLineText(200).optional(),
  note: multiLineText(1000).optional(),
}).strict();

export const joinDecisionInput = z.object({ organisationId: z.string().trim().min(1).max(100).optional() }).strict();

/**
 * Registers the join-request routes: the networks a stranger may apply to, the signed-in person's own request,
 * and the coordinator's list, approve and reject.
 */
export function registerJoinRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger } = ctx;
  const { joinRequests } = app;

  server.get("/api/v1/networks/public", route(logger, async (req) => {
    await ctx.caller(req);
    const body: PublicNetworksPayload = { networks: await joinRequests.publicNetworks() };
    return { status: 200, body };
  }));

  server.post("/api/v1/join-requests", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const input = parseBody(joinRequestInput, req.body);
    return { status: 201, body: await joinRequests.request({ aadObjectId: caller.aadObjectId, displayName: caller.name, email: caller.email }, input, "tab") };
  }));

  server.get("/api/v1/join-requests/mine", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const body: JoinRequestsPayload = { requests: await joinRequests.mine(caller.aadObjectId) };
    return { status: 200, body };
  }));

  server.get("/api/v1/join-requests", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const body: JoinRequestsPayload = { requests: await joinRequests.list(member) };
    return { status: 200, body };
  }));

  for (const decision of ["approve", "reject"] as const) {
    server.post(`/api/v1/join-requests/:aadObjectId/${decision}`, route(logger, async (req) => {
      const member = await ctx.callerMember(req);
      const options = decision === "approve" ? parseBody(joinDecisionInput, req.body) : {};
      const result = await joinRequests.decide(member.aadObjectId, member.networkId, String(req.params.aadObjectId), decision, options);
      return { status: 200, body: result };
    }));
  }
}
