import type { Request, Server } from "restify";
import { z } from "zod";
import type { ApiContext } from "../api/api-context";
import type { ErasurePayload, MemberExportPayload } from "../api/contract";
import { route } from "../api/route";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";

const memberParam = z.object({ aadObjectId: z.string().trim().min(1).max(100) });

const subjectOf = (req: Request) => parseBody(memberParam, req.params).aadObjectId;

/**
 * Registers `GET /api/v1/members/{aadObjectId}/export` (everything stored about the person in the network, as a
 * JSON download) and `DELETE /api/v1/members/{aadObjectId}` (erasure): the network's coordinator only.
 */
export function registerPrivacyRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  server.get("/api/v1/members/:aadObjectId/export", route(ctx.logger, async (req) => {
    const caller = await ctx.callerMember(req);
    const body: MemberExportPayload = await app.privacy.exportData(caller, subjectOf(req));
    return { status: 200, body, headers: { "Content-Disposition": `attachment; filename="personuppgifter-${body.exportedAt.slice(0, 10)}.json"`, "Cache-Control": "no-store" } };
  }));

  server.del("/api/v1/members/:aadObjectId", route(ctx.logger, async (req) => {
    const caller = await ctx.callerMember(req);
    const body: ErasurePayload = await app.privacy.erase(caller, subjectOf(req));
    return { status: 200, body };
  }));
}
