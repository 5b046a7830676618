import type { AgendaDiffEntry } from "../domain/agenda-diff";
import type { Language } from "../domain/network";

const minutes = (n: number | undefined, none: string) => (n === undefined ? none : `${n} min`);

const lines: Record<Language, (c: AgendaDiffEntry) => string> = {
  sv: (c) => {
    switch (c.kind) {
      case "added": return `Ny punkt ${c.number}: ${c.title}`;
      case "removed": return `Borttagen: ${c.title} (var punkt ${c.number})`;
      case "renamed": return `Punkt ${c.number} heter nu "${c.to}" (förut "${c.from}")`;
      case "moved": return `Flyttad: ${c.title} (punkt ${c.from} → ${c.to})`;
      case "minutes": return `Ny tid för punkt ${c.number} ${c.title}: ${minutes(c.to, "ingen tid")} (förut ${minutes(c.from, "ingen tid")})`;
      case "details": return `Punkt ${c.number} ${c.title}: ändrade föredragande, beskrivning eller länkar`;
    }
  },
  en: (c) => {
    switch (c.kind) {
      case "added": return `New item ${c.number}: ${c.title}`;
      case "removed": return `Removed: ${c.title} (was item ${c.number})`;
      case "renamed": return `Item ${c.number} is now "${c.to}" (was "${c.from}")`;
      case "moved": return `Moved: ${c.title} (item ${c.from} → ${c.to})`;
      case "minutes": return `New time for item ${c.number} ${c.title}: ${minutes(c.to, "no time")} (was ${minutes(c.from, "no time")})`;
      case "details": return `Item ${c.number} ${c.title}: changed presenters, description or links`;
    }
  },
};

/** Each change of an agenda as one line for people, in the language. */
export function agendaChangeLines(changes: readonly AgendaDiffEntry[], language: Language): string[] {
  return changes.map(lines[language]);
}
