import type { Server } from "restify";
import type { PollAnswerSaved, PollDeliveryPayload, PollList, PollResultsPayload, PollView } from "../api/contract";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";
import { createPollInput, pollAnswerInput, pollMinutesInput, pollSharingInput } from "./input-schemas";

/**
 * Registers the poll routes: `GET|POST /api/v1/polls`, `GET /polls/{id}`, `PUT /polls/{id}/answers/me`,
 * `GET /polls/{id}/results`, `PUT /polls/{id}/sharing`, `POST /polls/{id}/close`, `POST /polls/{id}/reminders`
 * and `POST /polls/{id}/minutes`.
 */
export function registerPollRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { service } = app.polls;
  const { clock } = app;
  const { logger } = ctx;
  const caller = async (req: Parameters<ApiContext["caller"]>[0]) => service.getFor((await ctx.caller(req)).aadObjectId, req.params.pollId);

  server.get("/api/v1/polls", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    return { status: 200, body: { networkId: member.networkId, polls: await service.list(member) } satisfies PollList };
  }));

  server.post("/api/v1/polls", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const created = await service.create(member, parseBody(createPollInput, req.body), clock.now());
    return { status: 201, body: { ...(await service.view(member, created.poll)), delivery: created.delivery satisfies PollDeliveryPayload } };
  }));

  server.get("/api/v1/polls/:pollId", route(logger, async (req) => {
    const { poll, member } = await caller(req);
    return { status: 200, body: (await service.view(member, poll.value)) satisfies PollView };
  }));

  server.put("/api/v1/polls/:pollId/answers/me", route(logger, async (req) => {
    const { poll, member } = await caller(req);
    const outcome = await service.answer(member, poll.value, parseBody(pollAnswerInput, req.body), { now: clock.now() });
    const answer = outcome.answer ? { choices: outcome.answer.choices, ...(outcome.answer.text ? { text: outcome.answer.text } : {}) } : undefined;
    return { status: 200, body: { pollId: poll.value.id, anonymous: outcome.anonymous, ...(answer ? { answer } : {}) } satisfies PollAnswerSaved };
  }));

  server.get("/api/v1/polls/:pollId/results", route(logger, async (req) => {
    const { poll, member } = await caller(req);
    return { status: 200, body: { pollId: poll.value.id, ...(await service.results(member, poll.value)) } satisfies PollResultsPayload };
  }));

  server.put("/api/v1/polls/:pollId/sharing", route(logger, async (req) => {
    const { member } = await caller(req);
    const poll = await service.share(member, req.params.pollId, parseBody(pollSharingInput, req.body).shared, clock.now());
    return { status: 200, body: (await service.view(member, poll)) satisfies PollView };
  }));

  server.post("/api/v1/polls/:pollId/close", route(logger, async (req) => {
    const { member } = await caller(req);
    const poll = await service.close(member, req.params.pollId, clock.now());
    return { status: 200, body: (await service.view(member, poll)) satisfies PollView };
  }));

  server.post("/api/v1/polls/:pollId/reminders", route(logger, async (req) => {
    const { member } = await caller(req);
    return { status: 200, body: (await service.remind(member, req.params.pollId, clock.now())) satisfies PollDeliveryPayload };
  }));

  server.post("/api/v1/polls/:pollId/minutes", route(logger, async (req) => {
    const { member } = await caller(req);
    const input = parseBody(pollMinutesInput, req.body);
    return { status: 200, body: await service.toMinutes(member, req.params.pollId, input.meetingId, input.itemNumber) };
  }));
}
