import type { AgendaItem } from "./agenda";
import type { Meeting } from "./meeting";

/** An open action point of an earlier meeting, shown as "Uppföljning" until it is done. */
export interface FollowUp {
  meetingId: string;
  meetingTitle: string;
  startUtc: string;
  itemNumber: number;
  actionId: string;
  what: string;
  owner: string;
  due?: string;
}

/**
 * The action points not yet done from the network's meetings before this one (cancelled meetings
 * excluded), oldest meeting first, then by item.
 */
export function collectFollowUps(
  current: Pick<Meeting, "id" | "startUtc">,
  earlier: readonly { meeting: Pick<Meeting, "id" | "title" | "startUtc" | "status">; agenda: readonly AgendaItem[] }[],
): FollowUp[] {
  return earlier
    .filter(({ meeting }) => meeting.id !== current.id && meeting.status !== "cancelled" && meeting.startUtc < current.startUtc)
    .sort((a, b) => a.meeting.startUtc.localeCompare(b.meeting.startUtc))
    .flatMap(({ meeting, agenda }) =>
      [...agenda]
        .sort((a, b) => a.number - b.number)
        .flatMap((item) =>
          item.actions
            .filter((action) => !action.done)
            .map((action) => ({
              meetingId: meeting.id, meetingTitle: meeting.title, startUtc: meeting.startUtc, itemNumber: item.number,
              actionId: action.id, what: action.what, owner: action.owner, ...(action.due ? { due: action.due } : {}),
            })),
        ),
    );
}
