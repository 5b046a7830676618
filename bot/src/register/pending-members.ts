import type { Clock } from "../domain/clock";
import { invalid } from "../domain/errors";
import { normaliseEmail } from "../domain/join-request";
import type { Member } from "../domain/member";
import { MAX_IMPORT_ROWS, parseImport, type ImportRow } from "../domain/member-import";
import type { PendingMember } from "../domain/pending-member";
import { assertMay } from "../domain/roles";
import { createIfAbsent } from "../storage/create-if-absent";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";
import type { Directory } from "./directory";
import { tellIfActivated, type MemberActivated } from "./member-activated";

/** A person as Teams or the SSO token names them, with every sign-in name known (e-mail, UPN). */
export interface SignedInPerson {
  aadObjectId: string;
  displayName?: string;
  emails: readonly (string | undefined)[];
}

/** What an import did or would do: every row with its problems; `created` only when it wrote. */
export interface ImportResult {
  rows: ImportRow[];
  valid: boolean;
  created?: number;
}

/** People invited by e-mail before they have used the app, and their activation when they first do. */
export class PendingMembers {
  constructor(private readonly stores: Stores, private readonly directory: Directory, private readonly clock: Clock, private readonly logger: Logger, private readonly activated?: MemberActivated) {}

  /** The network's invited people who have not used the app yet. */
  async list(caller: Member): Promise<PendingMember[]> {
    assertMay(caller, "manage-network");
    return (await this.stores.pendingMembers.where("networkId", caller.networkId)).map((r) => r.value).sort((a, b) => a.displayName.localeCompare(b.displayName, "sv"));
  }

  /**
   * Checks a pasted list or CSV file and, unless `validate`, invites everyone in it. A list with any bad row
   * is refused as a whole (400 with every row's problems) and nothing is written.
   */
  async import(caller: Member, text: string, options: { validate: boolean }): Promise<ImportResult> {
    assertMay(caller, "manage-network");
    const networkId = caller.networkId;
    const members = await this.directory.members(networkId);
    const pending = (await this.stores.pendingMembers.where("networkId", networkId)).map((r) => r.value.email);
    const rows = parseImport(text, {
      organisations: await this.directory.organisations(networkId),
      memberEmails: new Set(members.map((m) => normaliseEmail(m.email))),
      pendingEmails: new Set(pending),
    });
    if (rows.length === 0) throw invalid("import_empty", "Listan är tom.", "The list is empty.");
    if (rows.length > MAX_IMPORT_ROWS) {
      throw invalid("import_too_long", `Listan har fler än ${MAX_IMPORT_ROWS} rader. Dela upp den.`, `The list has more than ${MAX_IMPORT_ROWS} rows. Split it up.`);
    }
    const valid = rows.every((r) => r.problems.length === 0);
    if (options.validate) return { rows, valid };
    if (!valid) {
      throw invalid("import_refused", "Listan har fel och ingen bjöds in. Rätta raderna och försök igen.", "The list has errors and nobody was invited. Correct the rows and try again.", { rows: rows.filter((r) => r.problems.length > 0).map((r) => r.line) });
    }
    const invitedAt = this.clock.now().toISOString();
    let created = 0;
    for (const row of rows) {
      const invitation: PendingMember = { email: row.email, networkId, displayName: row.name, organisationId: row.organisationId!, role: "member", invitedAt, invitedBy: caller.aadObjectId };
      if (await createIfAbsent(this.stores.pendingMembers, invitation)) created++;
    }
    this.logger.info({ networkId, created, by: caller.aadObjectId }, "people invited by e-mail");
    return { rows, valid, created };
  }

  /** Withdraws an invitation of the caller's network. */
  async withdraw(caller: Member, email: string): Promise<void> {
    assertMay(caller, "manage-network");
    await this.stores.pendingMembers.remove(normaliseEmail(email), caller.networkId);
  }

  /**
   * Makes the person a member of every network that invited one of their sign-in names (compared without
   * regard to case), and removes those invitations. Returns the memberships created.
   */
  async activate(person: SignedInPerson): Promise<Member[]> {
    const emails = [...new Set(person.emails.filter((e): e is string => Boolean(e?.includes("@"))).map(normaliseEmail))];
    const activated: Member[] = [];
    for (const email of emails) {
      for (const { value: invitation } of await this.stores.pendingMembers.list(email)) {
        const member: Member = {
          aadObjectId: person.aadObjectId, networkId: invitation.networkId, displayName: invitation.displayName || person.displayName || email,
          email, organisationId: invitation.organisationId, role: invitation.role, active: true,
        };
        // An existing membership (even an inactive one the coordinator chose) is kept as it is.
        if (await createIfAbsent(this.stores.members, member)) {
          activated.push(member);
          this.logger.info({ networkId: member.networkId, aadObjectId: member.aadObjectId }, "invited person activated");
          tellIfActivated(this.activated, undefined, member);
        }
        await this.stores.pendingMembers.remove(email, invitation.networkId);
      }
    }
    return activated;
  }
}
