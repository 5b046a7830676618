import type { Server } from "restify";
import { may } from "../domain/roles";
import type { Meetings } from "../services/meetings";
import type { ApiContext } from "./api-context";
import { route } from "./route";

/** Registers reading meetings: `GET /api/v1/meetings` and `GET /api/v1/meetings/{id}`. */
export function registerMeetingRoutes(server: Server, ctx: ApiContext, meetings: Meetings): void {
  const { logger, stores } = ctx;

  server.get("/api/v1/meetings", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const now = Date.now();
    // A draft is the coordinator's work in progress: members see a meeting once it is sent out.
    const list = (await meetings.list(member.networkId)).filter((m) => m.status !== "draft" || may(member, "manage-meeting"));
    const withAnswers = await Promise.all(list.map(async (m) => ({
      ...m,
      upcoming: Date.parse(m.endUtc) >= now,
      myAnswer: (await stores.rsvps.get(m.id, member.aadObjectId))?.value.answer ?? null,
      minutesPublished: (await stores.minutesVersions.list(m.id)).length > 0,
    })));
    return { status: 200, body: { meetings: withAnswers } };
  }));

  server.get("/api/v1/meetings/:meetingId", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const { meeting } = await meetings.getFor(caller.aadObjectId, req.params.meetingId);
    return { status: 200, body: { ...meeting.value, agenda: await meetings.agenda(meeting.value.id), minutesPublished: (await stores.minutesVersions.list(meeting.value.id)).length > 0 }, headers: { ETag: meeting.etag } };
  }));
}
