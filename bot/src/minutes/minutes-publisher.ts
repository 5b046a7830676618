import type { MinutesParts } from "./minutes-parts";
import { auditValue } from "../domain/audit";
import { conflict } from "../domain/errors";
import { assertCanPublishMinutes, canTransition, type Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { MinutesDocument } from "../domain/minutes";
import type { MinutesVersion } from "../domain/minutes-workflow";
import type { Logger } from "../logger";
import { withConflictRetry } from "../storage/retry";
import { AlreadyExistsError } from "../storage/storage-errors";
import type { Meetings } from "../meetings/meetings";
import { draftDocument, itemViews, MinutesData } from "./minutes-data";
import type { MinutesEvents } from "./minutes-events";
import { MinutesSnapshots } from "./minutes-snapshot";

const alreadyPublished = () =>
  conflict(
    "already_published",
    "Anteckningarna är redan publicerade. Rätta dem med en ändringsnotering.",
    "The minutes are already published. Correct them with a change note.",
  );

/**
 * Publishes versions of the minutes: the snapshot rows are written first under a fresh id, then the
 * version row is created; creating it is the one step that decides, so two publishers never both win and
 * a crash in between leaves only unreferenced rows.
 */
export class MinutesPublisher {
  private readonly data: MinutesData;
  private readonly snapshots: MinutesSnapshots;

  constructor(private readonly deps: MinutesParts & { meetings: Meetings; events: MinutesEvents; logger: Logger }) {
    this.data = deps.data;
    this.snapshots = deps.snapshots;
  }

  /** The newest published version, if any. */
  async latest(meetingId: string): Promise<MinutesVersion | undefined> {
    const versions = await this.deps.stores.minutesVersions.list(meetingId);
    return versions.map((v) => v.value).sort((a, b) => a.version - b.version).at(-1);
  }

  /** Throws 409 when the minutes are already published. */
  async assertNotPublished(meetingId: string): Promise<void> {
    if (await this.latest(meetingId)) throw alreadyPublished();
  }

  /**
   * Publishes the minutes as they are generated now: the first version, or with a change note a
   * correction. Refused while the roll call is open. Then tells the meeting chat, members and approvers.
   */
  async publish(meeting: Meeting, by: Member, changeNote?: string): Promise<MinutesVersion> {
    const fresh = (await this.deps.meetings.get(meeting.id)).value;
    assertCanPublishMinutes(fresh);
    const { version, document } = await withConflictRetry(async () => {
      const data = await this.data.load(fresh);
      const latest = data.versions.at(-1);
      if (latest && !changeNote) throw alreadyPublished();
      const document = draftDocument(data);
      const written = await this.snapshots.write(fresh.id, { document, items: itemViews(data.agenda.map((row) => row.value)) });
      const version: MinutesVersion = {
        meetingId: fresh.id, version: (latest?.version ?? 0) + 1, kind: latest ? "correction" : "published", at: this.deps.clock.now().toISOString(),
        byId: by.aadObjectId, byName: by.displayName, ...(changeNote ? { changeNote } : {}), ...written,
      };
      const draft = {
        networkId: fresh.networkId, meetingId: fresh.id, actorId: by.aadObjectId, actorName: by.displayName, action: "minutes.publish" as const, target: "minutes",
        changes: [{ field: "version", ...(latest ? { before: String(latest.version) } : {}), after: String(version.version) }, ...(changeNote ? [{ field: "changeNote", after: auditValue(changeNote) }] : [])],
      };
      try {
        await this.deps.audit.during(draft, () => this.deps.stores.minutesVersions.create(version));
      } catch (error) {
        await this.snapshots.remove(fresh.id, written.snapshotId, written.parts);
        throw error instanceof AlreadyExistsError && !changeNote ? alreadyPublished() : error;
      }
      return { version, document };
    });
    this.deps.logger.info({ meetingId: fresh.id, version: version.version, kind: version.kind, by: by.aadObjectId }, "minutes published");
    await this.markMeetingPublished(fresh.id);
    await this.announce(fresh, version, document);
    return version;
  }

  private async markMeetingPublished(meetingId: string): Promise<void> {
    await withConflictRetry(async () => {
      const stored = await this.deps.meetings.get(meetingId);
      if (!canTransition(stored.value.status, "published")) return;
      await this.deps.stores.meetings.replace({ ...stored.value, status: "published" }, stored.etag);
    });
  }

  private async announce(meeting: Meeting, version: MinutesVersion, document: MinutesDocument): Promise<void> {
    try {
      await this.deps.events.published(meeting, version, document);
      const state = await this.deps.state.read(meeting.id);
      if (state.cards.length > 0) await this.deps.events.approvalChanged(meeting, state, true);
    } catch (error) {
      this.deps.logger.warn({ err: error, meetingId: meeting.id, version: version.version }, "minutes published, but telling people failed");
    }
  }
}
