import type { MaterialListView, MaterialView } from "../api/contract";
import type { AuditLog } from "../audit/audit-log";
import type { AgendaItem } from "../domain/agenda";
import type { Clock } from "../domain/clock";
import { conflict, forbidden, notFound } from "../domain/errors";
import {
  assertContentMatches, assertFileSize, assertMaterialId, assertMayAddMaterial, assertMayRemoveMaterial, assertRoomForMaterial,
  checkedFileName, checkedLink, checkedTitle, isPresenterOf, MATERIAL_EXTENSIONS, mayManageAllMaterial, sameMaterial, type Material,
} from "../domain/material";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Meetings } from "../meetings/meetings";
import type { Stored, Stores } from "../storage/repository";
import type { MaterialFiles } from "./material-files";

const materialNotFound = () => notFound("material_not_found", "Materialet finns inte.", "The material does not exist.");
const uploadsOff = () =>
  forbidden("material_uploads_off", "Filer kan inte laddas upp här. Lägg in en länk till filen (t.ex. i SharePoint) i stället.", "Files cannot be uploaded here. Add a link to the file (e.g. in SharePoint) instead.");

/** The name of a material file's blob: the meeting, then the material. */
export const blobNameOf = (material: Pick<Material, "meetingId" | "id">) => `${material.meetingId}/${material.id}`;

/** An upload as the route reads it: the bytes come only after the caller may upload (see `prepareUpload`). */
export interface UploadRequest {
  itemNumber: number;
  fileName: string;
  title?: string;
}

/**
 * Presentations and other material per agenda item: links, and files kept in Blob Storage. Everyone who may
 * read the meeting sees them; the meeting's people add to any item, a presenter to their own item (also after
 * the meeting). Writes are audited; a repeated request with the same material id does nothing twice.
 */
export class MaterialService {
  constructor(
    private readonly stores: Stores,
    private readonly meetings: Meetings,
    private readonly files: MaterialFiles | undefined,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly maxBytes: number,
  ) {}

  /** The meeting's material as the caller may see it, with what the caller may do. */
  async list(callerId: string | undefined, meetingId: string): Promise<MaterialListView> {
    const { meeting, member } = await this.meetings.getFor(callerId, meetingId);
    const [agenda, rows] = await Promise.all([this.meetings.agenda(meetingId), this.stores.materials.list(meetingId)]);
    return this.view(member, meeting.value, agenda, rows);
  }

  /** All of a meeting's material, oldest first (for the minutes and their exports). */
  async ofMeeting(meetingId: string): Promise<Material[]> {
    return (await this.stores.materials.list(meetingId)).map((r) => r.value).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  /** Adds a link to an item (idempotent on the material id). */
  async addLink(callerId: string | undefined, meetingId: string, id: string, input: { itemNumber: number; title: string; url: string }): Promise<{ created: boolean; material: MaterialView }> {
    assertMaterialId(id);
    const link = checkedLink(input);
    const { meeting, member, item, existing } = await this.allowedToAdd(callerId, meetingId, input.itemNumber);
    const asked = { itemNumber: item.number, kind: "link" as const, title: link.title, url: link.url };
    const again = this.repeated(existing, id, asked);
    if (again) return { created: false, material: this.viewOf(member, meeting, again) };
    const material: Material = { meetingId, id, ...asked, addedBy: member.aadObjectId, addedByName: member.displayName, addedAt: this.clock.now().toISOString() };
    await this.audited(member, meeting, "material.add", material, () => this.stores.materials.create(material));
    return { created: true, material: this.viewOf(member, meeting, material) };
  }

  /**
   * Checks an upload before a byte of it is read: the caller may add to the item, uploads are on, the name and
   * type are allowed, the announced size is within the limit. Returns what `upload` needs.
   */
  async prepareUpload(callerId: string | undefined, meetingId: string, id: string, request: UploadRequest, announcedBytes: number | undefined) {
    assertMaterialId(id);
    if (!this.files) throw uploadsOff();
    const file = checkedFileName(request.fileName);
    const title = request.title?.trim() ? checkedTitle(request.title) : file.fileName.replace(/\.[^.]+$/, "");
    if (announcedBytes !== undefined) assertFileSize(Math.max(1, announcedBytes), this.maxBytes);
    const allowed = await this.allowedToAdd(callerId, meetingId, request.itemNumber);
    return { ...allowed, id, file, title, maxBytes: this.maxBytes };
  }

  /** Stores an uploaded file (after `prepareUpload`), then its row; a repeated upload of the same file does nothing twice. */
  async upload(prepared: Awaited<ReturnType<MaterialService["prepareUpload"]>>, data: Buffer): Promise<{ created: boolean; material: MaterialView }> {
    const { meeting, member, item, existing, id, file, title } = prepared;
    assertFileSize(data.length, this.maxBytes);
    assertContentMatches(file.fileName, data.subarray(0, 16));
    const asked = { itemNumber: item.number, kind: "file" as const, title, fileName: file.fileName, size: data.length };
    const again = this.repeated(existing, id, asked);
    if (again) return { created: false, material: this.viewOf(member, meeting, again) };
    const material: Material = { meetingId: meeting.id, id, ...asked, contentType: file.contentType, addedBy: member.aadObjectId, addedByName: member.displayName, addedAt: this.clock.now().toISOString() };
    // The bytes first: a row never points to a file that is not there. A row that fails leaves an unlisted blob, removed here.
    await this.files!.put(blobNameOf(material), data, file.contentType);
    try {
      await this.audited(member, meeting, "material.add", material, () => this.stores.materials.create(material));
    } catch (error) {
      await this.files!.remove(blobNameOf(material)).catch(() => undefined);
      throw error;
    }
    return { created: true, material: this.viewOf(member, meeting, material) };
  }

  /** A file for download by someone who may read the meeting. */
  async download(callerId: string | undefined, meetingId: string, id: string): Promise<{ material: Material; data: Buffer }> {
    await this.meetings.getFor(callerId, meetingId);
    const row = await this.stores.materials.get(meetingId, id);
    if (!row || row.value.kind !== "file") throw materialNotFound();
    if (!this.files) throw uploadsOff();
    const stored = await this.files.get(blobNameOf(row.value));
    if (!stored) throw materialNotFound();
    return { material: row.value, data: stored.data };
  }

  /** Removes a material (eTag-checked when `ifMatch` is given) and its file. */
  async remove(callerId: string | undefined, meetingId: string, id: string, ifMatch: string | undefined): Promise<void> {
    const { meeting, member } = await this.meetings.getFor(callerId, meetingId);
    const row = await this.stores.materials.get(meetingId, id);
    if (!row) throw materialNotFound();
    assertMayRemoveMaterial(member, meeting.value, row.value);
    await this.audited(member, meeting.value, "material.remove", row.value, () => this.stores.materials.remove(meetingId, id, ifMatch ?? row.etag));
    if (row.value.kind === "file" && this.files) await this.files.remove(blobNameOf(row.value));
  }

  private async allowedToAdd(callerId: string | undefined, meetingId: string, itemNumber: number) {
    const { meeting, member } = await this.meetings.getFor(callerId, meetingId);
    const agenda = await this.meetings.agenda(meetingId);
    const item = agenda.find((i) => i.number === itemNumber);
    if (!item) throw notFound("unknown_agenda_item", `Dagordningen har ingen punkt ${itemNumber}.`, `The agenda has no item ${itemNumber}.`);
    assertMayAddMaterial(member, meeting.value, item);
    const existing = (await this.stores.materials.list(meetingId)).map((r) => r.value);
    return { meeting: meeting.value, member, item, existing };
  }

  private repeated(existing: readonly Material[], id: string, asked: Parameters<typeof sameMaterial>[1]): Material | undefined {
    const stored = existing.find((m) => m.id === id);
    if (stored && sameMaterial(stored, asked)) return stored;
    if (stored) throw conflict("material_exists", "Det finns redan ett annat material med det id:t.", "Another material already has that id.");
    assertRoomForMaterial(existing, asked.itemNumber);
    return undefined;
  }

  private audited<T>(member: Member, meeting: Meeting, action: "material.add" | "material.remove", material: Material, change: () => Promise<T>): Promise<T> {
    const value = material.kind === "link" ? material.url : `${material.fileName} (${material.size} B)`;
    return this.audit.during({
      networkId: meeting.networkId, meetingId: meeting.id, actorId: member.aadObjectId, actorName: member.displayName, action,
      target: String(material.itemNumber),
      changes: [{ field: material.title, ...(action === "material.add" ? { after: value } : { before: value }) }],
    }, change);
  }

  private view(member: Member, meeting: Meeting, agenda: readonly AgendaItem[], rows: readonly Stored<Material>[]): MaterialListView {
    const all = mayManageAllMaterial(member, meeting);
    return {
      uploads: { enabled: this.files !== undefined, maxBytes: this.maxBytes, extensions: [...MATERIAL_EXTENSIONS] },
      items: agenda.map((item) => ({
        number: item.number,
        canAdd: all || (member.active && member.role !== "guest" && isPresenterOf(member, item)),
      })),
      material: rows.map((r) => ({ ...this.viewOf(member, meeting, r.value), etag: r.etag }))
        .sort((a, b) => a.itemNumber - b.itemNumber || a.addedAt.localeCompare(b.addedAt)),
    };
  }

  private viewOf(member: Member, meeting: Meeting, material: Material): MaterialView {
    const canRemove = mayManageAllMaterial(member, meeting) || (member.active && material.addedBy === member.aadObjectId);
    return {
      id: material.id, itemNumber: material.itemNumber, kind: material.kind, title: material.title,
      ...(material.url ? { url: material.url } : {}),
      ...(material.fileName ? { fileName: material.fileName, contentType: material.contentType, size: material.size } : {}),
      addedByName: material.addedByName, addedAt: material.addedAt, canRemove,
    };
  }
}
