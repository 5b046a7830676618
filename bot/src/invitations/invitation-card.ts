import type { AgendaItem } from "../domain/agenda";
import type { Meeting } from "../domain/meeting";
import type { Language } from "../domain/network";
import type { Answer } from "../domain/answer";
import { formatDateTime } from "../domain/time";
import { invitationTexts } from "./texts";
import { adaptiveCard, errorLine, executeAction, meetingWhen, shorten, text, type Card, type CardElement } from "../shared/card-parts";

/** What an invitee's card shows. */
export interface InvitationCardInput {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  networkName: string;
  memberId: string;
  rsvp?: Answer;
  language: Language;
  calendarUrl: string;
  chairName?: string;
  secretaryName?: string;
  now: Date;
  /** `edit` shows the answer buttons even when there is an answer ("Ändra svar"). */
  mode?: "view" | "edit";
  error?: string;
}

// Teams refuses messages over ~28 KB: the agenda gets a byte budget and the rest is summarised.
const AGENDA_BUDGET_BYTES = 14_000;

function agendaBlocks(agenda: readonly AgendaItem[], language: Language): CardElement[] {
  const t = invitationTexts[language];
  if (agenda.length === 0) return [];
  const blocks: CardElement[] = [text(t.agenda, { weight: "Bolder", spacing: "Medium", separator: true })];
  let used = 0;
  for (const [index, item] of agenda.entries()) {
    const details = [item.plannedMinutes ? t.minutes(item.plannedMinutes) : "", shorten(item.presenters.join(", "), 150)].filter(Boolean).join(" · ");
    const block = [text(`${item.number}. ${shorten(item.title, 200)}${details ? ` (${details})` : ""}`, { spacing: "Small" })];
    if (item.description) block.push(text(shorten(item.description, 240), { isSubtle: true, size: "Small", spacing: "None" }));
    used += Buffer.byteLength(JSON.stringify(block));
    if (used > AGENDA_BUDGET_BYTES) {
      blocks.push(text(t.moreItems(agenda.length - index), { isSubtle: true }));
      break;
    }
    blocks.push(...block);
  }
  return blocks;
}

function answerBlocks(input: InvitationCardInput, editing: boolean, closed: boolean): CardElement[] {
  const t = invitationTexts[input.language];
  const blocks: CardElement[] = [];
  if (input.rsvp) {
    const answer = input.rsvp.tentative && input.rsvp.answer === "attending" ? t.attendingTentative : t.answers[input.rsvp.answer];
    blocks.push(text(t.yourAnswer(answer), { weight: "Bolder", spacing: "Medium", separator: true }));
    if (input.rsvp.substituteName) blocks.push(text(t.substituteIs(input.rsvp.substituteName), { spacing: "None" }));
    if (input.rsvp.comment && !editing) blocks.push(text(t.commentIs(shorten(input.rsvp.comment, 300)), { spacing: "None", isSubtle: true }));
  }
  if (editing) {
    blocks.push({ type: "Input.Text", id: "comment", label: t.comment, isMultiline: true, maxLength: 1000, value: input.rsvp?.comment ?? "", separator: !input.rsvp });
  } else if (input.rsvp && !closed) {
    blocks.push(text(t.changeUntil, { isSubtle: true, size: "Small" }));
  }
  return blocks;
}

function answerActions(input: InvitationCardInput, editing: boolean): CardElement[] {
  const t = invitationTexts[input.language];
  const base = { meetingId: input.meeting.id, memberId: input.memberId };
  if (!editing) return [executeAction(t.change, "rsvp.change", base)];
  return [
    executeAction(t.answers.attending, "rsvp.answer", { ...base, answer: "attending" }, { style: "positive" }),
    executeAction(t.answers.declined, "rsvp.answer", { ...base, answer: "declined" }),
    {
      type: "Action.ShowCard",
      title: t.answers.substitute,
      card: adaptiveCard(
        [{ type: "Input.Text", id: "substituteName", label: t.substituteName, isRequired: true, errorMessage: t.substituteRequired, maxLength: 200, value: input.rsvp?.substituteName ?? "" }],
        [executeAction(t.send, "rsvp.answer", { ...base, answer: "substitute" })],
      ),
    },
  ];
}

/**
 * The invitation an invitee gets in their 1:1 chat (Adaptive Card 1.5): meeting facts in Stockholm time,
 * agenda, join and calendar links, and either the answer buttons, their answer with "Ändra svar", or why
 * answering is closed (started, cancelled).
 */
export function invitationCard(input: InvitationCardInput): Card {
  const { meeting, language } = input;
  const t = invitationTexts[language];
  const cancelled = meeting.status === "cancelled";
  const closed = cancelled || input.now.getTime() >= Date.parse(meeting.startUtc) || !["draft", "invited"].includes(meeting.status);
  const editing = !closed && (input.mode === "edit" || !input.rsvp);
  const facts = [
    { title: t.when, value: meetingWhen(meeting, language) },
    { title: t.form, value: t.forms[meeting.form] },
    { title: t.place, value: meeting.place },
    ...(meeting.replyByUtc ? [{ title: t.replyBy, value: formatDateTime(meeting.replyByUtc, language) }] : []),
    ...(input.chairName ? [{ title: t.chair, value: input.chairName }] : []),
    ...(input.secretaryName ? [{ title: t.secretary, value: input.secretaryName }] : []),
  ];
  const links: CardElement[] = [
    ...(meeting.joinUrl && !cancelled ? [{ type: "Action.OpenUrl", title: t.join, url: meeting.joinUrl }] : []),
    { type: "Action.OpenUrl", title: t.calendar, url: input.calendarUrl },
  ];
  const body: CardElement[] = [
    ...(input.error ? [errorLine(input.error)] : []),
    text(`${cancelled ? t.cancelledTitle : t.invitation}: ${meeting.title}`, { size: "Large", weight: "Bolder", ...(cancelled ? { color: "Attention" } : {}) }),
    text(input.networkName, { isSubtle: true, spacing: "None" }),
    { type: "FactSet", facts },
    { type: "ActionSet", actions: links },
    ...agendaBlocks(input.agenda, language),
    ...answerBlocks(input, editing, closed),
    ...(closed ? [text(cancelled ? t.cancelled : t.started, { color: "Attention", weight: "Bolder", spacing: "Medium" })] : []),
  ];
  return adaptiveCard(body, closed ? [] : answerActions(input, editing));
}
