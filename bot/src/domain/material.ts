import { forbidden, invalid, AppError } from "./errors";
import type { AgendaItem } from "./agenda";
import type { Meeting } from "./meeting";
import type { Member } from "./member";
import { may } from "./roles";
import { hasSingleLineControls } from "./text-rules";

/** A presentation or other material of one agenda item: a link, or a file kept in Blob Storage. */
export interface Material {
  meetingId: string;
  id: string;
  itemNumber: number;
  kind: "link" | "file";
  title: string;
  /** The web address of a link (https). */
  url?: string;
  /** A file's name, type and size in bytes. */
  fileName?: string;
  contentType?: string;
  size?: number;
  addedBy: string;
  addedByName: string;
  addedAt: string;
}

/** What may be uploaded: the file name's extension, its content type, and how its first bytes begin. */
interface FileType {
  extensions: string[];
  contentType: string;
  signatures: number[][];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const FILE_TYPES: FileType[] = [
  { extensions: ["pdf"], contentType: "application/pdf", signatures: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  { extensions: ["pptx"], contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", signatures: [ZIP] },
  { extensions: ["docx"], contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", signatures: [ZIP] },
  { extensions: ["xlsx"], contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", signatures: [ZIP] },
  { extensions: ["odp"], contentType: "application/vnd.oasis.opendocument.presentation", signatures: [ZIP] },
  { extensions: ["odt"], contentType: "application/vnd.oasis.opendocument.text", signatures: [ZIP] },
  { extensions: ["ods"], contentType: "application/vnd.oasis.opendocument.spreadsheet", signatures: [ZIP] },
  { extensions: ["ppt"], contentType: "application/vnd.ms-powerpoint", signatures: [OLE] },
  { extensions: ["doc"], contentType: "application/msword", signatures: [OLE] },
  { extensions: ["xls"], contentType: "application/vnd.ms-excel", signatures: [OLE] },
  { extensions: ["png"], contentType: "image/png", signatures: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  { extensions: ["jpg", "jpeg"], contentType: "image/jpeg", signatures: [[0xff, 0xd8, 0xff]] },
];

/** The extensions of the files that may be uploaded, for messages and the file picker. */
export const MATERIAL_EXTENSIONS: readonly string[] = FILE_TYPES.flatMap((t) => t.extensions);

/** At most this many materials per agenda item. */
export const MAX_MATERIAL_PER_ITEM = 20;

const ID = /^[A-Za-z0-9-]{8,64}$/;

/** Throws unless a material id (chosen by the client, so that a repeated request does nothing twice) is well formed. */
export function assertMaterialId(id: string): void {
  if (!ID.test(id)) {
    throw invalid("material_id_invalid", "Materialets id ska vara 8–64 tecken: bokstäver, siffror och bindestreck.", "A material id is 8–64 letters, digits and hyphens.");
  }
}

/** Checks a material's title (one line, 1–200 characters) and returns it trimmed. */
export function checkedTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed === "" || trimmed.length > 200 || hasSingleLineControls(trimmed)) {
    throw invalid("material_title_invalid", "Skriv en rubrik på högst 200 tecken, på en rad.", "Give a title of at most 200 characters on one line.");
  }
  return trimmed;
}

/** Checks a link's title and address (https only) and returns them trimmed. */
export function checkedLink(input: { title: string; url: string }): { title: string; url: string } {
  const url = input.url.trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.protocol !== "https:" || url.length > 2000 || hasSingleLineControls(url) || parsed.username !== "" || parsed.password !== "") {
    throw invalid("material_url_invalid", "Länken ska vara en webbadress som börjar med https://.", "The link must be a web address starting with https://.");
  }
  return { title: checkedTitle(input.title), url };
}

/** The type of an uploaded file from its name, or a refusal naming the types that may be uploaded. */
export function fileTypeOf(fileName: string): { extension: string; contentType: string } {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const type = FILE_TYPES.find((t) => t.extensions.includes(extension));
  if (!type) {
    throw invalid(
      "material_type_not_allowed",
      `Den filtypen tas inte emot. Tillåtna typer: ${MATERIAL_EXTENSIONS.join(", ")}.`,
      `That type of file is not accepted. Allowed types: ${MATERIAL_EXTENSIONS.join(", ")}.`,
    );
  }
  return { extension, contentType: type.contentType };
}

/** Checks an uploaded file's name: one line, no folders, at most 150 characters, a type that is allowed. */
export function checkedFileName(fileName: string): { fileName: string; contentType: string } {
  const name = fileName.trim();
  if (name === "" || name.length > 150 || hasSingleLineControls(name) || /[\\/:*?"<>|]/.test(name) || name.startsWith(".")) {
    throw invalid("material_file_name_invalid", "Filnamnet ska vara högst 150 tecken utan / \\ : * ? \" < > |.", "The file name must be at most 150 characters without / \\ : * ? \" < > |.");
  }
  return { fileName: name, contentType: fileTypeOf(name).contentType };
}

/** Throws unless the file's first bytes are those of its type (a renamed program is not a PDF). */
export function assertContentMatches(fileName: string, head: Uint8Array): void {
  const extension = fileTypeOf(fileName).extension;
  const type = FILE_TYPES.find((t) => t.extensions.includes(extension))!;
  const matches = type.signatures.some((signature) => signature.every((byte, i) => head[i] === byte));
  if (!matches) {
    throw invalid(
      "material_content_mismatch",
      `Filens innehåll är inte en ${extension.toUpperCase()}-fil. Spara den i rätt format och försök igen.`,
      `The file's content is not a ${extension.toUpperCase()} file. Save it in the right format and try again.`,
    );
  }
}

/** The refusal of a file larger than the limit (413). */
export function fileTooLarge(maxBytes: number): AppError {
  const mb = Math.floor(maxBytes / (1024 * 1024));
  return new AppError("too-large", "material_too_large", {
    sv: `Filen är för stor. Största tillåtna storlek är ${mb} MB.`,
    en: `The file is too large. The largest allowed size is ${mb} MB.`,
  });
}

/** Throws unless an uploaded file has content and is within the limit. */
export function assertFileSize(size: number, maxBytes: number): void {
  if (size === 0) throw invalid("material_file_empty", "Filen är tom.", "The file is empty.");
  if (size > maxBytes) throw fileTooLarge(maxBytes);
}

const folded = (text: string) => text.normalize("NFKC").toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();

/** Whether the member is named among the item's presenters (by name, as the agenda writes it). */
export function isPresenterOf(member: Pick<Member, "displayName">, item: Pick<AgendaItem, "presenters">): boolean {
  const name = folded(member.displayName);
  if (name === "") return false;
  return item.presenters.some((presenter) => folded(presenter).split(/[,;]| och | and /).map((p) => p.trim()).includes(name));
}

/** Whether the member may add material to any item of the meeting: the coordinator, the chair and the secretary. */
export function mayManageAllMaterial(member: Member, meeting: Pick<Meeting, "chairId" | "secretaryId">): boolean {
  return may(member, "edit-agenda", meeting) || may(member, "run-round-table", meeting);
}

/** Throws unless the member may add material to the item: the meeting's people, or a presenter of the item (also after the meeting). */
export function assertMayAddMaterial(member: Member, meeting: Pick<Meeting, "chairId" | "secretaryId">, item: AgendaItem): void {
  if (mayManageAllMaterial(member, meeting)) return;
  if (member.active && member.role !== "guest" && isPresenterOf(member, item)) return;
  throw forbidden(
    "material_not_allowed",
    "Material till en punkt läggs till av punktens föredragande, samordnaren eller mötets ordförande/sekreterare.",
    "Material for an item is added by the item's presenter, the coordinator or the meeting's chair/secretary.",
  );
}

/** Throws unless the member may remove the material: whoever added it, or the meeting's people. */
export function assertMayRemoveMaterial(member: Member, meeting: Pick<Meeting, "chairId" | "secretaryId">, material: Material): void {
  if (mayManageAllMaterial(member, meeting)) return;
  if (member.active && material.addedBy === member.aadObjectId) return;
  throw forbidden(
    "material_not_allowed",
    "Bara den som lade till materialet, samordnaren eller mötets ordförande/sekreterare kan ta bort det.",
    "Only the person who added the material, the coordinator or the meeting's chair/secretary may remove it.",
  );
}

/** Throws when the item already has as much material as allowed. */
export function assertRoomForMaterial(existing: readonly Material[], itemNumber: number): void {
  if (existing.filter((m) => m.itemNumber === itemNumber).length >= MAX_MATERIAL_PER_ITEM) {
    throw invalid(
      "material_limit",
      `Punkt ${itemNumber} har redan ${MAX_MATERIAL_PER_ITEM} material. Ta bort något först.`,
      `Item ${itemNumber} already has ${MAX_MATERIAL_PER_ITEM} materials. Remove one first.`,
    );
  }
}

/** Whether a stored material is the same as the one asked for again (a repeated request). */
export function sameMaterial(stored: Material, asked: Pick<Material, "itemNumber" | "kind" | "title" | "url" | "fileName" | "size">): boolean {
  return stored.itemNumber === asked.itemNumber && stored.kind === asked.kind && stored.title === asked.title &&
    (stored.url ?? "") === (asked.url ?? "") && (stored.fileName ?? "") === (asked.fileName ?? "") && (stored.size ?? 0) === (asked.size ?? 0);
}

/** The materials of one item, oldest first. */
export function materialOfItem(all: readonly Material[], itemNumber: number): Material[] {
  return all.filter((m) => m.itemNumber === itemNumber).sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
}

/** A file's size as people read it: "340 kB", "2,4 MB". */
export function readableSize(bytes: number, language: "sv" | "en"): string {
  const decimal = (n: number) => (language === "sv" ? n.toFixed(1).replace(".", ",") : n.toFixed(1));
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${decimal(bytes / (1024 * 1024))} MB`;
}
