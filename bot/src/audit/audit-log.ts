import { randomUUID } from "node:crypto";
import { auditRowKey, type AuditDraft, type AuditEntry, type AuditPeriod } from "../domain/audit";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";

/**
 * Where the services write who changed what. An entry is written BEFORE the change it describes (`during`):
 * when the entry cannot be written the change is not made and the caller gets the storage error; when the
 * change then fails, the entry is taken back. So no change is ever made without its entry.
 */
export interface AuditLog {
  /** Writes one entry now (for things that change nothing stored, e.g. an export). */
  record(draft: AuditDraft): Promise<AuditEntry>;
  /** Writes the entry, then makes the change; a change that throws withdraws its entry and rethrows. */
  during<T>(draft: AuditDraft, change: () => Promise<T>): Promise<T>;
  /** A network's entries in a period (optionally of one meeting), oldest first. */
  list(networkId: string, period: AuditPeriod, meetingId?: string): Promise<AuditEntry[]>;
  /** A person's entries as actor in a network. */
  byActor(networkId: string, actorId: string): Promise<AuditEntry[]>;
}

/** The audit log in its own table, one partition per network, row keys `<ISO time>|<id>`. */
export class TableAuditLog implements AuditLog {
  // Entries of one instance within the same millisecond keep their order through this counter in the id.
  private sequence = 0;

  constructor(private readonly stores: Pick<Stores, "audit">, private readonly clock: Clock, private readonly logger: Logger) {}

  /** Writes one entry with the clock's time. */
  async record(draft: AuditDraft): Promise<AuditEntry> {
    this.sequence = (this.sequence + 1) % 1e8;
    const id = `${String(this.sequence).padStart(8, "0")}-${randomUUID()}`;
    const entry: AuditEntry = { ...draft, id, at: this.clock.now().toISOString() };
    await this.stores.audit.create(entry);
    return entry;
  }

  /** Writes the entry first and withdraws it when the change fails. */
  async during<T>(draft: AuditDraft, change: () => Promise<T>): Promise<T> {
    const entry = await this.record(draft);
    try {
      return await change();
    } catch (error) {
      await this.stores.audit.remove(entry.networkId, auditRowKey(entry)).catch((removeError: unknown) => {
        // Left behind, the entry names a change that was not made; it is logged so that it can be told apart.
        this.logger.warn({ err: removeError, auditId: entry.id }, "audit entry of a failed change could not be withdrawn");
      });
      throw error;
    }
  }

  /** Reads one key range of the network's partition, filtered by meeting when asked. */
  async list(networkId: string, period: AuditPeriod, meetingId?: string): Promise<AuditEntry[]> {
    const rows = await this.stores.audit.between(networkId, period.from, period.to);
    return rows.map((r) => r.value).filter((e) => meetingId === undefined || e.meetingId === meetingId);
  }

  /** A person's entries as actor in a network, oldest first. */
  async byActor(networkId: string, actorId: string): Promise<AuditEntry[]> {
    const rows = await this.stores.audit.where("actorId", actorId);
    return rows.map((r) => r.value).filter((e) => e.networkId === networkId).sort((a, b) => auditRowKey(a).localeCompare(auditRowKey(b)));
  }
}
