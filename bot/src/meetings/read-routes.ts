import type { MeetingsPayload } from "../api/contract";
import type { MeetingDetail, MeetingSummary } from "../api/contract";
import type { Server } from "restify";
import type { AppServices } from "../app-services";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { may } from "../domain/roles";
import type { Stores } from "../storage/repository";
import type { Meetings } from "./meetings";

/** A meeting with the agenda as `member` may see it, and whether minutes are published (also part of the meeting page). */
export async function meetingDetailBody(meetings: Meetings, stores: Pick<Stores, "minutesVersions">, member: Member, meeting: Meeting): Promise<MeetingDetail> {
  const [agenda, versions] = await Promise.all([meetings.agendaFor(member, meeting), stores.minutesVersions.list(meeting.id)]);
  return { ...meeting, agenda, minutesPublished: versions.length > 0 };
}

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
    return { status: 200, body: await meetingDetailBody(meetings, stores, member, meeting.value), headers: { ETag: meeting.etag } };
  }));
}
