import { activeMembers, type Member } from "./member";
import { compareSwedish, inRoundTableOrder, isActiveOrganisation, type Organisation } from "./network";
import { countsAsAttending, type Answer, type AnswerChoice, type AnswerChannel } from "./answer";

/** One invitee's line in the responses. */
export interface AnswerRow {
  memberId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  answer: AnswerChoice | null;
  substituteName?: string;
  comment?: string;
  answeredAt?: string;
  channel?: AnswerChannel;
  /** Accepted tentatively in Outlook. */
  tentative?: boolean;
}

/** Who comes to a meeting: a row per invitee, totals, and organisations nobody comes from. */
export interface AnswerSummary {
  responses: AnswerRow[];
  totals: { attending: number; declined: number; substitute: number; noAnswer: number };
  organisationsWithNobodyComing: { id: string; name: string }[];
}

/**
 * Summarises the answers of the invitees (active members, not guests): a substitute counts as someone
 * coming from the member's organisation; rows follow round-table order, then name.
 */
export function summarizeAnswers(input: { members: readonly Member[]; organisations: readonly Organisation[]; answers: readonly Answer[] }): AnswerSummary {
  const organisations = inRoundTableOrder(input.organisations);
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const answerByMember = new Map(input.answers.map((r) => [r.memberId, r]));
  const order = (orgId: string) => orgById.get(orgId)?.order ?? Number.MAX_SAFE_INTEGER;
  const invitees = activeMembers(input.members).sort((a, b) => order(a.organisationId) - order(b.organisationId) || compareSwedish(a.displayName, b.displayName));
  const responses = invitees.map((m): AnswerRow => {
    const rsvp = answerByMember.get(m.aadObjectId);
    return {
      memberId: m.aadObjectId,
      displayName: m.displayName,
      organisationId: m.organisationId,
      organisationName: orgById.get(m.organisationId)?.name ?? "",
      answer: rsvp?.answer ?? null,
      ...(rsvp?.substituteName ? { substituteName: rsvp.substituteName } : {}),
      ...(rsvp?.comment ? { comment: rsvp.comment } : {}),
      ...(rsvp ? { answeredAt: rsvp.answeredAt, channel: rsvp.channel } : {}),
      ...(rsvp?.tentative ? { tentative: true } : {}),
    };
  });
  const count = (answer: AnswerChoice | null) => responses.filter((r) => r.answer === answer).length;
  const coming = new Set(responses.filter((r) => r.answer !== null && countsAsAttending({ answer: r.answer })).map((r) => r.organisationId));
  return {
    responses,
    totals: { attending: count("attending"), declined: count("declined"), substitute: count("substitute"), noAnswer: count(null) },
    organisationsWithNobodyComing: organisations.filter((o) => isActiveOrganisation(o) && !coming.has(o.id)).map((o) => ({ id: o.id, name: o.name })),
  };
}
