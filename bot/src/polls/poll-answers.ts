import { randomUUID } from "node:crypto";
import { conflict, forbidden } from "../domain/errors";
import type { Member } from "../domain/member";
import { checkAnswer, mayAnswerPolls, type Poll, type PollAnswer, type PollAnswerInput } from "../domain/poll";
import type { Stores } from "../storage/repository";
import type { PollRow } from "../storage/records/poll-rows";
import { withConflictRetry } from "../storage/retry";
import { ConcurrencyError } from "../storage/storage-errors";
import { answeredHash, type PollStore } from "./poll-store";

/** What saving an answer did: the named answer stored, or an anonymous answer taken; `repeated` for a repeated card action. */
export interface AnswerOutcome {
  answer?: PollAnswer;
  anonymous: boolean;
  repeated: boolean;
}

const alreadyAnswered = () => conflict("already_answered", "Du har redan svarat på den här anonyma enkäten.", "You have already answered this anonymous poll.");

/**
 * Stores answers. A named answer is one row per member (changed with its eTag while the poll is open); an
 * anonymous answer is a row with a random key and no identity, written in one batch with the person's
 * "has answered" marker (an HMAC of the poll's salt and their id), so a second answer fails as a whole.
 */
export class PollAnswers {
  constructor(private readonly stores: Stores, private readonly polls: PollStore) {}

  /** Saves the member's answer; with the card action's id, a repeated delivery saves nothing again. */
  async save(member: Member, poll: Poll, input: PollAnswerInput, options: { activityId?: string; now: Date }): Promise<AnswerOutcome> {
    if (!mayAnswerPolls(member) || member.networkId !== poll.networkId) {
      throw forbidden("not_allowed", "Enkäten besvaras av nätverkets ledamöter.", "The poll is answered by the network's members.");
    }
    const checked = checkAnswer(poll, input);
    return poll.anonymous ? this.saveAnonymous(member, poll, checked) : this.saveNamed(member, poll, checked, options);
  }

  private async saveAnonymous(member: Member, poll: Poll, checked: { choices: string[]; text?: string }): Promise<AnswerOutcome> {
    const marker: PollRow = { kind: "marker", pollId: poll.id, hash: answeredHash(poll, member.aadObjectId) };
    const answer: PollRow = { kind: "answer", pollId: poll.id, answerId: randomUUID(), ...checked };
    try {
      await this.stores.pollRows.batch(poll.id, [{ kind: "create", value: marker }, { kind: "create", value: answer }]);
    } catch (error) {
      if (error instanceof ConcurrencyError) throw alreadyAnswered();
      throw error;
    }
    return { anonymous: true, repeated: false };
  }

  private async saveNamed(member: Member, poll: Poll, checked: { choices: string[]; text?: string }, options: { activityId?: string; now: Date }): Promise<AnswerOutcome> {
    const answer: PollAnswer = {
      pollId: poll.id, answerId: member.aadObjectId, memberId: member.aadObjectId, organisationId: member.organisationId,
      ...checked, answeredAt: options.now.toISOString(),
    };
    const action: PollRow | undefined = options.activityId ? { kind: "action", pollId: poll.id, activityId: options.activityId } : undefined;
    return withConflictRetry(async () => {
      if (action && (await this.stores.pollRows.get(poll.id, `x|${action.activityId}`))) {
        return { answer: (await this.polls.answerOf(poll, member.aadObjectId))?.value, anonymous: false, repeated: true };
      }
      const existing = await this.polls.answerOf(poll, member.aadObjectId);
      const row: PollRow = { kind: "answer", ...answer };
      await this.stores.pollRows.batch(poll.id, [
        ...(action ? [{ kind: "create" as const, value: action }] : []),
        existing ? { kind: "replace" as const, value: row, etag: existing.etag } : { kind: "create" as const, value: row },
      ]);
      return { answer, anonymous: false, repeated: false };
    });
  }
}
