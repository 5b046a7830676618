import type { Server } from "restify";
import { z } from "zod";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { parseBody } from "../api/validate";
import type { AppServices } from "../app-services";
import { conflict, notFound } from "../domain/errors";
import { activeMembers } from "../domain/member";
import { assertMay } from "../domain/roles";
import type { StubAttendanceRecord } from "../graph/stub/graph-stub";

const answerInput = z.object({ meetingId: z.string().min(1).max(100), response: z.enum(["accepted", "tentativelyAccepted", "declined"]) }).strict();
const attendanceInput = z.object({ meetingId: z.string().min(1).max(100) }).strict();

const off = () => notFound("not_found", "Finns inte.", "Not found.");

/**
 * The local demo of the Graph features (local mode with GRAPH_DEMO only; 404 otherwise):
 * `POST /api/v1/dev/graph/answer` answers the calendar invitation as the caller would in Outlook, and
 * `POST /api/v1/dev/graph/attendance` makes the meeting's attendance report from the answers, as Teams would.
 */
export function registerGraphDemoRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const stub = app.graph?.demoStub;

  server.post("/api/v1/dev/graph/answer", route(ctx.logger, async (req) => {
    if (!ctx.localMode || !stub || !app.graph) throw off();
    const caller = await ctx.caller(req);
    const input = parseBody(answerInput, req.body);
    const { member } = await app.meetings.getFor(caller.aadObjectId, input.meetingId);
    const event = await app.graph.events.recordOf(input.meetingId);
    if (!event || !member.email) throw conflict("no_calendar_event", "Kallelsen har inte skickats till kalendern än.", "The invitation has not been sent to the calendar yet.");
    stub.calendar.respond(member.email, input.response, app.clock.now().toISOString(), event.eventId);
    const run = await app.graph.sync.runOnce();
    return { status: 200, body: { applied: run.applied } };
  }));

  server.post("/api/v1/dev/graph/attendance", route(ctx.logger, async (req) => {
    if (!ctx.localMode || !stub || !app.graph) throw off();
    const caller = await ctx.caller(req);
    const input = parseBody(attendanceInput, req.body);
    const { meeting, member } = await app.meetings.getFor(caller.aadObjectId, input.meetingId);
    assertMay(member, "mark-attendance", meeting.value);
    const event = await app.graph.events.recordOf(meeting.value.id);
    if (!event?.joinUrl) throw conflict("no_teams_meeting", "Mötet har ingen Teams-länk från kalendern.", "The meeting has no Teams link from the calendar.");
    const [answers, members] = await Promise.all([app.invitations.answers.summary(meeting.value), ctx.stores.members.list(meeting.value.networkId)]);
    const start = Date.parse(meeting.value.startUtc);
    const end = Date.parse(meeting.value.endUtc);
    const iso = (ms: number) => new Date(ms).toISOString();
    const coming = new Set(answers.responses.filter((r) => r.answer === "attending").map((r) => r.memberId));
    const people = activeMembers(members.map((m) => m.value)).filter((m) => coming.has(m.aadObjectId));
    // Everyone who said yes stays throughout, except that the last one leaves halfway, and a guest speaker drops in.
    const records: StubAttendanceRecord[] = people.map((m, i) => ({
      emailAddress: m.email ?? null, totalAttendanceInSeconds: 0, role: "Attendee",
      identity: { id: m.aadObjectId, displayName: m.displayName, tenantId: null },
      attendanceIntervals: [{ joinDateTime: iso(start), leaveDateTime: iso(i === people.length - 1 ? (start + end) / 2 : end), durationInSeconds: 0 }],
    }));
    records.push({ emailAddress: null, totalAttendanceInSeconds: 0, role: "Attendee", identity: { id: "demo-guest-speaker", displayName: "Gästföreläsare (demo)", tenantId: null }, attendanceIntervals: [{ joinDateTime: iso(end - 20 * 60_000), leaveDateTime: iso(end), durationInSeconds: 1200 }] });
    stub.setAttendance(event.joinUrl, { start: iso(start), end: iso(end), records });
    return { status: 200, body: { participants: records.length } };
  }));
}
