import type { AgendaPayload, MeetingDetail } from "../api/contract";
import { ifMatch } from "../api/if-match";
import type { Server } from "restify";
import type { EditedMeeting } from "./meeting-editor";
import type { AppServices } from "../app-services";
import type { ApiContext } from "../api/api-context";
import { createMeetingInput, replaceAgendaInput, updateMeetingInput } from "./input-schemas";
import { route, type RouteResult } from "../api/route";
import { parseBody } from "../api/validate";

function meetingResult(status: number, edited: EditedMeeting): RouteResult {
  return { status, body: { ...edited.meeting.value, agenda: edited.agenda } satisfies MeetingDetail, headers: { ETag: edited.meeting.etag } };
}


/**
 * Registers the meeting writes: `POST /api/v1/meetings`, `PUT /api/v1/meetings/{id}` (If-Match),
 * `POST /api/v1/meetings/{id}/cancel` and `PUT /api/v1/meetings/{id}/agenda`.
 */
export function registerMeetingWriteRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger } = ctx;
  const { editor } = app.invitations;
  const { clock } = app;

  server.post("/api/v1/meetings", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    return meetingResult(201, await editor.create(member, () => parseBody(createMeetingInput, req.body), clock.now()));
  }));

  server.put("/api/v1/meetings/:meetingId", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    return meetingResult(200, await editor.update(caller.aadObjectId, req.params.meetingId, () => parseBody(updateMeetingInput, req.body), ifMatch(req), clock.now()));
  }));

  server.post("/api/v1/meetings/:meetingId/cancel", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    return meetingResult(200, await editor.cancel(caller.aadObjectId, req.params.meetingId));
  }));

  server.put("/api/v1/meetings/:meetingId/agenda", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const edited = await editor.replaceAgenda(caller.aadObjectId, req.params.meetingId, () => parseBody(replaceAgendaInput, req.body), clock.now());
    return { status: 200, body: { agenda: edited.agenda, changes: edited.changes, notified: edited.notified } satisfies AgendaPayload };
  }));
}
