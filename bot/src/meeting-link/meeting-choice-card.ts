import type { Meeting } from "../domain/meeting";
import type { Language } from "../domain/network";
import { formatDateTime } from "../domain/time";
import { card, text, type Card } from "../shared/card";

/** Verb of the button that links a meeting chat to a network meeting. */
export const LINK_MEETING_VERB = "meeting.link";

/** Card asking the coordinator which network meeting this Teams chat belongs to. */
export function meetingChoiceCard(language: Language, candidates: readonly Meeting[]): Card {
  const sv = language === "sv";
  return card(
    [
      text(sv ? "Vilket nätverksmöte är det här?" : "Which network meeting is this?", { weight: "Bolder", size: "Medium" }),
      text(sv ? "Flera möten passar. Samordnaren väljer ett — det behövs bara en gång." : "Several meetings match. The coordinator chooses one — needed only once."),
    ],
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
  return card([
    text(language === "sv" ? `Chatten hör till ${meeting.title}, ${when}. Skriv kommandot igen.` : `This chat belongs to ${meeting.title}, ${when}. Type the command again.`),
  ]);
}

/** A card that only says what went wrong, in place of the card the user pressed. */
export function cardActionRefusedCard(message: string): Card {
  return card([text(message, { color: "Attention" })]);
}
