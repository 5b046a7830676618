import type { DateResponse } from "../domain/date-poll";
import { focusTurnKey, type FocusTurn } from "../domain/focus";
import type { PollAnswer } from "../domain/poll";
import { pollRowKey, type PollRow } from "../storage/records/poll-rows";
import type { Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";

/** What stays of a person's name on kept rows (material, group notes) after erasure. */
export const ERASED_NAME = "(borttagen person)";

/** What is stored about one person in the network outside its meetings' partitions. */
export interface NetworkData {
  /** Named poll answers (anonymous answers carry no identity and are not the person's data). */
  pollAnswers: { pollId: string; question: string; answer: Omit<PollAnswer, "pollId"> }[];
  /** Marks in date-finding polls. */
  dateResponses: { datePollId: string; title: string; response: Omit<DateResponse, "datePollId"> }[];
  /** "Kommun i fokus" turns the person answered for their organisation. */
  focusTurns: FocusTurn[];
}

/** What erasing the network-level data removed or anonymised. */
export interface NetworkErasure {
  pollAnswers: number;
  dateResponses: number;
  focusTurns: number;
}

// Parameter destructuring drops the partition fields and the answerer (unused names are allowed for arguments).
const answerPart = ({ kind: _k, pollId: _p, ...answer }: Extract<PollRow, { kind: "answer" }>) => answer;
const responsePart = ({ datePollId: _d, ...response }: DateResponse) => response;
const withoutAnswerer = ({ answeredById: _i, answeredByName: _n, ...turn }: FocusTurn): FocusTurn => turn;

async function namedPollAnswers(stores: Stores, networkId: string, personId: string) {
  const polls = (await stores.polls.list(networkId)).map((r) => r.value);
  const perPoll = await Promise.all(polls.map(async (poll) => {
    const rows = (await stores.pollRows.list(poll.id)).map((r) => r.value);
    return rows.flatMap((row) => (row.kind === "answer" && row.memberId === personId ? [{ poll, row }] : []));
  }));
  return perPoll.flat();
}

async function dateResponsesOf(stores: Stores, networkId: string, personId: string) {
  const datePolls = (await stores.datePolls.list(networkId)).map((r) => r.value);
  const found = await Promise.all(datePolls.map(async (datePoll) => ({ datePoll, response: (await stores.dateResponses.get(datePoll.id, personId))?.value })));
  return found.flatMap(({ datePoll, response }) => (response ? [{ datePoll, response }] : []));
}

/** Collects the person's named poll answers, date marks and answered focus turns in the network. */
export async function networkDataOf(stores: Stores, networkId: string, personId: string): Promise<NetworkData> {
  const [answers, dates, turns] = await Promise.all([
    namedPollAnswers(stores, networkId, personId), dateResponsesOf(stores, networkId, personId), stores.focusTurns.list(networkId),
  ]);
  return {
    pollAnswers: answers.map(({ poll, row }) => ({ pollId: poll.id, question: poll.question, answer: answerPart(row) })),
    dateResponses: dates.map(({ datePoll, response }) => ({ datePollId: datePoll.id, title: datePoll.title, response: responsePart(response) })),
    focusTurns: turns.map((r) => r.value).filter((t) => t.answeredById === personId),
  };
}

/**
 * Erases the person's network-level data: named poll answers and date marks go (as invitation answers do);
 * focus turns stay, as the organisation's turn, without who answered.
 */
export async function eraseNetworkData(stores: Stores, networkId: string, personId: string): Promise<NetworkErasure> {
  const removed: NetworkErasure = { pollAnswers: 0, dateResponses: 0, focusTurns: 0 };
  for (const { row } of await namedPollAnswers(stores, networkId, personId)) {
    await stores.pollRows.remove(row.pollId, pollRowKey(row));
    removed.pollAnswers += 1;
  }
  for (const { response } of await dateResponsesOf(stores, networkId, personId)) {
    await stores.dateResponses.remove(response.datePollId, personId);
    removed.dateResponses += 1;
  }
  for (const turn of (await stores.focusTurns.list(networkId)).filter((r) => r.value.answeredById === personId)) {
    const cleared = await withConflictRetry(async () => {
      const stored = await stores.focusTurns.get(networkId, focusTurnKey(turn.value));
      if (!stored || stored.value.answeredById !== personId) return 0;
      await stores.focusTurns.replace(withoutAnswerer(stored.value), stored.etag);
      return 1;
    });
    removed.focusTurns += cleared;
  }
  return removed;
}
