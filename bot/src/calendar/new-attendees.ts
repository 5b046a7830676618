import type { Clock } from "../domain/clock";
import type { Member } from "../domain/member";
import type { Logger } from "../logger";
import type { MemberActivated } from "../register/member-activated";
import type { Stores } from "../storage/repository";
import type { CalendarEvents } from "./calendar-events";

/**
 * A member who becomes active is added as an attendee to the calendar events of the network's upcoming
 * meetings (those with an event that is not cancelled): the event's attendee list is written in full.
 * It runs after the register write and never fails it: a Graph failure is logged and stored on the event row,
 * and the next send or change of the meeting writes the event again. Updates of one network run one after the
 * other, so a later member's list is never overwritten by an earlier one's.
 */
export function addNewAttendees(deps: { stores: Stores; events: CalendarEvents; logger: Logger; clock: Clock }): MemberActivated {
  const queues = new Map<string, Promise<void>>();
  const run = async (member: Member): Promise<void> => {
    const now = deps.clock.now().getTime();
    const meetings = (await deps.stores.meetings.list(member.networkId)).map((r) => r.value)
      .filter((m) => m.status !== "cancelled" && Date.parse(m.endUtc) > now);
    for (const meeting of meetings) {
      const outcome = await deps.events.updateAttendees(meeting);
      const context = { meetingId: meeting.id, networkId: member.networkId, memberId: member.aadObjectId };
      if (outcome.status === "updated") deps.logger.info(context, "new member added to the calendar event");
      if (outcome.status === "failed") deps.logger.warn({ ...context, reason: outcome.reason }, "new member not added to the calendar event; the next send or change adds them");
    }
  };
  const activated = (member: Member): void => {
    const previous = queues.get(member.networkId) ?? Promise.resolve();
    const next = previous.then(() => run(member)).catch((error: unknown) => {
      deps.logger.error({ err: error, networkId: member.networkId, memberId: member.aadObjectId }, "new member not added to the calendar events; the next send or change adds them");
    });
    queues.set(member.networkId, next);
    void next.then(() => {
      if (queues.get(member.networkId) === next) queues.delete(member.networkId);
    });
  };
  return activated;
}
