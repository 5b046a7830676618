import { createHash } from "node:crypto";
import { compareSwedish, type Organisation } from "../domain/network";
import { createIfAbsent } from "../storage/create-if-absent";
import type { Stores } from "../storage/repository";

/**
 * The organisation a new name from a join request stands for: the network's organisation of that name, or a
 * new one (kind "annan", last in round-table order) with an id derived from the name, so that a repeated
 * approval finds the same row instead of making a second.
 */
export async function organisationNamed(stores: Stores, networkId: string, name: string): Promise<Organisation> {
  const existing = (await stores.organisations.list(networkId)).map((r) => r.value);
  const same = existing.find((o) => compareSwedish(o.name, name) === 0);
  if (same) return same;
  const id = `org-${createHash("sha256").update(name.trim().toLowerCase()).digest("hex").slice(0, 12)}`;
  const order = Math.max(0, ...existing.map((o) => o.order)) + 10;
  const organisation: Organisation = { id, networkId, name: name.trim(), kind: "annan", order };
  return (await createIfAbsent(stores.organisations, organisation))?.value ?? (await stores.organisations.get(networkId, id))!.value;
}
