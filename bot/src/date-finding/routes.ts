import type { Server } from "restify";
import type { ApiContext } from "../api/api-context";
import type { DatePollList, DatePollPicked, DatePollResults, DatePollView, DateDelivery } from "../api/contract";
import { route } from "../api/route";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";
import { createDatePollInput, dateResponseInput, pickInput } from "./input-schemas";

/**
 * Registers finding the date: `GET|POST /api/v1/date-polls`, `GET /date-polls/{id}`,
 * `PUT /date-polls/{id}/responses/me`, `GET /date-polls/{id}/results`, `POST /date-polls/{id}/reminders`
 * and `POST /date-polls/{id}/pick`.
 */
export function registerDateFindingRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const service = app.dateFinding;
  const { clock } = app;
  const { logger } = ctx;
  const caller = async (req: Parameters<ApiContext["caller"]>[0]) => service.getFor((await ctx.caller(req)).aadObjectId, req.params.datePollId);

  server.get("/api/v1/date-polls", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    return { status: 200, body: { networkId: member.networkId, datePolls: await service.list(member) } satisfies DatePollList };
  }));

  server.post("/api/v1/date-polls", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const created = await service.create(member, parseBody(createDatePollInput, req.body), clock.now());
    return { status: 201, body: { ...(await service.view(member, created.datePoll)), delivery: created.delivery satisfies DateDelivery } };
  }));

  server.get("/api/v1/date-polls/:datePollId", route(logger, async (req) => {
    const { datePoll, member } = await caller(req);
    return { status: 200, body: (await service.view(member, datePoll.value)) satisfies DatePollView };
  }));

  server.put("/api/v1/date-polls/:datePollId/responses/me", route(logger, async (req) => {
    const { datePoll, member } = await caller(req);
    const input = parseBody(dateResponseInput, req.body);
    await service.respond(member, datePoll.value, input, clock.now());
    return { status: 200, body: (await service.view(member, datePoll.value)) satisfies DatePollView };
  }));

  server.get("/api/v1/date-polls/:datePollId/results", route(logger, async (req) => {
    const { member } = await caller(req);
    return { status: 200, body: (await service.results(member, req.params.datePollId)) satisfies DatePollResults };
  }));

  server.post("/api/v1/date-polls/:datePollId/reminders", route(logger, async (req) => {
    const { member } = await caller(req);
    return { status: 200, body: (await service.remind(member, req.params.datePollId, clock.now())) satisfies DateDelivery };
  }));

  server.post("/api/v1/date-polls/:datePollId/pick", route(logger, async (req) => {
    const { member } = await caller(req);
    const picked = await service.pick(member, req.params.datePollId, parseBody(pickInput, req.body), clock.now());
    return { status: 201, body: picked satisfies DatePollPicked };
  }));
}
