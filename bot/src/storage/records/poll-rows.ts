import type { PollAnswer } from "../../domain/poll";

/**
 * The rows of one poll's partition: answers, "has answered" markers of anonymous polls (a salted hash,
 * no identity) and handled card actions. One repository for all three, so that an answer and its marker
 * or action are written in one atomic batch.
 */
export type PollRow =
  | ({ kind: "answer" } & PollAnswer)
  | { kind: "marker"; pollId: string; hash: string }
  | { kind: "action"; pollId: string; activityId: string };

/** The row key of a poll row (without the table's kind prefix). */
export function pollRowKey(row: PollRow): string {
  if (row.kind === "answer") return `a|${row.answerId}`;
  if (row.kind === "marker") return `m|${row.hash}`;
  return `x|${row.activityId}`;
}
