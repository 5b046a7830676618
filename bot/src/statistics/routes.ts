import type { Request, Response, Server } from "restify";
import type { StatisticsPayload } from "../api/contract";
import type { ApiContext } from "../api/api-context";
import { sendError } from "../api/http-errors";
import { requestLanguage, route } from "../api/route";
import type { AppServices } from "../app-services";
import { invalid } from "../domain/errors";
import { statisticsCsv } from "../domain/statistics-csv";
import type { StatisticsScope } from "./statistics-service";

/** The `organisationId` query parameter, when given (a bad value is a 400). */
function scopeOf(req: Request): StatisticsScope {
  const value: unknown = (req.query as Record<string, unknown> | undefined)?.organisationId;
  if (value === undefined || value === "") return {};
  if (typeof value !== "string" || !/^[A-Za-z0-9_-]{1,100}$/.test(value)) {
    throw invalid("invalid_organisation_id", "Organisationens id (organisationId) är ogiltigt.", "The organisation id (organisationId) is invalid.");
  }
  return { organisationId: value };
}

/** Registers the statistics API: JSON for the tab's charts and a CSV download for Excel. */
export function registerStatisticsRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger } = ctx;
  const { statistics, clock } = app;

  server.get("/api/v1/statistics", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const body = await statistics.forCaller(member, scopeOf(req), clock.now());
    return { status: 200, body: body satisfies StatisticsPayload };
  }));

  server.get("/api/v1/statistics.csv", async (req: Request, res: Response) => {
    try {
      const member = await ctx.callerMember(req);
      const csv = statisticsCsv(await statistics.forCaller(member, scopeOf(req), clock.now()));
      res.writeHead(200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="statistik.csv"', "Cache-Control": "no-store" });
      res.end(csv);
    } catch (error) {
      logger.info({ err: error, path: req.path() }, "statistics export failed");
      sendError(res, error, requestLanguage(req));
    }
  });
}
