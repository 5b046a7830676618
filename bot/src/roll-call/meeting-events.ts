import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Meeting, MeetingStatus } from "../domain/meeting";
import { findMeetingForChat } from "../meeting-link/meeting-chat-link";
import { advanceMeetingStatus } from "../meetings/meeting-status";
import type { BotContext } from "../teams/bot-app";
import type { RollCallServices } from "./roll-call-services";

/**
 * Names Teams sends for participant events (singular, as botbuilder's TeamsActivityHandler expects). teams-ai
 * 1.7.4's `app.meetings.participantsJoin/Leave` listen for the plural names only, so these are routed here;
 * the plural names are accepted too in case a client ever sends them.
 */
export const PARTICIPANT_EVENTS = {
  join: ["application/vnd.microsoft.meetingParticipantJoin", "application/vnd.microsoft.meetingParticipantsJoin"],
  leave: ["application/vnd.microsoft.meetingParticipantLeave", "application/vnd.microsoft.meetingParticipantsLeave"],
} as const;

/** The `value` of a participant event, as Microsoft documents it. */
interface ParticipantEventValue {
  members?: { user?: { id?: string; aadObjectId?: string; name?: string }; meeting?: { inMeeting?: boolean; role?: string } }[];
}

const eventNamed = (names: readonly string[]) => async (turn: TurnContext) =>
  turn.activity.type === ActivityTypes.Event && turn.activity.channelId === "msteams" && names.includes(turn.activity.name ?? "");

// Events only act on a chat already linked to a network meeting (by chat id or Teams meeting id): guessing by
// time, as a chat command may, is left to people.
async function linkedMeeting(turn: TurnContext, ctx: BotContext): Promise<Meeting | undefined> {
  const teamsMeetingId = (turn.activity.channelData as { meeting?: { id?: string } } | undefined)?.meeting?.id;
  const link = await findMeetingForChat(ctx.stores, { conversationId: turn.activity.conversation.id, teamsMeetingId }, [], ctx.clock.now());
  return link.kind === "linked" ? link.meeting.value : undefined;
}

/**
 * Meeting events: start and end move the meeting to in-progress and minutes-draft when the domain allows it;
 * joins pre-fill presence (source `join-event`) for network members nobody has recorded yet. Events are
 * unreliable, so they only add: a leave never marks anyone absent, and people the bot cannot identify are
 * left for the chair to record by name.
 */
export function registerMeetingEvents(ctx: BotContext, deps: RollCallServices): void {
  const log = ctx.logger.child({ component: "meeting-events" });
  const moveTo = (to: MeetingStatus) => async (turn: TurnContext) => {
    const meeting = await linkedMeeting(turn, ctx);
    if (!meeting) return log.info({ conversationId: turn.activity.conversation.id, event: turn.activity.name }, "meeting event for an unlinked chat");
    const moved = await advanceMeetingStatus(ctx.stores, meeting.id, to);
    log.info({ meetingId: meeting.id, from: meeting.status, to, moved }, "meeting event");
  };
  ctx.app.meetings.start(moveTo("in-progress"));
  ctx.app.meetings.end(moveTo("minutes-draft"));

  ctx.app.activity(eventNamed(PARTICIPANT_EVENTS.join), async (turn) => {
    const meeting = await linkedMeeting(turn, ctx);
    if (!meeting) return;
    const people = (turn.activity.value as ParticipantEventValue | undefined)?.members ?? [];
    let added = 0;
    const unknown: string[] = [];
    for (const person of people) {
      const member = person.user?.aadObjectId ? (await ctx.stores.members.get(meeting.networkId, person.user.aadObjectId))?.value : undefined;
      if (!member?.active) unknown.push(person.user?.id ?? "?");
      else if (await deps.writes.recordJoin(meeting, member)) added += 1;
    }
    if (added > 0) await deps.cards.update(meeting.id);
    log.info({ meetingId: meeting.id, added, unknown }, "participants joined");
  });

  ctx.app.activity(eventNamed(PARTICIPANT_EVENTS.leave), async (turn) => {
    const people = (turn.activity.value as ParticipantEventValue | undefined)?.members ?? [];
    log.info({ conversationId: turn.activity.conversation.id, left: people.map((p) => p.user?.aadObjectId ?? p.user?.id) }, "participants left (not recorded as absence)");
  });
}
