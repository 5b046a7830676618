import type { AgendaAttachment } from "./agenda";
import { materialOfItem, readableSize, type Material } from "./material";
import type { MinutesDocument } from "./minutes";
import type { Language } from "./network";
import type { RichLine } from "./rich-text";

const label: Record<Language, string> = { sv: "Material:", en: "Material:" };

/** The lines "Material:" and one bullet per link or file of an item (links as links; files by title, name and size). */
export function materialLines(language: Language, links: readonly AgendaAttachment[], material: readonly Material[]): RichLine[] {
  const bullets: RichLine[] = [
    ...links.map((link): RichLine => ({ kind: "bullet", inlines: [{ text: link.title, href: link.url }] })),
    ...material.map((m): RichLine => m.kind === "link"
      ? { kind: "bullet", inlines: [{ text: m.title, href: m.url! }] }
      : { kind: "bullet", inlines: [{ text: `${m.title} (${m.fileName}, ${readableSize(m.size ?? 0, language)})` }] }),
  ];
  return bullets.length > 0 ? [{ kind: "text", inlines: [{ text: label[language], bold: true }] }, ...bullets] : [];
}

/**
 * The minutes with each item's material listed last in the item: the agenda's links and the material added
 * before or after the meeting (presenters add their slides afterwards, so this is applied when the minutes are read).
 */
export function withMaterial(doc: MinutesDocument, links: ReadonlyMap<number, readonly AgendaAttachment[]>, material: readonly Material[]): MinutesDocument {
  if (material.length === 0 && [...links.values()].every((l) => l.length === 0)) return doc;
  return {
    ...doc,
    items: doc.items.map((item) => ({
      ...item,
      lines: [...item.lines, ...materialLines(doc.language, links.get(item.number) ?? [], materialOfItem(material, item.number))],
    })),
  };
}
