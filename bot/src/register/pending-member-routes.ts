import type { Request, Response, Server } from "restify";
import { z } from "zod";
import type { ImportPayload, PendingMembersPayload } from "../api/contract";
import type { ApiContext } from "../api/api-context";
import { sendError } from "../api/http-errors";
import { requestLanguage, route } from "../api/route";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";
import { assertMay } from "../domain/roles";
import { registerExport } from "./register-export";

/** The most characters a pasted list or CSV file may have (about 500 rows). */
const MAX_IMPORT_CHARS = 200_000;

export const importInput = z.object({ text: z.string().max(MAX_IMPORT_CHARS) }).strict();

/**
 * Registers the e-mail invitations (`/api/v1/pending-members`: list, import with `?validate=true` preview,
 * withdraw) and the register's CSV export (`/api/v1/register.csv`), all for the coordinator.
 */
export function registerPendingMemberRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger } = ctx;
  const { pendingMembers } = app;

  server.get("/api/v1/pending-members", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const body: PendingMembersPayload = { pending: await pendingMembers.list(member) };
    return { status: 200, body };
  }));

  server.post("/api/v1/pending-members/import", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    assertMay(member, "manage-network");
    const language = requestLanguage(req);
    const validate = String(req.query?.validate ?? "") === "true";
    const { text } = parseBody(importInput, req.body);
    const result = await pendingMembers.import(member, text, { validate });
    const body: ImportPayload = {
      valid: result.valid,
      ...(result.created === undefined ? {} : { created: result.created }),
      rows: result.rows.map((r) => ({ line: r.line, name: r.name, email: r.email, organisation: r.organisation, organisationId: r.organisationId, errors: r.problems.map((p) => ({ code: p.code, message: p.text[language] })) })),
    };
    return { status: validate ? 200 : 201, body };
  }));

  server.del("/api/v1/pending-members/:email", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    await pendingMembers.withdraw(member, String(req.params.email));
    return { status: 204 };
  }));

  server.get("/api/v1/register.csv", async (req: Request, res: Response) => {
    try {
      const member = await ctx.callerMember(req);
      const csv = await registerExport(app, member);
      res.writeHead(200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="medlemsregister.csv"', "Cache-Control": "no-store" });
      res.end(csv);
    } catch (error) {
      logger.info({ err: error, path: req.path() }, "register export failed");
      sendError(res, error, requestLanguage(req));
    }
  });
}
