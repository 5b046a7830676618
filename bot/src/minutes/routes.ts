import type { MinutesItemSaved } from "../api/contract";
import { ifMatch } from "../api/if-match";
import type { Request, Server } from "restify";
import { z } from "zod";
import type { AppServices } from "../app-services";
import { invalid } from "../domain/errors";
import { MAX_APPROVERS } from "../domain/minutes-workflow";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { calendarDate } from "../api/text-schemas";
import { parseBody } from "../api/validate";

export const actionInput = z.object({
  id: z.string().trim().min(1).max(100).optional(),
  what: z.string().trim().min(1).max(1000),
  owner: z.string().trim().min(1).max(200),
  due: calendarDate.optional(),
  done: z.boolean().optional(),
});

// Notes have no schema limit: their size is checked by the workflow, which answers 413 naming the limit.
export const itemInput = z.object({
  notes: z.string().optional(),
  decisions: z.array(z.string().max(2000)).max(50).optional(),
  actions: z.array(actionInput).max(50).optional(),
  changeNote: z.string().max(1000).optional(),
  /** The editor confirmed that saving undoes the approvals already given (else 409 approvals_would_reset). */
  resetApprovals: z.boolean().optional(),
}).strict();

export const approversInput = z.object({ approverIds: z.array(z.string().min(1).max(100)).max(MAX_APPROVERS) }).strict();
export const commentInput = z.object({ text: z.string().trim().min(1).max(2000) }).strict();
export const actionDoneInput = z.object({ done: z.boolean() }).strict();

function itemNumber(req: Request): number {
  const raw = String(req.params.number ?? "");
  const value = Number(raw);
  // Digits only: "1e3", "0x10" or " 7" are numbers to JavaScript, not item numbers.
  if (!/^\d{1,4}$/.test(raw) || value < 1 || value > 1000) {
    throw invalid("invalid_item_number", "Punktens nummer måste vara ett heltal från 1.", "The item number must be a whole number from 1.", { field: "number" });
  }
  return value;
}


/**
 * Registers the minutes API: read, edit an item (If-Match), name approvers, approve, comment, publish,
 * mark action points done, the exports (.md, .docx, .pdf) and `GET /api/v1/search`.
 */
export function registerMinutesRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const services = app.minutes;
  const { logger } = ctx;
  const base = "/api/v1/meetings/:meetingId/minutes";
  const callerId = async (req: Request) => (await ctx.caller(req)).aadObjectId;
  const view = async (id: string, meetingId: string) => {
    const { meeting, member } = await services.meetings.getFor(id, meetingId);
    return services.reader.view(member, meeting.value);
  };

  server.get(base, route(logger, async (req) => {
    const body = await view(await callerId(req), req.params.meetingId);
    return { status: 200, body, headers: { ETag: body.etag } };
  }));

  server.put(`${base}/items/:number`, route(logger, async (req) => {
    const id = await callerId(req);
    const number = itemNumber(req);
    const input = parseBody(itemInput, req.body);
    const saved = await services.minutes.editItem(id, req.params.meetingId, number, input, ifMatch(req));
    return { status: 200, body: { item: saved.item, etag: saved.etag, ...(saved.version ? { version: saved.version.version } : {}) } satisfies MinutesItemSaved, headers: { ETag: saved.etag } };
  }));

  server.put(`${base}/approvers`, route(logger, async (req) => {
    const id = await callerId(req);
    const input = parseBody(approversInput, req.body);
    await services.minutes.setApprovers(id, req.params.meetingId, input.approverIds);
    return { status: 200, body: await view(id, req.params.meetingId) };
  }));

  server.post(`${base}/approve`, route(logger, async (req) => {
    const id = await callerId(req);
    await services.minutes.approve(id, req.params.meetingId);
    return { status: 200, body: await view(id, req.params.meetingId) };
  }));

  server.post(`${base}/comments`, route(logger, async (req) => {
    const input = parseBody(commentInput, req.body);
    return { status: 201, body: await services.minutes.comment(await callerId(req), req.params.meetingId, input.text) };
  }));

  server.post(`${base}/publish`, route(logger, async (req) => {
    const id = await callerId(req);
    await services.minutes.publish(id, req.params.meetingId);
    return { status: 200, body: await view(id, req.params.meetingId) };
  }));

  server.put(`${base}/actions/:actionId`, route(logger, async (req) => {
    const input = parseBody(actionDoneInput, req.body);
    return { status: 200, body: await services.minutes.setActionDone(await callerId(req), req.params.meetingId, req.params.actionId, input.done) };
  }));
}
