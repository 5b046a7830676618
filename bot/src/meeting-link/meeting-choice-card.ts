import type { Meeting } from "../domain/meeting";
import type { Language } from "../domain/network";
import { formatDateTime } from "../domain/time";
import { card, text, type Card } from "../shared/card";
import { meetingLinkTexts } from "./texts";

/** Verb of the button that links a meeting chat to a network meeting. */
export const LINK_MEETING_VERB = "meeting.link";

/** Card asking the coordinator which network meeting this Teams chat belongs to. */
export function meetingChoiceCard(language: Language, candidates: readonly Meeting[]): Card {
  const t = meetingLinkTexts[language];
  return card(
    [text(t.choiceTitle, { weight: "Bolder", size: "Medium" }), text(t.choiceHint)],
    candidates.map((m) => ({
      type: "Action.Execute",
      verb: LINK_MEETING_VERB,
      title: `${m.title} — ${formatDateTime(m.startUtc, language)}`,
      data: { meetingId: m.id },
    })),
  );
}

/** Card confirming the link. */
export function meetingLinkedCard(language: Language, meeting: Meeting): Card {
  const when = formatDateTime(meeting.startUtc, language);
  return card([text(meetingLinkTexts[language].linked(meeting.title, when))]);
}

/** A card that only says what went wrong, in place of the card the user pressed. */
export function cardActionRefusedCard(message: string): Card {
  return card([text(message, { color: "Attention" })]);
}
