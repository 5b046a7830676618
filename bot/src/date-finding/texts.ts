import { defineTexts } from "../shared/texts";
import type { DateMark } from "../domain/date-poll";

/** Finding the date: card and message texts (sv, en). */
export const dateTexts = defineTexts({
  sv: {
    title: (title: string) => `Hitta datum: ${title}`,
    intro: "Markera för varje förslag om du kan: ja, om det behövs eller nej.",
    marks: { yes: "Ja", maybe: "Om det behövs", no: "Nej" } as Record<DateMark, string>,
    comment: "Kommentar (valfri)",
    send: "Skicka",
    thanks: "Tack! Dina markeringar är sparade. Du kan ändra dem så länge förfrågan är öppen.",
    decided: (when: string) => `Datum är valt: ${when}. Kallelsen kommer separat.`,
    closed: "Datumförfrågan är avslutad.",
    answerBy: (when: string) => `Svara senast ${when}.`,
    reminder: (title: string) => `Påminnelse: du har inte markerat vilka datum som passar för "${title}". Svara på kortet här i chatten eller i fliken Nätverksmöten.`,
  },
  en: {
    title: (title: string) => `Finding the date: ${title}`,
    intro: "For each proposal, mark whether you can come: yes, if needed or no.",
    marks: { yes: "Yes", maybe: "If needed", no: "No" } as Record<DateMark, string>,
    comment: "Comment (optional)",
    send: "Send",
    thanks: "Thank you! Your marks are saved. You can change them while the poll is open.",
    decided: (when: string) => `The date is chosen: ${when}. The invitation follows separately.`,
    closed: "The date poll is closed.",
    answerBy: (when: string) => `Answer by ${when}.`,
    reminder: (title: string) => `Reminder: you have not marked which dates suit you for "${title}". Answer on the card here in the chat or in the Network meetings tab.`,
  },
});
