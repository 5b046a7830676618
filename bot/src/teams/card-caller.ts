import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Language, Organisation } from "../domain/network";
import { cardActionRefusedCard } from "../meeting-link/meeting-choice-card";
import { meetingNotFound } from "../meetings/meetings";
import { notAMember } from "../register/directory";
import { organisationNotFound } from "../round-table/round-table-entries";
import type { Card } from "../shared/card";
import type { BotContext } from "./bot-app";

/** Who pressed a 1:1 card's button, in which meeting (and for which organisation, when the card names one). */
export interface CardCaller {
  readonly meeting: Meeting;
  readonly member: Member;
  readonly organisation?: Organisation;
}

/**
 * Resolves a card press to its meeting and the caller's active membership of the meeting's network (and the
 * organisation the card names, when `organisationId` is given), or the refusal card to answer with instead.
 * @example const caller = await cardCaller(ctx, data.meetingId, turn.activity.from.aadObjectId, "sv"); if ("refusal" in caller) return caller.refusal;
 */
export async function cardCaller(ctx: BotContext, meetingId: unknown, aadObjectId: string | undefined, language: Language, organisationId?: unknown): Promise<CardCaller | { refusal: Card }> {
  const [row] = await ctx.stores.meetings.where("meetingId", String(meetingId ?? ""));
  if (!row) return { refusal: cardActionRefusedCard(meetingNotFound().text[language]) };
  const meeting = row.value;
  const member = (await ctx.stores.members.get(meeting.networkId, aadObjectId ?? ""))?.value;
  if (!member?.active) return { refusal: cardActionRefusedCard(notAMember().text[language]) };
  if (organisationId === undefined) return { meeting, member };
  const organisation = (await ctx.stores.organisations.get(meeting.networkId, String(organisationId ?? "")))?.value;
  if (!organisation) return { refusal: cardActionRefusedCard(organisationNotFound().text[language]) };
  return { meeting, member, organisation };
}
