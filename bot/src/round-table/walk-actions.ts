import { MessageFactory, type TurnContext } from "botbuilder";
import { isAppError } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Language } from "../domain/network";
import { may } from "../domain/roles";
import { languageOf } from "../shared/language";
import type { BoardSnapshot } from "./round-table-board";
import { notAMember } from "../register/directory";
import { meetingNotFound } from "../meetings/meetings";
import { organisationNotFound } from "./round-table-entries";
import type { BotContext } from "../teams/bot-app";
import type { Card } from "../shared/card";
import { cardActionRefusedCard } from "../meeting-link/meeting-choice-card";
import { ROUND_TABLE_VERBS, roundTableWalkCard, type CardNotice, type CardViewer } from "./round-table-walk-card";
import { closingTexts, roundTableText } from "./texts";
import { closingSummary } from "./closing-summary";
import { cardMeetingInChat } from "../meeting-link/meeting-chat";
import type { RoundTableService } from "./round-table-service";

interface WalkData {
  meetingId?: string;
  step?: string;
  at?: string;
  includeAgencies?: boolean;
  organisationId?: string;
  etag?: string;
  text?: string;
}

type Refusal = { refused: Card };

/**
 * The meeting a walk card belongs to and the presser's membership, but only when the card's meeting is the
 * meeting of the chat it was pressed in. Answers with a card only: an invoke cannot carry a chat message.
 */
async function cardMeeting(turn: TurnContext, ctx: BotContext, meetingId: string, language: Language): Promise<{ meeting: Meeting; member: Member } | Refusal> {
  const [row] = await ctx.stores.meetings.where("meetingId", meetingId);
  if (!row) return { refused: cardActionRefusedCard(meetingNotFound().text[language]) };
  const member = (await ctx.stores.members.get(row.value.networkId, turn.activity.from.aadObjectId ?? ""))?.value;
  if (!member?.active) return { refused: cardActionRefusedCard(notAMember().text[language]) };
  const meeting = await cardMeetingInChat(turn, ctx, meetingId, [row.value.networkId]);
  if (!meeting) return { refused: cardActionRefusedCard(roundTableText(language).otherMeeting) };
  return { meeting, member };
}

/**
 * What this person may do on the card: lead, toggle agencies, edit their own (and, as secretary, the current)
 * text. Whoever leads a running walk gets their own organisation's form only on its turn, so that the
 * chair's card never offers her own text while another organisation has the floor.
 */
export function viewerFor(member: Member, meeting: Meeting, snapshot: BoardSnapshot): CardViewer {
  const { status, currentId } = snapshot.state;
  const leading = may(member, "run-round-table", meeting) && (status === "running" || status === "paused");
  const ownTurn = !leading || currentId === member.organisationId;
  const own = member.role !== "guest" && ownTurn && snapshot.stops.some((s) => s.organisation.id === member.organisationId) ? [member.organisationId] : [];
  const current = may(member, "edit-round-table-any", meeting) && snapshot.state.currentId ? [snapshot.state.currentId] : [];
  return {
    mayRun: may(member, "run-round-table", meeting),
    mayToggleAgencies: may(member, "manage-network"),
    editableOrganisationIds: [...new Set([...current, ...own])],
  };
}

/** Registers the walk card's actions: refresh, the chair's steps, the agencies toggle and editing a text. */
export function registerWalkActions(ctx: BotContext, hub: RoundTableService): void {
  const handle = (verb: string, act: (found: { meeting: Meeting; member: Member }, data: WalkData, language: Language) => Promise<CardNotice | undefined>) => {
    ctx.app.adaptiveCards.actionExecute<WalkData>(verb, async (turn, _state, data) => {
      const found = await cardMeeting(turn, ctx, String(data.meetingId ?? ""), languageOf(turn.activity.locale));
      if ("refused" in found) return found.refused;
      // A refresh is this person's own view in their Teams language; any other press is answered with the
      // shared card (the network's language), which is right for whoever sees it before a refresh.
      const personal = verb === ROUND_TABLE_VERBS.refresh;
      const language = personal ? languageOf(turn.activity.locale) : await hub.language(found.meeting.networkId);
      let notice: CardNotice | undefined;
      try {
        notice = await act(found, data, language);
      } catch (error) {
        if (!isAppError(error)) throw error;
        const hint = error.code === "concurrent_update" ? ` ${roundTableText(language).conflictMine}` : "";
        const keptText = data.organisationId && data.text !== undefined ? { organisationId: data.organisationId, text: data.text } : undefined;
        notice = { message: error.text[language] + hint, isError: true, keptText };
      }
      const snapshot = await hub.board.snapshot(found.meeting);
      // Without `refresh`: teams-ai would otherwise replace the message for everyone.
      return roundTableWalkCard(snapshot, language, { viewer: personal ? viewerFor(found.member, found.meeting, snapshot) : undefined, notice });
    });
  };
  handle(ROUND_TABLE_VERBS.refresh, async () => undefined);

  handle(ROUND_TABLE_VERBS.walk, async ({ meeting, member }, data, language) => {
    const step = String(data.step ?? "");
    const wasClosed = step === "close" && (await hub.board.snapshot(meeting)).state.status === "closed";
    const after = await hub.step(member, meeting, step, ctx.clock.now(), { from: "card", at: data.at ?? "" });
    ctx.logger.info({ meetingId: meeting.id, step, by: member.aadObjectId }, "round table step");
    if (step !== "close") return undefined;
    if (wasClosed) return { message: closingTexts[language].alreadyClosed };
    // The summary goes into the chat for everyone, as after "avsluta runda"; the presser also sees it on the card.
    const summary = closingSummary(after, language);
    if (after.state.conversationId) await ctx.notifier.sendToChat(after.state.conversationId, MessageFactory.text(summary));
    return { message: summary };
  });

  handle(ROUND_TABLE_VERBS.agencies, async ({ meeting, member }, data) => {
    await hub.setIncludeAgencies(member, meeting, () => data.includeAgencies === true, ctx.clock.now());
    return undefined;
  });

  handle(ROUND_TABLE_VERBS.edit, async ({ meeting, member }, data, language) => {
    const organisation = (await ctx.stores.organisations.get(meeting.networkId, String(data.organisationId ?? "")))?.value;
    if (!organisation) return { message: organisationNotFound().text[language], isError: true };
    const { state } = await hub.board.snapshot(meeting);
    await hub.writeEntry({
      meeting, organisation, editor: member, text: String(data.text ?? ""), ifMatch: data.etag || undefined, now: ctx.clock.now(),
      inMeetingChat: state.status === "running" || state.status === "paused", language: await hub.language(meeting.networkId),
    });
    return { message: roundTableText(language).saved(organisation.name) };
  });
}
