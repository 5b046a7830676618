import type { Server } from "restify";
import type { MeetingPagePayload } from "../api/contract";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import type { AppServices } from "../app-services";
import { answersBody } from "../invitations/routes";
import { attendanceBody } from "../roll-call/routes";
import { roundTableBody } from "../round-table/routes";
import { meetingDetailBody } from "./read-routes";
import { inReadScope } from "../storage/read-scope";
import type { MeetingRowKinds } from "../storage/meeting-partition";

/** The kinds of a meeting's rows its page shows (agenda, minutes state, answers, attendance, roll call, round table). */
const PAGE_KINDS: (keyof MeetingRowKinds)[] = ["agenda", "minutes", "minutesVersions", "answers", "attendance", "rollCalls", "roundTable", "roundTableWalks"];

/**
 * Registers `GET /api/v1/meetings/{id}/page`: the meeting, its agenda, answers, attendance and round table in
 * one request, so the meeting page opens after one round trip. The caller and meeting are resolved once; each
 * part is the projection of its own route, so nobody sees more here than there.
 */
export function registerMeetingPageRoute(server: Server, ctx: ApiContext, app: AppServices): void {
  const { meetings, invitations, rollCall, roundTable } = app;
  server.get("/api/v1/meetings/:meetingId/page", route(ctx.logger, async (req) => {
    // One read scope: the meeting's rows come from one partition query, and a read the parts share is sent once.
    return inReadScope(async () => {
      const caller = await ctx.caller(req);
      const { meeting, member } = await meetings.getVisibleTo(caller.aadObjectId, req.params.meetingId);
      await ctx.stores.meetingPartition.preload(meeting.value.id, PAGE_KINDS);
      const [detail, responses, attendance, board] = await Promise.all([
        meetingDetailBody(meetings, ctx.stores, member, meeting.value),
        answersBody(invitations, member, meeting.value),
        rollCall.rollCalls.snapshot(meeting.value.id).then(attendanceBody),
        roundTableBody(roundTable, meeting.value),
      ]);
      const body: MeetingPagePayload = { meeting: detail, responses, attendance, roundTable: board };
      return { status: 200, body, headers: { ETag: meeting.etag } };
    });
  }));
}
