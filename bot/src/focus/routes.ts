import type { Server } from "restify";
import type { FocusAnswerPayload, FocusAskPayload, FocusHistoryPayload, FocusPayload, FocusTurnPayload } from "../api/contract";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";
import { invalid } from "../domain/errors";
import { focusAnswerInput, focusAskInput, focusRecordInput } from "./input-schemas";

/** Registers the "Kommun i fokus" API: the rotation, an organisation's history, asking, answering and recording. */
export function registerFocusRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger } = ctx;
  const { focus, meetings, clock } = app;

  server.get("/api/v1/focus", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    return { status: 200, body: (await focus.overview(member, clock.now())) satisfies FocusPayload };
  }));

  server.get("/api/v1/organisations/:orgId/focus", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    return { status: 200, body: { organisationId: req.params.orgId, turns: await focus.history(member, req.params.orgId, clock.now()) } satisfies FocusHistoryPayload };
  }));

  server.post("/api/v1/focus/history", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const input = parseBody(focusRecordInput, req.body);
    if (Number.isNaN(Date.parse(`${input.date}T00:00:00Z`))) throw invalid("invalid_input", 'Fältet "date" är fel: ogiltigt datum', 'The field "date" is wrong: invalid date', { field: "date" });
    const turn = await focus.record(member, input.organisationId, input.date, input.topic, input.presenters ?? [], clock.now());
    return { status: 201, body: { turn } satisfies FocusTurnPayload };
  }));

  server.post("/api/v1/meetings/:meetingId/focus/ask", route(logger, async (req) => {
    const { meeting, member } = await meetings.getFor((await ctx.caller(req)).aadObjectId, req.params.meetingId);
    const input = parseBody(focusAskInput, req.body);
    const asked = await focus.ask(member, meeting.value, input.organisationId, clock.now());
    // The outbox is tried right away so that the ask does not wait for the next scheduled pass.
    app.outbox.deliverDue(clock.now()).catch((error: unknown) => logger.error({ err: error }, "focus ask delivery failed"));
    return { status: 202, body: asked satisfies FocusAskPayload };
  }));

  server.post("/api/v1/meetings/:meetingId/focus/answer", route(logger, async (req) => {
    const { meeting, member } = await meetings.getFor((await ctx.caller(req)).aadObjectId, req.params.meetingId);
    const input = parseBody(focusAnswerInput, req.body);
    const answer = await focus.answer(member, meeting.value, input.organisationId, input.choice, input.topic ?? "", input.presenters ?? [], clock.now());
    return { status: 200, body: answer satisfies FocusAnswerPayload };
  }));
}
