import type { Repository, Stored } from "./repository";
import { AlreadyExistsError } from "./storage-errors";

/**
 * Creates the value unless its key is taken: the store's conditional insert, used to claim work (a send, a
 * reminder, an activity) so that restarts and several server instances never do it twice. Resolves with the
 * stored value, or undefined when the row already existed.
 * @example if (!(await createIfAbsent(stores.activityClaims, claim))) return; // someone else has it
 */
export async function createIfAbsent<T>(repository: Pick<Repository<T>, "create">, value: T): Promise<Stored<T> | undefined> {
  try {
    return await repository.create(value);
  } catch (error) {
    if (error instanceof AlreadyExistsError) return undefined;
    throw error;
  }
}
