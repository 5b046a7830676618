import { randomUUID } from "node:crypto";
import { conflict, notFound } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Language, Organisation } from "../domain/network";
import { normaliseRoundTableText, type RoundTableEntry } from "../domain/round-table";
import { assertMayEditEntry, submittedWhen } from "../domain/round-table-access";
import { normaliseFields } from "../domain/round-table-input";
import type { Logger } from "../logger";
import type { MeetingScoped, Stored, Stores } from "../storage/repository";
import { versionRowKey, type RoundTableVersion } from "../storage/records/round-table";
import { AlreadyExistsError, ConcurrencyError } from "../storage/storage-errors";
import { questionsOf } from "./round-table-questions";

/** A stored round-table entry. */
export type StoredEntry = Stored<MeetingScoped<RoundTableEntry>>;

/** What a write of an organisation's entry needs. */
export interface EntryWrite {
  meeting: Meeting;
  organisation: Organisation;
  editor: Member;
  text: string;
  /** Answers to the structured questions; omitted keeps the stored answers. */
  fields?: Record<string, string>;
  /** The eTag the editor saw; omitted for a first entry. */
  ifMatch?: string;
  now: Date;
  /** Written on the walk card in the meeting chat (source `during`). */
  inMeetingChat?: boolean;
  /** The language "inget att rapportera" is written in (the network's). */
  language: Language;
}

/** An entry of an organisation in one meeting of its history. */
export interface HistoryEntry {
  meeting: Meeting;
  entry: RoundTableEntry;
}

/** The 404 of an organisation that is not in the network. */
export const organisationNotFound = () => notFound("organisation_not_found", "Organisationen finns inte.", "The organisation does not exist.");

/** The 409 of a stale write: says who wrote what is stored now, so nothing is lost. */
export function staleWrite(current: StoredEntry | undefined) {
  return conflict(
    "concurrent_update",
    current
      ? `${current.value.reporterName} ändrade texten samtidigt. Läs den nuvarande texten och skicka din igen om den ska ersätta den.`
      : "Texten har ändrats eller finns inte längre. Läs in igen.",
    current
      ? `${current.value.reporterName} changed the text at the same time. Read the current text and send yours again if it should replace it.`
      : "The text has changed or no longer exists. Reload.",
    { current: current ? { text: current.value.text, fields: current.value.fields, etag: current.etag, reporterName: current.value.reporterName, updatedAt: current.value.updatedAt } : null },
  );
}

// Other row kinds of the meeting partition may carry an organisationId property too; keep entries only.
const isEntry = (value: Partial<RoundTableEntry>): boolean => typeof value.text === "string" && typeof value.submitted === "string" && typeof value.reporterId === "string";

/** Round-table entries: one per organisation per meeting, eTag-checked, every replaced version kept. */
export class RoundTableEntries {
  constructor(private readonly stores: Stores, private readonly logger: Logger) {}

  /** The meeting's entries. */
  async list(meetingId: string): Promise<StoredEntry[]> {
    return this.stores.roundTable.list(meetingId);
  }

  /**
   * Writes an organisation's entry when the editor may: refused for another organisation's member, a stale
   * eTag (409 with the current text) or bad input; the replaced version is kept with who and when.
   */
  async write(input: EntryWrite): Promise<StoredEntry> {
    const { meeting, organisation, editor, now } = input;
    const permission = assertMayEditEntry(editor, organisation, meeting);
    const [questions, existing] = await Promise.all([questionsOf(this.stores, meeting.networkId), this.stores.roundTable.get(meeting.id, organisation.id)]);
    // Without fields the answers stored so far are kept (those to questions still asked).
    const fields = input.fields ?? Object.fromEntries(Object.entries(existing?.value.fields ?? {}).filter(([label]) => questions.includes(label)));
    const entry: MeetingScoped<RoundTableEntry> = {
      meetingId: meeting.id,
      organisationId: organisation.id,
      reporterId: editor.aadObjectId,
      reporterName: editor.displayName,
      text: normaliseRoundTableText(input.text, input.language),
      fields: normaliseFields(fields, questions),
      submitted: submittedWhen(meeting, now, input.inMeetingChat),
      updatedAt: now.toISOString(),
    };
    const stored = existing ? await this.replace(existing, entry, input) : await this.createFirst(entry, input.ifMatch);
    if (permission.afterPublication && stored !== existing) {
      this.logger.info({ meetingId: meeting.id, organisationId: organisation.id, editorId: editor.aadObjectId }, "round-table entry edited after the minutes were published");
    }
    return stored;
  }

  /** Earlier versions of an organisation's entry in a meeting, newest first. */
  async versions(meetingId: string, organisationId: string): Promise<RoundTableVersion[]> {
    const rows = await this.stores.roundTableVersions.list(meetingId);
    return rows.map((r) => r.value).filter((v) => v.organisationId === organisationId).sort((a, b) => b.replacedAt.localeCompare(a.replacedAt));
  }

  /** An organisation's entries across the network's meetings, newest meeting first. */
  async history(networkId: string, organisationId: string): Promise<HistoryEntry[]> {
    const rows = (await this.stores.roundTable.where("organisationId", organisationId)).filter((r) => isEntry(r.value));
    const found = await Promise.all(rows.map(async ({ value: { meetingId, ...entry } }) => {
      const meeting = (await this.stores.meetings.get(networkId, meetingId))?.value;
      return meeting ? [{ meeting, entry }] : [];
    }));
    return found.flat().sort((a, b) => b.meeting.startUtc.localeCompare(a.meeting.startUtc));
  }

  private async createFirst(entry: MeetingScoped<RoundTableEntry>, ifMatch: string | undefined): Promise<StoredEntry> {
    if (ifMatch) throw staleWrite(undefined);
    try {
      return await this.stores.roundTable.create(entry);
    } catch (error) {
      if (error instanceof AlreadyExistsError) throw staleWrite(await this.stores.roundTable.get(entry.meetingId, entry.organisationId));
      throw error;
    }
  }

  private async replace(existing: StoredEntry, entry: MeetingScoped<RoundTableEntry>, input: EntryWrite): Promise<StoredEntry> {
    if (input.ifMatch !== existing.etag) throw staleWrite(existing);
    const unchanged = existing.value.text === entry.text && JSON.stringify(existing.value.fields) === JSON.stringify(entry.fields);
    if (unchanged) return existing;
    const version: RoundTableVersion = {
      ...existing.value,
      replacedAt: entry.updatedAt,
      replacedById: input.editor.aadObjectId,
      replacedByName: input.editor.displayName,
      versionId: randomUUID().slice(0, 8),
    };
    // The old version is saved first: if the replace then loses, the saved copy is removed again.
    await this.stores.roundTableVersions.create(version);
    try {
      return await this.stores.roundTable.replace(entry, existing.etag);
    } catch (error) {
      await this.stores.roundTableVersions.remove(version.meetingId, versionRowKey(version));
      if (error instanceof ConcurrencyError) throw staleWrite(await this.stores.roundTable.get(entry.meetingId, entry.organisationId));
      throw error;
    }
  }
}
