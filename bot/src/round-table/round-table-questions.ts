import { normaliseQuestions } from "../domain/round-table-input";
import type { Stores } from "../storage/repository";
import type { RoundTableQuestions } from "../storage/records/round-table";
import { withConflictRetry } from "../storage/retry";

/** The network's structured round-table questions (none until the coordinator configures some). */
export async function questionsOf(stores: Pick<Stores, "roundTableQuestions">, networkId: string): Promise<string[]> {
  return (await stores.roundTableQuestions.get(networkId, "current"))?.value.questions ?? [];
}

/** Replaces the network's structured questions after cleaning them; answers already given are kept. */
export async function saveQuestions(
  stores: Pick<Stores, "roundTableQuestions">,
  networkId: string,
  labels: readonly string[],
  by: string,
  now: Date,
): Promise<RoundTableQuestions> {
  const value: RoundTableQuestions = { networkId, questions: normaliseQuestions(labels), updatedAt: now.toISOString(), updatedBy: by };
  return withConflictRetry(async () => {
    const current = await stores.roundTableQuestions.get(networkId, "current");
    return (current ? await stores.roundTableQuestions.replace(value, current.etag) : await stores.roundTableQuestions.create(value)).value;
  });
}
