import type { Server } from "restify";
import { assertMay } from "../domain/roles";
import type { EditedMeeting } from "../services/meeting-editor";
import type { InvitationServices } from "../teams/invitations/invitation-services";
import type { ApiContext } from "./api-context";
import { createMeetingInput, replaceAgendaInput, updateMeetingInput } from "./meeting-input-schemas";
import { readIfMatch } from "./if-match";
import { route, type RouteResult } from "./route";
import { parseBody } from "./validate";

function meetingResult(status: number, edited: EditedMeeting): RouteResult {
  return { status, body: { ...edited.meeting.value, agenda: edited.agenda }, headers: { ETag: edited.meeting.etag } };
}

/**
 * Registers the meeting writes: `POST /api/v1/meetings`, `PUT /api/v1/meetings/{id}` (If-Match),
 * `POST /api/v1/meetings/{id}/cancel` and `PUT /api/v1/meetings/{id}/agenda`.
 */
export function registerMeetingWriteRoutes(server: Server, ctx: ApiContext, services: InvitationServices): void {
  const { logger } = ctx;
  const { editor } = services;

  server.post("/api/v1/meetings", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    assertMay(member, "manage-meeting");
    const input = parseBody(createMeetingInput, req.body);
    return meetingResult(201, await editor.create(member, input, new Date()));
  }));

  server.put("/api/v1/meetings/:meetingId", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const { member } = await services.meetings.getFor(caller.aadObjectId, req.params.meetingId);
    assertMay(member, "manage-meeting");
    const input = parseBody(updateMeetingInput, req.body);
    return meetingResult(200, await editor.update(caller.aadObjectId, req.params.meetingId, input, readIfMatch(req), new Date()));
  }));

  server.post("/api/v1/meetings/:meetingId/cancel", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    return meetingResult(200, await editor.cancel(caller.aadObjectId, req.params.meetingId));
  }));

  server.put("/api/v1/meetings/:meetingId/agenda", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    await services.meetings.getFor(caller.aadObjectId, req.params.meetingId);
    const input = parseBody(replaceAgendaInput, req.body);
    const edited = await editor.replaceAgenda(caller.aadObjectId, req.params.meetingId, input.items, new Date());
    return { status: 200, body: { agenda: edited.agenda } };
  }));
}
