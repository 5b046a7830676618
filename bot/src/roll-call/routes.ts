import type { AttendanceSaved } from "../api/contract";
import type { AttendancePayload } from "../api/contract";
import type { Server } from "restify";
import type { AppServices } from "../app-services";
import { z } from "zod";
import { invalid } from "../domain/errors";
import { hasSingleLineControls } from "../domain/text-rules";
import { listsOf, type RollCallSnapshot } from "./roll-call-service";
import type { ApiContext } from "../api/api-context";
import { route } from "../api/route";
import { parseBody } from "../api/validate";

export const attendanceInput = z.object({
  name: z.string().max(200).optional(),
  organisationId: z.string().min(1).max(100).optional(),
  organisationName: z.string().max(200).optional(),
  status: z.enum(["present", "absent"]),
  items: z.array(z.number().int().min(1).max(999)).max(50).optional(),
}).strict();


function personIdOf(raw: string | undefined): string {
  const personId = (raw ?? "").trim();
  if (personId === "" || personId.length > 200 || hasSingleLineControls(personId)) {
    throw invalid("invalid_person_id", "Ogiltigt person-id.", "Invalid person id.");
  }
  return personId;
}

/** The attendance body of the API contract (also part of the meeting page). */
export function attendanceBody(snapshot: RollCallSnapshot): AttendancePayload {
  const lists = listsOf(snapshot);
  const line = (l: { personId: string; text: string }) => ({ personId: l.personId, text: l.text });
  return {
    meetingId: snapshot.meeting.value.id,
    rollCall: snapshot.state,
    records: snapshot.attendance,
    lists: {
      present: lists.present.map(line),
      absent: lists.absent.map(line),
      organisationsWithNobody: lists.organisationsWithNobody.map((o) => ({ id: o.id, name: o.name })),
    },
  };
}

/**
 * Registers `GET /api/v1/meetings/{id}/attendance` (members of the meeting's network) and
 * `PUT /api/v1/meetings/{id}/attendance/{personId}` (chair, secretary, coordinator; also after the roll call
 * closed, for corrections). A change also updates the roll-call card posted in the meeting chat.
 */
export function registerAttendanceRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { meetings } = app;
  const { rollCalls, writes, cards } = app.rollCall;

  server.get("/api/v1/meetings/:meetingId/attendance", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    const { meeting } = await meetings.getFor(caller.aadObjectId, req.params.meetingId);
    return { status: 200, body: attendanceBody(await rollCalls.snapshot(meeting.value.id)) };
  }));

  server.put("/api/v1/meetings/:meetingId/attendance/:personId", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    const { meeting, member } = await meetings.getFor(caller.aadObjectId, req.params.meetingId);
    const record = await writes.correct(meeting.value, member, () => {
      const input = parseBody(attendanceInput, req.body);
      return { ...input, personId: personIdOf(req.params.personId) };
    });
    const { personId } = record;
    await cards.update(meeting.value.id);
    ctx.logger.info({ meetingId: meeting.value.id, personId, by: member.aadObjectId, status: record.status }, "attendance corrected");
    return { status: 200, body: record satisfies AttendanceSaved };
  }));
}
