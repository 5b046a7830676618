import { conflict, forbidden, invalid } from "./errors";
import type { Member } from "./member";

/** How a poll is answered: one choice, several choices, all options in order, or free text. */
export const pollKinds = ["single", "multiple", "ranking", "text"] as const;
export type PollKind = (typeof pollKinds)[number];

/** Where the question is asked: 1:1 to every active member, or in a meeting's chat. */
export const pollAudiences = ["members", "meeting-chat"] as const;
export type PollAudience = (typeof pollAudiences)[number];

/** One option of a choice or ranking poll. */
export interface PollOption {
  id: string;
  text: string;
}

/** A question the coordinator puts to the network. */
export interface Poll {
  id: string;
  networkId: string;
  question: string;
  kind: PollKind;
  /** Empty for free-text polls. */
  options: PollOption[];
  /** True: answers are stored without person or organisation, and cannot be changed once given. */
  anonymous: boolean;
  audience: PollAudience;
  /** The meeting (and agenda item) the question belongs to, when asked during a meeting. */
  meetingId?: string;
  agendaItem?: number;
  status: "open" | "closed";
  /** Whether members may see the results (the coordinator always may). */
  resultsShared: boolean;
  createdBy: string;
  createdAt: string;
  closedAt?: string;
  /** Secret per poll: "has answered" markers of anonymous polls are keyed by a hash of it and the person. */
  salt: string;
  /** Reminder rounds sent so far (each round is one outbox key per person). */
  reminderRounds: number;
  /** "Svara senast": one automatic reminder goes to those who have not answered some days before it. */
  answerByUtc?: string;
}

/** One person's answer; an anonymous answer has neither `memberId` nor `organisationId`. */
export interface PollAnswer {
  pollId: string;
  /** The row key: the member id, or a random id for an anonymous answer. */
  answerId: string;
  memberId?: string;
  organisationId?: string;
  /** Option ids: the choice(s), or every option in ranked order. */
  choices: string[];
  text?: string;
  /** Absent for anonymous answers (the time could tell who answered). */
  answeredAt?: string;
}

/** What someone sends as their answer, before it is checked against the poll. */
export interface PollAnswerInput {
  choices?: string[];
  text?: string;
}

/** The longest free-text answer. */
export const MAX_ANSWER_TEXT = 2000;

/** Only an active coordinator of the poll's network creates polls, reminds, shares, closes and writes to minutes. */
export function mayRunPolls(member: Member): boolean {
  return member.active && member.role === "coordinator";
}

/** Throws the polite refusal unless the member runs polls in their network. */
export function assertMayRunPolls(member: Member): void {
  if (!mayRunPolls(member)) {
    throw forbidden("not_allowed", "Det här får bara nätverkets samordnare göra.", "Only the network's coordinator may do this.");
  }
}

/** Whether the member may answer: an active member or coordinator (guests present items, they are not asked). */
export function mayAnswerPolls(member: Member): boolean {
  return member.active && member.role !== "guest";
}

/** Whether the member may see the results: the coordinator always, others once the coordinator shares them. */
export function maySeeResults(member: Member, poll: Poll): boolean {
  return mayRunPolls(member) || (member.active && poll.resultsShared);
}

/** Checks an answer against the poll and returns it normalised; throws a clear 400/409 otherwise. */
export function checkAnswer(poll: Poll, input: PollAnswerInput): { choices: string[]; text?: string } {
  if (poll.status !== "open") throw conflict("poll_closed", "Enkäten är stängd.", "The poll is closed.");
  const known = new Set(poll.options.map((o) => o.id));
  const choices = input.choices ?? [];
  if (choices.some((c) => !known.has(c))) throw invalid("unknown_option", "Svaret nämner ett alternativ som enkäten inte har.", "The answer names an option the poll does not have.");
  if (new Set(choices).size !== choices.length) throw invalid("duplicate_option", "Samma alternativ får bara väljas en gång.", "An option may be chosen only once.");
  switch (poll.kind) {
    case "single":
      if (choices.length !== 1) throw invalid("choose_one", "Välj ett alternativ.", "Choose one option.");
      return { choices };
    case "multiple":
      if (choices.length === 0) throw invalid("choose_some", "Välj minst ett alternativ.", "Choose at least one option.");
      return { choices };
    case "ranking":
      if (choices.length !== poll.options.length) throw invalid("rank_all", "Rangordna alla alternativ, vart och ett en gång.", "Rank every option, each once.");
      return { choices };
    case "text": {
      const text = (input.text ?? "").trim();
      if (!text) throw invalid("answer_text_required", "Skriv ett svar.", "Write an answer.");
      if (text.length > MAX_ANSWER_TEXT) throw invalid("answer_too_long", `Svaret får vara högst ${MAX_ANSWER_TEXT} tecken.`, `The answer may be at most ${MAX_ANSWER_TEXT} characters.`);
      return { choices: [], text };
    }
  }
}
