import { invalid } from "./errors";

/** A member's answer to an invitation. */
export const rsvpAnswers = ["attending", "declined", "substitute"] as const;
export type RsvpAnswer = (typeof rsvpAnswers)[number];

/** Where the answer was given. */
export type RsvpChannel = "card" | "tab" | "calendar";

/** A member's invitation response. */
export interface Rsvp {
  memberId: string;
  answer: RsvpAnswer;
  substituteName?: string;
  /** The organisation the substitute represents: always the member's own. */
  substituteOrganisationId?: string;
  comment?: string;
  answeredAt: string;
  channel: RsvpChannel;
}

/** Throws unless a substitute answer names the substitute. */
export function assertValidRsvp(rsvp: Pick<Rsvp, "answer" | "substituteName">): void {
  if (rsvp.answer === "substitute" && !rsvp.substituteName?.trim()) {
    throw invalid("substitute_name_missing", "Skriv namnet på din ersättare.", "Enter the name of your substitute.");
  }
}

/** True when the answer means someone from the member's organisation comes. */
export function countsAsAttending(rsvp: Pick<Rsvp, "answer">): boolean {
  return rsvp.answer === "attending" || rsvp.answer === "substitute";
}
