import type { Request, Response, Server } from "restify";
import { z } from "zod";
import type { ApiContext } from "../api/api-context";
import type { AttendanceProposalConfirmed, AttendanceProposalPayload } from "../api/contract";
import { sendError } from "../api/http-errors";
import { requestLanguage, route } from "../api/route";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";
import { AppError, forbidden, invalid } from "../domain/errors";
import { assertMay } from "../domain/roles";
import { GraphError, graphFailureText, graphOff } from "../graph/graph-errors";
import { AttendanceProposals } from "./attendance-proposal";
import type { ChangeNotification } from "./calendar-sync";

const confirmInput = z.object({ personIds: z.array(z.string().min(1).max(200)).min(1).max(500) }).strict();

const notificationsInput = z.object({
  value: z.array(z.object({
    subscriptionId: z.string().max(200).optional(),
    clientState: z.string().max(200).optional(),
    changeType: z.string().max(100).optional(),
    resource: z.string().max(2000).optional(),
    resourceData: z.object({ id: z.string().max(1000).optional() }).passthrough().optional(),
  }).passthrough()).max(1000),
}).passthrough();

/** A Graph failure as the API's clear error (503 with what went wrong); other errors pass. */
function asApiError(error: unknown): unknown {
  if (!(error instanceof GraphError)) return error;
  const text = graphFailureText(error.kind);
  return new AppError("unavailable", "graph_failed", { sv: `Närvarorapporten kunde inte läsas: ${text.sv}.`, en: `The attendance report could not be read: ${text.en}.` }, { graph: error.kind });
}

/**
 * Registers the Graph routes: `POST /api/v1/graph/notifications` (called by Microsoft Graph: the validation
 * handshake, then change notifications authenticated by the subscription's clientState), and the attendance
 * report's `GET …/attendance/proposal` and `POST …/attendance/proposal/confirm` (chair, secretary, coordinator).
 * Without Graph settings they answer 404 `graph_off` (after the role check where there is one).
 */
export function registerGraphRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { graph } = app;
  const proposals = graph
    ? new AttendanceProposals({ stores: ctx.stores, client: graph.client, organizer: graph.settings.organizer, meetings: app.meetings, rollCalls: app.rollCall.rollCalls, writes: app.rollCall.writes })
    : undefined;

  server.post("/api/v1/graph/notifications", async (req: Request, res: Response) => {
    try {
      if (!graph) throw graphOff();
      const token = (req.query as Record<string, unknown> | undefined)?.validationToken;
      if (typeof token === "string") {
        if (token.length > 1000) throw invalid("invalid_validation_token", "Ogiltig valideringstoken.", "Invalid validation token.");
        // Graph's handshake: the token back as plain text within ten seconds.
        res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
        res.end(token);
        return;
      }
      const body = parseBody(notificationsInput, req.body);
      const { accepted, done } = await graph.sync.notified(body.value as ChangeNotification[]);
      done.catch((error: unknown) => ctx.logger.error({ err: error }, "notified calendar changes not applied"));
      if (accepted === 0 && body.value.length > 0) throw forbidden("invalid_client_state", "Aviseringen kom inte från appens prenumeration.", "The notification did not come from the app's subscription.");
      res.send(202, { accepted });
    } catch (error) {
      ctx.logger.info({ err: error }, "graph notification refused");
      sendError(res, error, requestLanguage(req));
    }
  });

  server.get("/api/v1/meetings/:meetingId/attendance/proposal", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    if (!proposals) return { status: 404, body: await offAfterRoleCheck(app, caller.aadObjectId, req.params.meetingId, requestLanguage(req)) };
    const body: AttendanceProposalPayload = await proposals.proposal(caller.aadObjectId, req.params.meetingId).catch((e: unknown) => Promise.reject(asApiError(e)));
    return { status: 200, body };
  }));

  server.post("/api/v1/meetings/:meetingId/attendance/proposal/confirm", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    if (!proposals) return { status: 404, body: await offAfterRoleCheck(app, caller.aadObjectId, req.params.meetingId, requestLanguage(req)) };
    const records = await proposals.confirm(caller.aadObjectId, req.params.meetingId, () => parseBody(confirmInput, req.body).personIds).catch((e: unknown) => Promise.reject(asApiError(e)));
    await app.rollCall.cards.update(req.params.meetingId);
    ctx.logger.info({ meetingId: req.params.meetingId, by: caller.aadObjectId, rows: records.length }, "attendance report confirmed");
    return { status: 200, body: { meetingId: req.params.meetingId, records } satisfies AttendanceProposalConfirmed };
  }));
}

// Without Graph the refusal of a role still comes first, so nobody learns more than their role allows.
async function offAfterRoleCheck(app: AppServices, callerId: string, meetingId: string, language: "sv" | "en") {
  const { meeting, member } = await app.meetings.getFor(callerId, meetingId);
  assertMay(member, "mark-attendance", meeting.value);
  const off = graphOff();
  return { error: { code: off.code, message: off.text[language] } };
}
