import { conflict, forbidden, invalid } from "./errors";
import { hasStarted, type Meeting } from "./meeting";
import type { Member } from "./member";
import { may, rolesOf } from "./roles";
import { assertValidAnswer, answerChoices, type Answer, type AnswerChoice, type AnswerChannel } from "./answer";

/** Longest comment and substitute name accepted with an answer. */
export const MAX_COMMENT = 1000;
export const MAX_SUBSTITUTE_NAME = 200;

/** Throws unless answers to the meeting's invitation are taken: sent out, not cancelled, not started. */
export function assertAnswersOpen(meeting: Meeting, now: Date): void {
  if (meeting.status === "cancelled") {
    throw conflict("meeting_cancelled", "Mötet är inställt.", "The meeting is cancelled.");
  }
  // A draft can still change or be dropped: an answer to it would answer something nobody was invited to.
  if (meeting.status === "draft") {
    throw conflict("meeting_not_invited", "Kallelsen till mötet är inte skickad än, så det går inte att svara.", "The invitation to the meeting has not been sent yet, so it cannot be answered.");
  }
  if (hasStarted(meeting, now) || meeting.status !== "invited") {
    throw conflict("meeting_started", "Mötet har redan börjat, så svaret kan inte längre ändras.", "The meeting has already started, so the answer can no longer be changed.");
  }
}

/**
 * Builds a member's answer from what they entered, or throws: only members who may answer, a known
 * answer, a substitute with a name (who represents the member's own organisation), text within limits.
 */
export function buildAnswer(
  member: Member,
  input: { answer?: unknown; substituteName?: unknown; comment?: unknown },
  channel: AnswerChannel,
  now: Date,
): Answer {
  if (!may(member, "answer-invitation")) {
    throw forbidden("not_invited", "Kallelsen går till nätverkets ledamöter; du är registrerad som gäst eller inaktiv.", "The invitation goes to the network's members; you are registered as a guest or inactive.");
  }
  if (typeof input.answer !== "string" || !(answerChoices as readonly string[]).includes(input.answer)) {
    throw invalid("invalid_answer", "Svaret måste vara Kommer, Kommer inte eller Skickar ersättare.", "The answer must be attending, declined or substitute.");
  }
  const answer = input.answer as AnswerChoice;
  const substituteName = answer === "substitute" && typeof input.substituteName === "string" ? input.substituteName.trim() : undefined;
  const comment = typeof input.comment === "string" ? input.comment.trim() : "";
  assertValidAnswer({ answer, substituteName });
  if ((substituteName?.length ?? 0) > MAX_SUBSTITUTE_NAME || comment.length > MAX_COMMENT) {
    throw invalid(
      "text_too_long",
      `För lång text: namnet högst ${MAX_SUBSTITUTE_NAME} tecken, kommentaren högst ${MAX_COMMENT} tecken.`,
      `Text too long: the name at most ${MAX_SUBSTITUTE_NAME} characters, the comment at most ${MAX_COMMENT}.`,
    );
  }
  return {
    memberId: member.aadObjectId,
    answer,
    ...(substituteName ? { substituteName, substituteOrganisationId: member.organisationId } : {}),
    ...(comment ? { comment } : {}),
    answeredAt: now.toISOString(),
    channel,
  };
}

/**
 * Whether a member sees the comments others wrote with their answers: the coordinator and the meeting's
 * chair and secretary do; every member sees who comes, who sends a substitute and who does not.
 */
export function maySeeAnswerComments(member: Member, meeting: Pick<Meeting, "chairId" | "secretaryId">): boolean {
  return member.active && rolesOf(member, meeting).some((r) => r === "coordinator" || r === "chair" || r === "secretary");
}
