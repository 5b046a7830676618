import type { MeetingsPayload } from "../api/contract";
import type { MeetingDetail, MeetingSummary } from "../api/contract";
import type { Server } from "restify";
import type { AppServices } from "../app-services";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { may } from "../domain/roles";

/** Registers reading meetings: `GET /api/v1/meetings` and `GET /api/v1/meetings/{id}`. */
export function registerMeetingRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { meetings, clock } = app;
  const { logger, stores } = ctx;

  server.get("/api/v1/meetings", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const now = clock.now().getTime();
    // A draft is the coordinator's work in progress: members see a meeting once it is sent out.
    const list = (await meetings.list(member.networkId)).filter((m) => m.status !== "draft" || may(member, "manage-meeting"));
    const withAnswers: MeetingSummary[] = await Promise.all(list.map(async (m) => ({
      ...m,
      upcoming: Date.parse(m.endUtc) >= now,
      myAnswer: (await stores.answers.get(m.id, member.aadObjectId))?.value.answer ?? null,
      minutesPublished: (await stores.minutesVersions.list(m.id)).length > 0,
    })));
    return { status: 200, body: { meetings: withAnswers } satisfies MeetingsPayload };
  }));

  server.get("/api/v1/meetings/:meetingId", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const { meeting, member } = await meetings.getVisibleTo(caller.aadObjectId, req.params.meetingId);
    const [agenda, versions] = await Promise.all([meetings.agendaFor(member, meeting.value), stores.minutesVersions.list(meeting.value.id)]);
    const body: MeetingDetail = { ...meeting.value, agenda, minutesPublished: versions.length > 0 };
    return { status: 200, body, headers: { ETag: meeting.etag } };
  }));
}
