import { ifMatch } from "../api/if-match";
import type { RoundTableEntrySaved, RoundTableEntryView, RoundTableHistory, RoundTablePayload, RoundTableQuestionsPayload, RoundTableSettingsPayload, RoundTableVersions } from "../api/contract";
import type { Server } from "restify";
import { z } from "zod";
import type { AppServices } from "../app-services";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Organisation } from "../domain/network";
import { organisationNotFound, type StoredEntry } from "./round-table-entries";
import { questionsOf } from "./round-table-questions";
import type { RoundTableService } from "./round-table-service";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { parseBody } from "../api/validate";

export const entryInput = z.object({ text: z.string({ required_error: "required" }), fields: z.record(z.string()).optional() }).strict();
export const settingsInput = z.object({ includeAgencies: z.boolean({ required_error: "required" }) }).strict();
export const questionsInput = z.object({ questions: z.array(z.string()).max(100) }).strict();

/** An entry as the API shows it. */
function entryView(stored: StoredEntry, organisationName: string): RoundTableEntryView {
  const { organisationId, text, fields, reporterName, submitted, updatedAt } = stored.value;
  return { organisationId, organisationName, text, fields, reporterName, submitted, updatedAt, etag: stored.etag };
}

/** A meeting's round table as the API shows it to every member: entries, walk, questions (also part of the meeting page). */
export async function roundTableBody(hub: Pick<RoundTableService, "board">, meeting: Meeting): Promise<RoundTablePayload> {
  const snapshot = await hub.board.snapshot(meeting);
  const entries = snapshot.organisations.flatMap((o) => {
    const stored = snapshot.entries.get(o.id);
    return stored ? [entryView(stored, o.name)] : [];
  });
  const walk = snapshot.view.map((s) => ({ organisationId: s.organisation.id, organisationName: s.organisation.name, round: s.round, status: s.status, skippedBecause: s.skippedBecause }));
  const { status, includeAgencies } = snapshot.state;
  return { meetingId: meeting.id, status, includeAgencies, questions: snapshot.questions, entries, walk } satisfies RoundTablePayload;
}

/**
 * Registers the round-table API: entries, walk, history, questions, settings.
 */
export function registerRoundTableRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger, stores } = ctx;
  const { meetings, clock, roundTable: hub } = app;
  const organisation = async (member: Member, orgId: string): Promise<Organisation> => {
    const stored = await stores.organisations.get(member.networkId, orgId);
    if (!stored) throw organisationNotFound();
    return stored.value;
  };

  server.get("/api/v1/meetings/:meetingId/round-table", route(logger, async (req) => {
    const { meeting } = await meetings.getFor((await ctx.caller(req)).aadObjectId, req.params.meetingId);
    return { status: 200, body: await roundTableBody(hub, meeting.value) };
  }));

  server.put("/api/v1/meetings/:meetingId/round-table/settings", route(logger, async (req) => {
    const { meeting, member } = await meetings.getFor((await ctx.caller(req)).aadObjectId, req.params.meetingId);
    const snapshot = await hub.setIncludeAgencies(member, meeting.value, () => parseBody(settingsInput, req.body).includeAgencies, clock.now());
    return { status: 200, body: { meetingId: meeting.value.id, includeAgencies: snapshot.state.includeAgencies } satisfies RoundTableSettingsPayload };
  }));

  server.put("/api/v1/meetings/:meetingId/round-table/:orgId", route(logger, async (req) => {
    const { meeting, member } = await meetings.getFor((await ctx.caller(req)).aadObjectId, req.params.meetingId);
    const org = await organisation(member, req.params.orgId);
    const input = parseBody(entryInput, req.body);
    const { state } = await hub.board.snapshot(meeting.value);
    const stored = await hub.writeEntry({
      meeting: meeting.value, organisation: org, editor: member, text: input.text, fields: input.fields, ifMatch: ifMatch(req), now: clock.now(),
      inMeetingChat: state.status === "running" || state.status === "paused", language: await hub.language(meeting.value.networkId),
    });
    return { status: 200, body: { entry: entryView(stored, org.name), etag: stored.etag } satisfies RoundTableEntrySaved, headers: { ETag: stored.etag } };
  }));

  server.get("/api/v1/meetings/:meetingId/round-table/:orgId/versions", route(logger, async (req) => {
    const { meeting, member } = await meetings.getFor((await ctx.caller(req)).aadObjectId, req.params.meetingId);
    const org = await organisation(member, req.params.orgId);
    const versions = (await hub.entries.versions(meeting.value.id, org.id)).map((v) => ({
      text: v.text, fields: v.fields, reporterName: v.reporterName, submitted: v.submitted, updatedAt: v.updatedAt, replacedAt: v.replacedAt, replacedByName: v.replacedByName,
    }));
    return { status: 200, body: { meetingId: meeting.value.id, organisationId: org.id, versions } satisfies RoundTableVersions };
  }));

  server.get("/api/v1/organisations/:orgId/round-table", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const org = await organisation(member, req.params.orgId);
    const entries = (await hub.entries.history(member.networkId, org.id)).map(({ meeting, entry }) => ({
      meetingId: meeting.id, meetingTitle: meeting.title, startUtc: meeting.startUtc, text: entry.text, fields: entry.fields, reporterName: entry.reporterName, updatedAt: entry.updatedAt,
    }));
    return { status: 200, body: { organisationId: org.id, organisationName: org.name, entries } satisfies RoundTableHistory };
  }));

  server.get("/api/v1/round-table/questions", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    return { status: 200, body: { questions: await questionsOf(stores, member.networkId) } satisfies RoundTableQuestionsPayload };
  }));

  server.put("/api/v1/round-table/questions", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const saved = await hub.saveQuestions(member, () => parseBody(questionsInput, req.body).questions, clock.now());
    return { status: 200, body: { questions: saved.questions } satisfies RoundTableQuestionsPayload };
  }));

}
