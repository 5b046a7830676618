import type { AnswerSaved, InvitationPreview } from "../api/contract";
import type { AnswersPayload } from "../api/contract";
import { timingSafeEqual } from "node:crypto";
import type { Request, Response, Server } from "restify";
import type { AppServices } from "../app-services";
import { maySeeAnswerComments } from "../domain/answering";
import { forbidden } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { meetingCalendar } from "./meeting-calendar";
import { previewInvitation } from "./invitation-preview";
import type { InvitationServices } from "./invitation-services";
import type { ApiContext } from "../api/api-context";
import { sendError } from "../api/http-errors";
import { answerInput } from "../meetings/input-schemas";
import { requestLanguage, route } from "../api/route";
import { parseBody } from "../api/validate";

function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The meeting of a calendar download: by the invitee's link key (no sign-in), else by the caller's membership. */
async function calendarMeeting(req: Request, ctx: ApiContext, services: InvitationServices): Promise<Meeting> {
  const { invitee, key } = (req.query ?? {}) as Record<string, unknown>;
  if (typeof invitee === "string" && typeof key === "string") {
    const meeting = (await services.meetings.get(req.params.meetingId)).value;
    const invitation = await ctx.stores.invitations.get(meeting.id, invitee);
    const member = await ctx.stores.members.get(meeting.networkId, invitee);
    if (invitation && member?.value.active && sameKey(invitation.value.calendarKey, key)) return meeting;
    throw forbidden("invalid_calendar_link", "Kalenderlänken är ogiltig. Hämta den från kallelsen igen.", "The calendar link is not valid. Take it from the invitation again.");
  }
  const caller = await ctx.caller(req);
  return (await services.meetings.getFor(caller.aadObjectId, req.params.meetingId)).meeting.value;
}

/** The answers of a meeting as `member` may see them: others' comments only for those who may (also part of the meeting page). */
export async function answersBody(services: Pick<InvitationServices, "answers">, member: Member, meeting: Meeting): Promise<AnswersPayload> {
  const summary = await services.answers.summary(meeting);
  const withComments = maySeeAnswerComments(member, meeting);
  const responses = summary.responses.map((r) => (withComments || r.memberId === member.aadObjectId ? r : { ...r, comment: undefined }));
  return { meetingId: meeting.id, ...summary, responses };
}

/**
 * Registers the invitation routes: `POST …/invitations`, `GET …/invitations/preview`, `GET …/responses`, `PUT …/responses/me` and
 * `GET …/calendar.ics`.
 */
export function registerInvitationRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const services = app.invitations;
  const { clock } = app;
  const { logger } = ctx;

  server.post("/api/v1/meetings/:meetingId/invitations", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    return { status: 200, body: await services.sender.sendAll(caller.aadObjectId, req.params.meetingId, clock.now()) };
  }));

  server.get("/api/v1/meetings/:meetingId/invitations/preview", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const body = await previewInvitation({ ...services, stores: ctx.stores }, caller.aadObjectId, req.params.meetingId, requestLanguage(req), clock.now());
    return { status: 200, body: body satisfies InvitationPreview };
  }));

  server.get("/api/v1/meetings/:meetingId/responses", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const { meeting, member } = await services.meetings.getVisibleTo(caller.aadObjectId, req.params.meetingId);
    return { status: 200, body: await answersBody(services, member, meeting.value) };
  }));

  server.put("/api/v1/meetings/:meetingId/responses/me", route(logger, async (req) => {
    const caller = await ctx.caller(req);
    const { meeting, member } = await services.meetings.getVisibleTo(caller.aadObjectId, req.params.meetingId);
    const input = parseBody(answerInput, req.body);
    const now = clock.now();
    const rsvp = services.answers.prepare(member, meeting.value, input, "tab", now);
    await services.answers.save(meeting.value.id, rsvp);
    await services.sender.refreshCard(meeting.value, member.aadObjectId, now);
    services.answered(meeting.value, member.aadObjectId);
    return { status: 200, body: { meetingId: meeting.value.id, ...rsvp } satisfies AnswerSaved };
  }));

  server.get("/api/v1/meetings/:meetingId/calendar.ics", async (req: Request, res: Response) => {
    const language = requestLanguage(req);
    try {
      const meeting = await calendarMeeting(req, ctx, services);
      const [agenda, network] = await Promise.all([services.meetings.agenda(meeting.id), services.directory.network(meeting.networkId)]);
      const body = meetingCalendar(meeting, agenda, { language, networkName: network.name, now: clock.now() });
      res.writeHead(200, { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="meeting-${meeting.id.replace(/[^A-Za-z0-9-]/g, "")}.ics"` });
      res.end(body);
    } catch (error) {
      logger.info({ err: error, path: req.path() }, "calendar download refused");
      sendError(res, error, language);
    }
  });
}
