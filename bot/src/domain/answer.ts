import { invalid } from "./errors";

/** A member's answer to an invitation. */
export const answerChoices = ["attending", "declined", "substitute"] as const;
export type AnswerChoice = (typeof answerChoices)[number];

/** Where the answer was given. */
export type AnswerChannel = "card" | "tab" | "calendar";

/** A member's invitation response. */
export interface Answer {
  memberId: string;
  answer: AnswerChoice;
  substituteName?: string;
  /** The organisation the substitute represents: always the member's own. */
  substituteOrganisationId?: string;
  comment?: string;
  answeredAt: string;
  channel: AnswerChannel;
  /** Accepted tentatively in Outlook ("attending", shown as tentative). */
  tentative?: boolean;
}

/** Throws unless a substitute answer names the substitute. */
export function assertValidAnswer(rsvp: Pick<Answer, "answer" | "substituteName">): void {
  if (rsvp.answer === "substitute" && !rsvp.substituteName?.trim()) {
    throw invalid("substitute_name_missing", "Skriv namnet på din ersättare.", "Enter the name of your substitute.");
  }
}

/** True when the answer means someone from the member's organisation comes. */
export function countsAsAttending(rsvp: Pick<Answer, "answer">): boolean {
  return rsvp.answer === "attending" || rsvp.answer === "substitute";
}
