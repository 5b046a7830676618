import type { Server } from "restify";
import { z } from "zod";
import { invalid } from "../domain/errors";
import { assertMay } from "../domain/roles";
import { AttendanceWrites } from "../services/attendance-writes";
import type { Meetings } from "../services/meetings";
import { listsOf, RollCallService, type RollCallSnapshot } from "../services/roll-call";
import type { Notifier } from "../teams/notifier";
import { RollCallCards } from "../teams/roll-call-cards";
import { RoundTableHub } from "../teams/round-table/round-table-hub";
import type { ApiContext } from "./api-context";
import { route } from "./route";
import { parseBody } from "./validate";

const attendanceInput = z.object({
  name: z.string().max(200).optional(),
  organisationId: z.string().min(1).max(100).optional(),
  organisationName: z.string().max(200).optional(),
  status: z.enum(["present", "absent"]),
  items: z.array(z.number().int().min(1).max(999)).max(50).optional(),
}).strict();

// Control characters are refused in ids (they could not be stored as keys anyway).
// eslint-disable-next-line no-control-regex
const BAD_ID = /[\u0000-\u001F\u007F-\u009F]/;

function personIdOf(raw: string | undefined): string {
  const personId = (raw ?? "").trim();
  if (personId === "" || personId.length > 200 || BAD_ID.test(personId)) {
    throw invalid("invalid_person_id", "Ogiltigt person-id.", "Invalid person id.");
  }
  return personId;
}

/** The attendance body of the API contract. */
function attendanceBody(snapshot: RollCallSnapshot) {
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
export function registerAttendanceRoutes(server: Server, ctx: ApiContext, meetings: Meetings, notifier: Notifier): void {
  const rollCalls = new RollCallService(ctx.stores);
  const writes = new AttendanceWrites(ctx.stores, rollCalls);
  const cards = new RollCallCards(rollCalls, notifier, ctx.logger.child({ component: "roll-call" }), new RoundTableHub(ctx.stores, notifier, ctx.logger.child({ component: "round-table" })));

  server.get("/api/v1/meetings/:meetingId/attendance", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    const { meeting } = await meetings.getFor(caller.aadObjectId, req.params.meetingId);
    return { status: 200, body: attendanceBody(await rollCalls.snapshot(meeting.value.id)) };
  }));

  server.put("/api/v1/meetings/:meetingId/attendance/:personId", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    const { meeting, member } = await meetings.getFor(caller.aadObjectId, req.params.meetingId);
    assertMay(member, "mark-attendance", meeting.value);
    const input = parseBody(attendanceInput, req.body);
    const personId = personIdOf(req.params.personId);
    const person = writes.personForApi(await rollCalls.snapshot(meeting.value.id), personId, input);
    const record = await writes.mark(meeting.value, member, person, input.status, input.items ?? [], { fromChat: false });
    await cards.update(meeting.value.id);
    ctx.logger.info({ meetingId: meeting.value.id, personId, by: member.aadObjectId, status: record.status }, "attendance corrected");
    return { status: 200, body: record };
  }));
}
