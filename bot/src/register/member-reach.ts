import type { Member } from "../domain/member";
import type { Stores } from "../storage/repository";

/** Whether the bot can write to a member: the app installed (a 1:1 chat known) and the last send's outcome. */
export interface Reach {
  appInstalled: boolean;
  /** When Teams last refused a 1:1 send to the person, until a later send gets through. */
  lastDeliveryFailedAt?: string;
}

/** A member as the coordinator's register shows them. */
export type MemberRow = Member & { etag: string; reach: Reach };

/** Each member's reach, read from the conversation references (`user|<aadObjectId>`). */
export async function reachOf(stores: Pick<Stores, "conversations">, members: readonly Member[]): Promise<Map<string, Reach>> {
  const rows = await Promise.all(members.map((m) => stores.conversations.get("user", m.aadObjectId)));
  return new Map(members.map((m, i) => {
    const record = rows[i]?.value;
    const reach: Reach = { appInstalled: Boolean(record) };
    if (record?.lastDeliveryFailure) reach.lastDeliveryFailedAt = record.lastDeliveryFailure.at;
    return [m.aadObjectId, reach];
  }));
}
