import type { Request, Response, Server } from "restify";
import { z } from "zod";
import type { ApiContext } from "../api/api-context";
import type { AuditPayload } from "../api/contract";
import { sendError } from "../api/http-errors";
import { requestLanguage } from "../api/route";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";
import { auditPeriod } from "../domain/audit";
import { forbidden, notFound } from "../domain/errors";
import type { Member } from "../domain/member";
import { may } from "../domain/roles";
import { auditCsv } from "./audit-csv";
import { coordinatorOnly } from "./texts";

export const auditQuery = z.object({
  networkId: z.string().max(200).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  meetingId: z.string().min(1).max(100).optional(),
  format: z.enum(["json", "csv"]).optional(),
});

/** The caller's membership if they coordinate the network (the query's `networkId`), or the refusal. */
export async function requireCoordinator(ctx: ApiContext, req: Request): Promise<Member> {
  const member = await ctx.callerMember(req);
  if (!may(member, "manage-network")) throw forbidden(coordinatorOnly.code, coordinatorOnly.sv, coordinatorOnly.en);
  return member;
}

/**
 * Registers `GET /api/v1/audit?networkId=&from=&to=&meetingId=&format=`: the network's audit log for its
 * coordinator, as JSON (default), or as a download with `format=csv` or `format=json`.
 */
export function registerAuditRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const read = async (req: Request) => {
    const member = await requireCoordinator(ctx, req);
    const query = parseBody(auditQuery, req.query);
    const period = auditPeriod(query.from, query.to, app.clock.now());
    if (query.meetingId !== undefined && !(await ctx.stores.meetings.get(member.networkId, query.meetingId))) {
      throw notFound("meeting_not_found", "Mötet finns inte i nätverket.", "The meeting is not in the network.");
    }
    const entries = await app.audit.list(member.networkId, period, query.meetingId);
    return { member, query, period, entries, day: period.to.slice(0, 10) };
  };

  server.get("/api/v1/audit", async (req: Request, res: Response) => {
    try {
      const { member, query, period, entries, day } = await read(req);
      if (query.format === "csv") {
        res.writeHead(200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="handelselogg-${day}.csv"`, "Cache-Control": "no-store" });
        res.end(auditCsv(entries, requestLanguage(req)));
        return;
      }
      const body: AuditPayload = { networkId: member.networkId, from: period.from, to: period.to, entries };
      const download = query.format === "json" ? { "Content-Disposition": `attachment; filename="handelselogg-${day}.json"` } : {};
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...download });
      res.end(JSON.stringify(body));
    } catch (error) {
      ctx.logger.info({ err: error, path: req.path() }, "audit log request failed");
      sendError(res, error, requestLanguage(req));
    }
  });
}
