import { createIfAbsent } from "../storage/create-if-absent";
import { CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { may } from "../domain/roles";
import { languageOf } from "../shared/language";
import { findMeetingForChat, linkMeetingToChat } from "./meeting-chat-link";
import type { Stored } from "../storage/repository";
import type { BotContext } from "../teams/bot-app";
import { meetingLinkTexts } from "./texts";
import { cardActionRefusedCard, LINK_MEETING_VERB, meetingChoiceCard, meetingLinkedCard } from "./meeting-choice-card";

/** The network meeting of a meeting chat and the caller's membership in its network. */
export interface MeetingInChat {
  meeting: Stored<Meeting>;
  member: Member;
}

/** The chat identity of a turn: conversation id and, in a meeting chat, the Teams meeting id. */
export function chatOf(turn: TurnContext) {
  const meeting = (turn.activity.channelData as { meeting?: { id?: string } } | undefined)?.meeting;
  return { conversationId: turn.activity.conversation.id, teamsMeetingId: meeting?.id };
}

/**
 * The chat's network meeting when it is the one a pressed card names, else undefined; posts nothing (in an
 * invoke every answer belongs on the presser's card). `networkIds` lets a join URL of those networks count.
 */
export async function cardMeetingInChat(turn: TurnContext, ctx: BotContext, meetingId: string, networkIds: readonly string[] = []): Promise<Meeting | undefined> {
  return (await cardMeetingRowInChat(turn, ctx, meetingId, networkIds))?.value;
}

/**
 * `cardMeetingInChat` with the meeting's stored row (and eTag), so that the turn need not read it again.
 * `recent`: the meeting row may be one read a few seconds ago (see `findMeetingForChat`).
 */
export async function cardMeetingRowInChat(turn: TurnContext, ctx: BotContext, meetingId: string, networkIds: readonly string[] = [], options: { recent?: boolean } = {}): Promise<Stored<Meeting> | undefined> {
  const link = await findMeetingForChat(ctx.stores, chatOf(turn), networkIds, ctx.clock.now(), options);
  return link.kind === "linked" && link.meeting.value.id === meetingId ? link.meeting : undefined;
}

/**
 * Finds the network meeting of the chat the turn came from and the caller's membership. When it cannot,
 * it tells the user why (not a meeting chat, not a member, no meeting) or asks the coordinator — once per
 * chat — to choose among several meetings, and returns undefined.
 */
export async function meetingOfChat(turn: TurnContext, ctx: BotContext): Promise<MeetingInChat | undefined> {
  const t = meetingLinkTexts[languageOf(turn.activity.locale)];
  if (turn.activity.conversation.conversationType === "personal") {
    await turn.sendActivity(t.typeInMeetingChat);
    return undefined;
  }
  const memberships = await ctx.services.directory.membershipsOf(turn.activity.from.aadObjectId ?? "");
  if (memberships.length === 0) {
    await turn.sendActivity(t.notAMember);
    return undefined;
  }
  const link = await findMeetingForChat(ctx.stores, chatOf(turn), memberships.map((m) => m.networkId), ctx.clock.now());
  if (link.kind === "linked") {
    const member = memberships.find((m) => m.networkId === link.meeting.value.networkId);
    if (member) return { meeting: link.meeting, member };
  }
  if (link.kind === "guessed") {
    // Only the coordinator or the meeting's chair binds a chat to a meeting by acting in it; anyone else is
    // told who can, and nothing is stored.
    const member = memberships.find((m) => m.networkId === link.meeting.networkId);
    if (member && may(member, "run-roll-call", link.meeting)) {
      const linked = await linkMeetingToChat(ctx.stores, link.meeting.id, chatOf(turn));
      ctx.logger.info({ meetingId: link.meeting.id, conversationId: turn.activity.conversation.id, by: member.aadObjectId }, "meeting chat linked by the chair or coordinator");
      return { meeting: linked, member };
    }
    await turn.sendActivity(t.notLinkedYet);
    return undefined;
  }
  if (link.kind === "ambiguous") {
    await askCoordinatorOnce(turn, ctx, link.candidates);
    return undefined;
  }
  await turn.sendActivity(t.noMeeting);
  return undefined;
}

async function askCoordinatorOnce(turn: TurnContext, ctx: BotContext, candidates: Meeting[]): Promise<void> {
  const language = languageOf(turn.activity.locale);
  const asked = await createIfAbsent(ctx.stores.botState, { key: `chat-link-question/${turn.activity.conversation.id}`, state: { askedAt: ctx.clock.now().toISOString() } });
  if (!asked) {
    await turn.sendActivity(meetingLinkTexts[language].chooseFirst);
    return;
  }
  await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(meetingChoiceCard(language, candidates))));
}

/** The card action that links the chat to the meeting the coordinator chose. */
export function meetingLinkFeature(ctx: BotContext): void {
  ctx.app.adaptiveCards.actionExecute<{ meetingId?: string }>(LINK_MEETING_VERB, async (turn, _state, data) => {
    const language = languageOf(turn.activity.locale);
    const t = meetingLinkTexts[language];
    const [meeting] = await ctx.stores.meetings.where("meetingId", String(data.meetingId ?? ""));
    const member = meeting ? (await ctx.stores.members.get(meeting.value.networkId, turn.activity.from.aadObjectId ?? ""))?.value : undefined;
    if (!meeting || meeting.value.status === "cancelled") return cardActionRefusedCard(t.noSuchMeeting);
    if (!member?.active || member.role !== "coordinator") {
      return cardActionRefusedCard(t.onlyCoordinator);
    }
    if (meeting.value.chatConversationId && meeting.value.chatConversationId !== turn.activity.conversation.id) {
      return cardActionRefusedCard(t.otherChat);
    }
    const linked = await linkMeetingToChat(ctx.stores, meeting.value.id, chatOf(turn));
    ctx.logger.info({ meetingId: linked.value.id, conversationId: turn.activity.conversation.id }, "meeting chat linked");
    return meetingLinkedCard(language, linked.value);
  });
}
