import { createIfAbsent } from "../storage/create-if-absent";
import { CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { languageOf } from "../shared/language";
import { findMeetingForChat, linkMeetingToChat } from "./meeting-chat-link";
import type { Stored } from "../storage/repository";
import type { BotContext } from "../teams/bot-app";
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
 * Finds the network meeting of the chat the turn came from and the caller's membership. When it cannot,
 * it tells the user why (not a meeting chat, not a member, no meeting) or asks the coordinator — once per
 * chat — to choose among several meetings, and returns undefined.
 */
export async function meetingOfChat(turn: TurnContext, ctx: BotContext): Promise<MeetingInChat | undefined> {
  const sv = languageOf(turn.activity.locale) === "sv";
  if (turn.activity.conversation.conversationType === "personal") {
    await turn.sendActivity(sv ? "Skriv det här i mötets chatt." : "Type this in the meeting chat.");
    return undefined;
  }
  const memberships = await ctx.services.directory.membershipsOf(turn.activity.from.aadObjectId ?? "");
  if (memberships.length === 0) {
    await turn.sendActivity(sv
      ? "Du är inte registrerad som medlem i nätverket. Kontakta nätverkets samordnare om du ska ha tillgång."
      : "You are not registered as a member of the network. Contact the network's coordinator if you should have access.");
    return undefined;
  }
  const link = await findMeetingForChat(ctx.stores, chatOf(turn), memberships.map((m) => m.networkId), ctx.clock.now());
  if (link.kind === "linked") {
    const member = memberships.find((m) => m.networkId === link.meeting.value.networkId);
    if (member) return { meeting: link.meeting, member };
  }
  if (link.kind === "ambiguous") {
    await askCoordinatorOnce(turn, ctx, link.candidates);
    return undefined;
  }
  await turn.sendActivity(sv
    ? "Jag hittar inget nätverksmöte för den här chatten. Lägg in mötets Teams-länk i mötet (fliken Dagordning) och försök igen."
    : "I can't find a network meeting for this chat. Add the Teams link to the meeting (Agenda tab) and try again.");
  return undefined;
}

async function askCoordinatorOnce(turn: TurnContext, ctx: BotContext, candidates: Meeting[]): Promise<void> {
  const language = languageOf(turn.activity.locale);
  const asked = await createIfAbsent(ctx.stores.botState, { key: `chat-link-question/${turn.activity.conversation.id}`, state: { askedAt: ctx.clock.now().toISOString() } });
  if (!asked) {
    await turn.sendActivity(language === "sv" ? "Samordnaren behöver först välja möte på kortet ovan." : "The coordinator first needs to choose the meeting on the card above.");
    return;
  }
  await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(meetingChoiceCard(language, candidates))));
}

/** The card action that links the chat to the meeting the coordinator chose. */
export function meetingLinkFeature(ctx: BotContext): void {
  ctx.app.adaptiveCards.actionExecute<{ meetingId?: string }>(LINK_MEETING_VERB, async (turn, _state, data) => {
    const language = languageOf(turn.activity.locale);
    const sv = language === "sv";
    const [meeting] = await ctx.stores.meetings.where("meetingId", String(data.meetingId ?? ""));
    const member = meeting ? (await ctx.stores.members.get(meeting.value.networkId, turn.activity.from.aadObjectId ?? ""))?.value : undefined;
    if (!meeting || meeting.value.status === "cancelled") return cardActionRefusedCard(sv ? "Mötet finns inte." : "The meeting does not exist.");
    if (!member?.active || member.role !== "coordinator") {
      return cardActionRefusedCard(sv ? "Bara samordnaren kan välja möte." : "Only the coordinator can choose the meeting.");
    }
    if (meeting.value.chatConversationId && meeting.value.chatConversationId !== turn.activity.conversation.id) {
      return cardActionRefusedCard(sv ? "Mötet hör redan till en annan chatt." : "The meeting already belongs to another chat.");
    }
    const linked = await linkMeetingToChat(ctx.stores, meeting.value.id, chatOf(turn));
    ctx.logger.info({ meetingId: linked.value.id, conversationId: turn.activity.conversation.id }, "meeting chat linked");
    return meetingLinkedCard(language, linked.value);
  });
}
