import { defineTexts } from "../shared/texts";

/** Texts of the scribe's 1:1 notes card. */
export const notesCardTexts = defineTexts({
  sv: {
    title: (group: string) => `Anteckningar för ${group}`,
    intro: (item: string, meeting: string) => `Du är antecknare i gruppdialogen "${item}" på mötet ${meeting}. Skriv en punkt per rad; sekreteraren samlar dem som "Utdrag ur dialogerna".`,
    questions: "Frågorna:",
    notes: "Gruppens anteckningar",
    save: "Spara",
    saved: "Sparat.",
    by: (name: string) => `Senast sparat av ${name}.`,
  },
  en: {
    title: (group: string) => `Notes for ${group}`,
    intro: (item: string, meeting: string) => `You are the scribe of the group dialogue "${item}" at the meeting ${meeting}. Write one point a line; the secretary gathers them as "Utdrag ur dialogerna" (excerpts from the dialogues).`,
    questions: "The questions:",
    notes: "The group's notes",
    save: "Save",
    saved: "Saved.",
    by: (name: string) => `Last saved by ${name}.`,
  },
});

/** Errors of the group dialogues. */
export const dialogueErrors = {
  noDialogue: { sv: "Punkten har inga gruppdialoger.", en: "The item has no group dialogues." },
  noGroup: { sv: "Gruppen finns inte i dialogen.", en: "The group is not in the dialogue." },
  itemNotFound: { sv: "Dagordningen har ingen sådan punkt.", en: "The agenda has no such item." },
  setUpRefused: { sv: "Bara mötets ordförande eller samordnaren får ange frågor och grupper.", en: "Only the meeting's chair or the coordinator may set the questions and groups." },
  notesRefused: { sv: "Bara gruppens antecknare, mötets ordförande och sekreterare eller samordnaren får skriva gruppens anteckningar.", en: "Only the group's scribes, the meeting's chair and secretary or the coordinator may write the group's notes." },
  gatherRefused: { sv: "Bara mötets sekreterare eller samordnaren för in dialogerna i anteckningarna.", en: "Only the meeting's secretary or the coordinator puts the dialogues into the minutes." },
  published: { sv: "Anteckningarna är publicerade; gruppdialogerna kan inte ändras längre.", en: "The minutes are published; the group dialogues can no longer change." },
  unknownScribe: { sv: "En antecknare är inte medlem i nätverket.", en: "A scribe is not a member of the network." },
  groupHasNotes: { sv: "En grupp som redan har anteckningar kan inte tas bort.", en: "A group that already has notes cannot be removed." },
  concurrent: { sv: "Någon annan har sparat gruppens anteckningar samtidigt. Läs in igen och spara på nytt.", en: "Someone else saved the group's notes at the same time. Reload and save again." },
  tooLong: { sv: "Anteckningarna är för långa (högst 8000 tecken).", en: "The notes are too long (at most 8000 characters)." },
} as const;
