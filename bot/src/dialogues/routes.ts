import type { Request, Server } from "restify";
import type { DialogueGatherPayload, DialogueNotesPayload, DialogueSetupPayload, DialoguesPayload } from "../api/contract";
import type { ApiContext } from "../api/api-context";
import { ifMatch } from "../api/if-match";
import { route } from "../api/route";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";
import { invalid } from "../domain/errors";
import { dialogueNotesInput, dialogueSetupInput } from "./input-schemas";

/** The item number of a path, or a 400. */
function itemNumberOf(req: Request): number {
  const value = String(req.params.itemNumber ?? "");
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1) throw invalid("invalid_item_number", "Punktens nummer är ogiltigt.", "The item number is invalid.");
  return Number(value);
}

/** Registers the group-dialogue API: read, set up (chair, coordinator), a group's notes, gather into the minutes. */
export function registerDialogueRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger } = ctx;
  const { dialogues, meetings, clock } = app;
  const caller = async (req: Request) => meetings.getFor((await ctx.caller(req)).aadObjectId, req.params.meetingId);

  server.get("/api/v1/meetings/:meetingId/dialogues", route(logger, async (req) => {
    const { meeting, member } = await caller(req);
    return { status: 200, body: (await dialogues.view(member, meeting.value)) satisfies DialoguesPayload };
  }));

  server.put("/api/v1/meetings/:meetingId/dialogues/:itemNumber", route(logger, async (req) => {
    const { meeting, member } = await caller(req);
    const number = itemNumberOf(req);
    const input = parseBody(dialogueSetupInput, req.body);
    const stored = await dialogues.setUp(member, meeting.value, number, input, ifMatch(req), clock.now());
    return { status: 200, body: { setup: stored.value, etag: stored.etag } satisfies DialogueSetupPayload, headers: { ETag: stored.etag } };
  }));

  server.put("/api/v1/meetings/:meetingId/dialogues/:itemNumber/groups/:groupId/notes", route(logger, async (req) => {
    const { meeting, member } = await caller(req);
    const number = itemNumberOf(req);
    const input = parseBody(dialogueNotesInput, req.body);
    const stored = await dialogues.writeNotes(member, meeting.value, number, String(req.params.groupId), input.text, ifMatch(req), clock.now());
    return { status: 200, body: { notes: stored.value, etag: stored.etag } satisfies DialogueNotesPayload, headers: { ETag: stored.etag } };
  }));

  server.post("/api/v1/meetings/:meetingId/dialogues/:itemNumber/gather", route(logger, async (req) => {
    const { meeting, member } = await caller(req);
    const gathered = await dialogues.gather(member, meeting.value, itemNumberOf(req));
    return { status: 200, body: gathered satisfies DialogueGatherPayload };
  }));
}
