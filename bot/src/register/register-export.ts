import type { AppServices } from "../app-services";
import type { Member, NetworkRole } from "../domain/member";
import { compareSwedish } from "../domain/network";
import { registerCsv, type RegisterCsvRow } from "../domain/register-csv";
import { assertMay } from "../domain/roles";

const roleNames: Record<NetworkRole, string> = { coordinator: "samordnare", member: "ledamot", guest: "gäst" };

/** The caller's network register as CSV (members and invited people), for its coordinator only. */
export async function registerExport(app: Pick<AppServices, "directory" | "pendingMembers">, caller: Member): Promise<string> {
  assertMay(caller, "manage-network");
  const organisations = new Map((await app.directory.organisations(caller.networkId)).map((o) => [o.id, o.name]));
  const orgName = (id: string) => organisations.get(id) ?? id;
  const rows: RegisterCsvRow[] = [
    ...(await app.directory.members(caller.networkId)).map((m) => ({ name: m.displayName, email: m.email, organisation: orgName(m.organisationId), role: roleNames[m.role], status: m.active ? "aktiv" : "inaktiv" })),
    ...(await app.pendingMembers.list(caller)).map((p) => ({ name: p.displayName, email: p.email, organisation: orgName(p.organisationId), role: roleNames[p.role], status: "inbjuden" })),
  ];
  return registerCsv(rows.sort((a, b) => compareSwedish(a.organisation, b.organisation) || compareSwedish(a.name, b.name)));
}
