import { AlreadyExistsError, ConcurrencyError } from "./storage-errors";

/**
 * Runs a read-modify-write step again when it lost an eTag race, up to `attempts` times, with a short
 * random back-off so that concurrent writers spread out.
 * @example await withConflictRetry(async () => { const s = await repo.get(k); await repo.replace(change(s.value), s.etag); });
 */
export async function withConflictRetry<T>(step: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      const lostRace = error instanceof ConcurrencyError || error instanceof AlreadyExistsError;
      if (!lostRace || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
