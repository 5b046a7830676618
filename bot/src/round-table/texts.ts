import { defineTexts } from "../shared/texts";
import type { Language } from "../domain/network";
import type { WalkStatus } from "../domain/round-table-walk";

/** Card texts of the round table, Swedish and English. */
export const roundTableTexts = defineTexts({
  sv: {
    title: "Aktuellt läge i respektive kommun",
    status: {
      "not-started": "Rundan har inte börjat.",
      running: "Rundan pågår.",
      paused: "Rundan är pausad.",
      finished: "Alla har fått ordet. Tryck Avsluta rundan för att föra in texterna i anteckningarna.",
      closed: "Rundan är avslutad. Texterna finns under punkt 1 i anteckningarna.",
    } satisfies Record<WalkStatus, string>,
    rounds: { kommuner: "Kommuner", omvarldsbevakning: "Omvärldsbevakning" },
    now: "Nu",
    done: "Klara",
    left: "Kvar",
    skipped: "Hoppas över",
    nobodyPresent: "ingen närvarande",
    chairSkipped: "av ordföranden",
    none: "—",
    submittedBy: (name: string, when: string) => `Skrivet ${when} av ${name}:`,
    when: { before: "före mötet", during: "under mötet", after: "efter mötet" },
    nothingSubmitted: "Inget inskickat i förväg.",
    next: "Nästa",
    back: "Tillbaka",
    skip: "Hoppa över",
    close: "Avsluta rundan",
    pause: "Pausa",
    resume: "Fortsätt",
    start: "Starta rundan",
    agenciesOn: "Ta med Omvärldsbevakning",
    agenciesOff: "Utan Omvärldsbevakning",
    edit: (org: string) => `Skriv/ändra text för ${org}`,
    textLabel: (org: string) => `Aktuellt läge i ${org}`,
    save: "Spara",
    saved: (org: string) => `Texten för ${org} är sparad.`,
    conflictMine: "Din text finns kvar i fältet nedan — spara igen om den ska ersätta den nuvarande.",
    onlyChair: "Det är mötets ordförande eller samordnaren som leder rundan.",
    onlyCoordinator: "Bara samordnaren kan ta med eller ta bort Omvärldsbevakning.",
    unknownStep: "Okänt kommando på kortet.",
    otherMeeting: "Kortet hör till ett annat möte än den här chattens.",
  },
  en: {
    title: "Current situation in each municipality",
    status: {
      "not-started": "The round has not started.",
      running: "The round is on.",
      paused: "The round is paused.",
      finished: "Everyone has had their turn. Press Close the round to put the texts into the minutes.",
      closed: "The round is closed. The texts are under item 1 of the minutes.",
    } satisfies Record<WalkStatus, string>,
    rounds: { kommuner: "Municipalities", omvarldsbevakning: "Agencies (Omvärldsbevakning)" },
    now: "Now",
    done: "Done",
    left: "Left",
    skipped: "Skipped",
    nobodyPresent: "nobody present",
    chairSkipped: "by the chair",
    none: "—",
    submittedBy: (name: string, when: string) => `Written ${when} by ${name}:`,
    when: { before: "before the meeting", during: "during the meeting", after: "after the meeting" },
    nothingSubmitted: "Nothing submitted beforehand.",
    next: "Next",
    back: "Back",
    skip: "Skip",
    close: "Close the round",
    pause: "Pause",
    resume: "Resume",
    start: "Start the round",
    agenciesOn: "Include Omvärldsbevakning",
    agenciesOff: "Without Omvärldsbevakning",
    edit: (org: string) => `Write/edit the text of ${org}`,
    textLabel: (org: string) => `Current situation in ${org}`,
    save: "Save",
    saved: (org: string) => `The text of ${org} is saved.`,
    conflictMine: "Your text is kept in the field below — save again if it should replace the current one.",
    onlyChair: "The meeting's chair or the coordinator leads the round table.",
    onlyCoordinator: "Only the coordinator can include or leave out Omvärldsbevakning.",
    unknownStep: "Unknown action on the card.",
    otherMeeting: "This card belongs to another meeting than this chat's.",
  },
});

/** The texts in one language. */
export function roundTableText(language: Language) {
  return roundTableTexts[language];
}

/** Texts of round-table-ask-card. */
export const askCardTexts = defineTexts({
  sv: {
    title: (org: string) => `Aktuellt läge i ${org}`,
    intro: (title: string, when: string) => `Inför ${title}, ${when}. Skriv några rader om läget just nu. Texten visas i rundan och förs in i anteckningarna. Alla i er organisation kan ändra den.`,
    reminder: "Påminnelse: vi har inte fått något aktuellt läge från er ännu.",
    previous: (when: string) => `Förra mötet (${when}):`,
    current: (name: string) => `Nuvarande text, skriven av ${name}. Du kan ändra den nedan.`,
    send: "Skicka",
  },
  en: {
    title: (org: string) => `Current situation in ${org}`,
    intro: (title: string, when: string) => `Before ${title}, ${when}. Write a few lines about the current situation. The text is shown in the round table and goes into the minutes. Anyone in your organisation can edit it.`,
    reminder: "Reminder: we have not yet received an update from you.",
    previous: (when: string) => `Previous meeting (${when}):`,
    current: (name: string) => `Current text, written by ${name}. You can edit it below.`,
    send: "Send",
  },
});

/** Texts of round-table-feature. */
export const leadRefusal = defineTexts({
  sv: "Det är mötets ordförande eller samordnaren som leder rundan. Säg till ordföranden om du vill ha ordet.",
  en: "The meeting's chair or the coordinator leads the round table. Tell the chair if you would like the floor.",
});

/** What the 1:1 ask card answers on sending. */
export const submitTexts = defineTexts({
  sv: { saved: "Tack! Texten är sparad. Du kan ändra den fram till mötet.", keptHint: "Din text finns kvar nedan — skicka igen om den ska ersätta den nuvarande." },
  en: { saved: "Thank you! The text is saved. You can change it until the meeting.", keptHint: "Your text is kept below — send again if it should replace the current one." },
});

/** What the closing summary lists: organisations by what became of their turn. */
export interface ClosingLists {
  reported: string[];
  spokeWithoutText: string[];
  skipped: string[];
  left: string[];
}

/** "Rundan är avslutad: …" — who reported, who spoke without text, who was skipped, who was not reached. */
export const closingTexts = defineTexts({
  sv: {
    summary: (l: ClosingLists, list: (xs: string[]) => string) =>
      `Rundan är avslutad. Med text i anteckningarna (${l.reported.length}): ${list(l.reported)}.` +
      (l.spokeWithoutText.length > 0 ? ` Talade utan skriven text (${l.spokeWithoutText.length}): ${list(l.spokeWithoutText)}.` : "") +
      ` Hoppades över (${l.skipped.length}): ${list(l.skipped)}.` +
      (l.left.length > 0 ? ` Hann inte: ${list(l.left)}.` : "") + " Texterna finns under punkt 1 i anteckningarna.",
    alreadyClosed: "Rundan är redan avslutad. Texterna finns under punkt 1 i anteckningarna.",
  },
  en: {
    summary: (l, list) =>
      `The round is closed. With text in the minutes (${l.reported.length}): ${list(l.reported)}.` +
      (l.spokeWithoutText.length > 0 ? ` Spoke without a written text (${l.spokeWithoutText.length}): ${list(l.spokeWithoutText)}.` : "") +
      ` Skipped (${l.skipped.length}): ${list(l.skipped)}.` +
      (l.left.length > 0 ? ` Not reached: ${list(l.left)}.` : "") + " The texts are under item 1 of the minutes.",
    alreadyClosed: "The round is already closed. The texts are under item 1 of the minutes.",
  },
});
