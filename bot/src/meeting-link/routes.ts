import type { MeetingDetail } from "../api/contract";
import type { Server } from "restify";
import { notFound } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import { chatIdOfJoinUrl, chatIdOfTeamsMeeting } from "../domain/teams-meeting-ids";
import { notAMember } from "../register/directory";
import type { AppServices } from "../app-services";
import type { Stored } from "../storage/repository";
import type { ApiContext } from "../api/api-context";
import { ifMatch } from "../api/if-match";
import { route } from "../api/route";

const notLinked = () =>
  notFound(
    "teams_meeting_not_linked",
    "Det här Teams-mötet hör inte till något nätverksmöte. Lägg in mötets Teams-länk i nätverksmötet.",
    "This Teams meeting does not belong to a network meeting. Add the meeting's Teams link to the network meeting.",
  );

/**
 * Registers `GET /api/v1/meetings/by-teams-meeting/{teamsMeetingId}`: the network meeting a Teams meeting
 * belongs to (by stored Teams meeting id, stored chat id, or the chat id in the join URL), among the
 * caller's networks only; and `DELETE /api/v1/meetings/{id}/chat-link` (coordinator, If-Match): the meeting's
 * cards no longer go to the chat it was linked to.
 */
export function registerMeetingContextRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { meetings } = app;
  const { stores, logger } = ctx;

  server.get("/api/v1/meetings/by-teams-meeting/:teamsMeetingId", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    if (caller.memberships.length === 0) throw notAMember();
    const networkIds = new Set(caller.memberships.map((m) => m.networkId));
    const mine = (rows: Stored<Meeting>[]) => rows.find((r) => networkIds.has(r.value.networkId));
    const teamsMeetingId = String(req.params.teamsMeetingId ?? "");
    const chatId = chatIdOfTeamsMeeting(teamsMeetingId);

    let found = mine(await stores.meetings.where("teamsMeetingId", teamsMeetingId));
    if (!found && chatId) found = mine(await stores.meetings.where("chatConversationId", chatId));
    if (!found && chatId) {
      const all = (await Promise.all([...networkIds].map((id) => stores.meetings.list(id)))).flat();
      found = all.find((r) => chatIdOfJoinUrl(r.value.joinUrl) === chatId);
    }
    if (!found) throw notLinked();
    const member = caller.memberships.find((m) => m.networkId === found.value.networkId)!;
    return { status: 200, body: { ...found.value, agenda: await meetings.agendaFor(member, found.value) } satisfies MeetingDetail, headers: { ETag: found.etag } };
  }));

  server.del("/api/v1/meetings/:meetingId/chat-link", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const { meeting, agenda } = await app.chatLinks.unlink(caller.aadObjectId, req.params.meetingId, ifMatch(req));
    return { status: 200, body: { ...meeting.value, agenda } satisfies MeetingDetail, headers: { ETag: meeting.etag } };
  }));
}
