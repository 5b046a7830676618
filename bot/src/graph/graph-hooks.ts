import type { InvitationGraphHooks } from "../invitations/invitation-sender";
import type { GraphServices } from "./graph-services";

/** The invitations feature's hooks over the Graph services: the calendar event follows the meeting. */
export function graphHooks(graph: GraphServices): InvitationGraphHooks {
  return {
    beforeInvitations: (meeting) => graph.beforeInvitations(meeting),
    changed: async (meeting, change) => {
      if (!(await graph.events.recordOf(meeting.id))) return;
      if (change === "cancelled") await graph.events.cancel(meeting);
      else await graph.events.sync(meeting);
    },
  };
}
