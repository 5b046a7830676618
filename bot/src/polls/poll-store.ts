import { createHmac } from "node:crypto";
import { notFound } from "../domain/errors";
import type { Poll, PollAnswer } from "../domain/poll";
import type { Stored, Stores } from "../storage/repository";

/** The "no such poll" every unknown id (or another network's poll) gets. */
export const pollNotFound = () => notFound("poll_not_found", "Enkäten finns inte.", "The poll does not exist.");

/** The marker hash of a person in an anonymous poll: HMAC-SHA256 keyed by the poll's salt. */
export function answeredHash(poll: Pick<Poll, "salt">, memberId: string): string {
  return createHmac("sha256", poll.salt).update(memberId).digest("base64url");
}

/** Reads polls and their rows. */
export class PollStore {
  constructor(private readonly stores: Stores) {}

  /** A poll by id with its eTag, or not-found. */
  async get(pollId: string): Promise<Stored<Poll>> {
    const [row] = await this.stores.polls.where("pollId", pollId);
    if (!row) throw pollNotFound();
    return row;
  }

  /** The network's polls, newest first. */
  async list(networkId: string): Promise<Poll[]> {
    return (await this.stores.polls.list(networkId)).map((r) => r.value).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The poll's answers and anonymous markers. */
  async rows(pollId: string): Promise<{ answers: PollAnswer[]; markers: Set<string> }> {
    const rows = (await this.stores.pollRows.list(pollId)).map((r) => r.value);
    const answers = rows.flatMap((r) => (r.kind === "answer" ? [stripKind(r)] : []));
    const markers = new Set(rows.flatMap((r) => (r.kind === "marker" ? [r.hash] : [])));
    return { answers, markers };
  }

  /** Whether the member has answered (their named answer, or their marker in an anonymous poll). */
  async hasAnswered(poll: Poll, memberId: string): Promise<boolean> {
    const key = poll.anonymous ? `m|${answeredHash(poll, memberId)}` : `a|${memberId}`;
    return (await this.stores.pollRows.get(poll.id, key)) !== undefined;
  }

  /** The member's named answer, if any (never for anonymous polls). */
  async answerOf(poll: Poll, memberId: string): Promise<Stored<PollAnswer> | undefined> {
    if (poll.anonymous) return undefined;
    const row = await this.stores.pollRows.get(poll.id, `a|${memberId}`);
    return row?.value.kind === "answer" ? { value: stripKind(row.value), etag: row.etag } : undefined;
  }
}

function stripKind({ kind: _k, ...answer }: PollAnswer & { kind: "answer" }): PollAnswer {
  return answer;
}
