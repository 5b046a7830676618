import { createHash } from "node:crypto";
import { inRoundTableOrder, type Organisation } from "../domain/network";
import type { Stored } from "../storage/repository";

/** An organisation with the eTag to change it by. */
export type OrganisationRow = Organisation & { etag: string };

/** The network's organisations in round-table order, and a version of the whole list for reordering. */
export interface OrganisationList {
  organisations: OrganisationRow[];
  /** Changes when any organisation is added or changed: the `If-Match` of a reorder. */
  version: string;
}

/** The list as the API gives it, from the stored rows. */
export function organisationList(rows: readonly Stored<Organisation>[]): OrganisationList {
  const etags = new Map(rows.map((r) => [r.value.id, r.etag]));
  const organisations = inRoundTableOrder(rows.map((r) => r.value)).map((o) => ({ ...o, etag: etags.get(o.id)! }));
  const hash = createHash("sha256");
  for (const o of [...organisations].sort((a, b) => (a.id < b.id ? -1 : 1))) hash.update(`${o.id}\u0000${o.etag}\u0000`);
  return { organisations, version: `"${hash.digest("base64url").slice(0, 27)}"` };
}
