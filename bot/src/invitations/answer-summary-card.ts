import type { Meeting } from "../domain/meeting";
import type { Language } from "../domain/network";
import type { AnswerSummary } from "../domain/answer-summary";
import { stockholmParts } from "../domain/time";
import { invitationTexts } from "./texts";
import { adaptiveCard, meetingWhen, shorten, text, type Card, type CardElement } from "../shared/card-parts";

// Long lists are cut so that the card stays far below Teams' message size limit.
const MAX_NAMES = 60;
const MAX_COMMENTS = 20;

function list(items: readonly string[], language: Language, max = MAX_NAMES): string {
  const t = invitationTexts[language];
  if (items.length === 0) return t.none;
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} ${t.andMore(items.length - max)}` : shown;
}

function section(title: string, body: string): CardElement[] {
  return [text(title, { weight: "Bolder", spacing: "Medium" }), text(body, { spacing: "None" })];
}

/**
 * The coordinator's summary of the answers (Adaptive Card 1.5): counts per answer, who has not answered,
 * organisations nobody comes from, tentative acceptances from Outlook, substitutes and comments. One message, updated in place. With `reached`
 * (the invitees whose card got through), those without an answer whom the invitation never reached are
 * counted and listed as "could not be reached", apart from those who got it and have not answered.
 */
export function answerSummaryCard(meeting: Meeting, summary: AnswerSummary, language: Language, now: Date, reached?: ReadonlySet<string>): Card {
  const t = invitationTexts[language];
  const { totals } = summary;
  const who = (r: AnswerSummary["responses"][number]) => `${r.displayName} (${r.organisationName})`;
  const substitutes = summary.responses.filter((r) => r.answer === "substitute").map((r) => t.substituteFor(r.substituteName ?? "", r.displayName, r.organisationName));
  const comments = summary.responses.filter((r) => r.comment).map((r) => `${r.displayName}: ${shorten(r.comment ?? "", 200)}`);
  const tentative = summary.responses.filter((r) => r.answer === "attending" && r.tentative).map((r) => `${who(r)}: ${t.attendingTentative}`);
  const unanswered = summary.responses.filter((r) => r.answer === null);
  const notReached = reached ? unanswered.filter((r) => !reached.has(r.memberId)) : [];
  const notAnswered = unanswered.filter((r) => !notReached.includes(r));
  const body: CardElement[] = [
    text(t.summaryTitle(meeting.title), { size: "Medium", weight: "Bolder" }),
    text(meetingWhen(meeting, language), { isSubtle: true, spacing: "None" }),
    ...(meeting.status === "cancelled" ? [text(t.cancelled, { color: "Attention", weight: "Bolder" })] : []),
    {
      type: "FactSet",
      facts: [
        { title: t.answers.attending, value: String(totals.attending) },
        ...(tentative.length > 0 ? [{ title: `– ${t.ofWhichTentative}`, value: String(tentative.length) }] : []),
        { title: t.answers.substitute, value: String(totals.substitute) },
        { title: t.answers.declined, value: String(totals.declined) },
        { title: t.noAnswer, value: String(notAnswered.length) },
        ...(reached ? [{ title: t.notReached, value: String(notReached.length) }] : []),
      ],
    },
    ...(tentative.length > 0 ? section(t.tentativeTitle, list(tentative, language)) : []),
    ...section(t.noAnswer, list(notAnswered.map(who), language)),
    ...(notReached.length > 0 ? [...section(t.notReached, list(notReached.map(who), language)), text(t.notReachedAdvice, { isSubtle: true, size: "Small", spacing: "None" })] : []),
    ...section(t.nobodyFrom, list(summary.organisationsWithNobodyComing.map((o) => o.name), language)),
    ...(substitutes.length > 0 ? section(t.substitutes, list(substitutes, language)) : []),
    ...(comments.length > 0 ? [text(t.comments, { weight: "Bolder", spacing: "Medium" }), ...comments.slice(0, MAX_COMMENTS).map((c) => text(c, { spacing: "None", size: "Small" }))] : []),
    text(t.updatedAt(stockholmParts(now).time), { isSubtle: true, size: "Small" }),
  ];
  return adaptiveCard(body);
}
