import { defineTexts } from "../shared/texts";

/** Texts of help-card. */
export const helpTexts = defineTexts({
  sv: {
    title: "Nätverksmöten — hjälp",
    intro: "Jag hjälper nätverket med kallelser, närvaro, rundan ”aktuellt läge” och anteckningar. Skriv ett av kommandona:",
    personal: "i chatten med mig",
    meeting: "i mötets chatt",
    anywhere: "var som helst",
    unknown: (text: string) => `Jag förstod inte ”${text}”.`,
    greeting: (name: string) => `Hej${name ? ` ${name}` : ""}! Så här kan jag hjälpa till:`,
    tab: "Dagordning och anteckningar finns i fliken Nätverksmöten.",
  },
  en: {
    title: "Network meetings — help",
    intro: "I help the network with invitations, roll call, the round table and minutes. Type one of the commands:",
    personal: "in the chat with me",
    meeting: "in the meeting chat",
    anywhere: "anywhere",
    unknown: (text: string) => `I did not understand "${text}".`,
    greeting: (name: string) => `Hello${name ? ` ${name}` : ""}! This is how I can help:`,
    tab: "Agenda and minutes are in the Network meetings tab.",
  },
});

/** What the bot says when a turn fails for a reason that is not the user's. */
export const botTexts = defineTexts({
  sv: { failed: "Något gick fel. Försök igen om en stund." },
  en: { failed: "Something went wrong. Please try again in a moment." },
});

/** Texts of tenant-guard. */
export const tenantRefusal = defineTexts({
  sv: "Den här appen används bara av organisationerna i nätverket, och din organisation är inte med. Kontakta nätverkets samordnare.",
  en: "This app is only used by the organisations of the network, and yours is not one of them. Contact the network's coordinator.",
});
