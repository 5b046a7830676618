import { randomUUID } from "node:crypto";
import type { ActionItem } from "../domain/agenda";
import type { MinutesDocument } from "../domain/minutes";
import type { MinutesVersion } from "../domain/minutes-workflow";
import type { Stores } from "../storage/repository";

/** An agenda item's part of the minutes as readers see it. */
export interface MinutesItemView {
  number: number;
  title: string;
  notes: string;
  decisions: string[];
  actions: ActionItem[];
}

/** What a published version keeps: the document as it was rendered and the items' typed parts. */
export interface MinutesSnapshot {
  document: MinutesDocument;
  items: MinutesItemView[];
}

// Non-ASCII characters are stored as 6-character escapes; 60,000 characters stay within one row in any case.
const PART_CHARACTERS = 60_000;

const partKey = (snapshotId: string, part: number) => `${snapshotId}|${String(part).padStart(3, "0")}`;

/**
 * Keeps published minutes as JSON split over rows under a fresh snapshot id, so a snapshot of any size
 * fits and a writer who loses a race leaves only rows nobody points to.
 */
export class MinutesSnapshots {
  constructor(private readonly stores: Pick<Stores, "minutesText">) {}

  /** Writes a snapshot and returns where it is. */
  async write(meetingId: string, snapshot: MinutesSnapshot): Promise<{ snapshotId: string; parts: number }> {
    const json = JSON.stringify(snapshot);
    const snapshotId = randomUUID();
    const texts: string[] = [];
    for (let at = 0; at < json.length || texts.length === 0; at += PART_CHARACTERS) texts.push(json.slice(at, at + PART_CHARACTERS));
    await Promise.all(texts.map((text, part) => this.stores.minutesText.create({ meetingId, snapshotId, part, text })));
    return { snapshotId, parts: texts.length };
  }

  /** Reads the snapshot of a published version. */
  async read(version: Pick<MinutesVersion, "meetingId" | "snapshotId" | "parts">): Promise<MinutesSnapshot> {
    const parts = await Promise.all(
      Array.from({ length: version.parts }, (_, part) => this.stores.minutesText.get(version.meetingId, partKey(version.snapshotId, part))),
    );
    if (parts.some((p) => p === undefined)) throw new Error(`Minutes snapshot ${version.snapshotId} of ${version.meetingId} is incomplete`);
    return JSON.parse(parts.map((p) => p!.value.text).join("")) as MinutesSnapshot;
  }

  /** Removes the rows of a snapshot nobody points to (after a lost race). */
  async remove(meetingId: string, snapshotId: string, parts: number): Promise<void> {
    await Promise.all(Array.from({ length: parts }, (_, part) => this.stores.minutesText.remove(meetingId, partKey(snapshotId, part))));
  }
}
