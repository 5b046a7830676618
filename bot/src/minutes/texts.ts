import { defineTexts } from "../shared/texts";

/** Texts of minutes-approval-card. */
export const approvalCardTexts = defineTexts({
  sv: {
    title: "Anteckningarna är klara för justering",
    intro: "Du är justerare. Läs anteckningarna och justera dem, eller skicka en kommentar till sekreteraren.",
    approved: "Du har justerat anteckningarna.",
    published: "Anteckningarna är publicerade.",
    comment: "Kommentar till sekreteraren",
    approve: "Justera",
    send: "Skicka kommentar",
    open: "Läs anteckningarna",
    more: "Texten är förkortad här. Läs hela anteckningarna i fliken innan du justerar.",
    empty: "Anteckningarna har ingen text än.",
    changed: "Anteckningarna har ändrats sedan du justerade. Läs dem och justera igen.",
  },
  en: {
    title: "The minutes are ready for approval",
    intro: "You are an approver. Read the minutes and approve them, or send a comment to the secretary.",
    approved: "You have approved the minutes.",
    published: "The minutes are published.",
    comment: "Comment to the secretary",
    approve: "Approve",
    send: "Send comment",
    open: "Read the minutes",
    more: "The text is shortened here. Read the whole minutes in the tab before approving.",
    empty: "The minutes have no text yet.",
    changed: "The minutes were changed after you approved them. Read them and approve again.",
  },
});

/** Texts of minutes-published-card. */
export const publishedCardTexts = defineTexts({
  sv: {
    published: "Anteckningarna är publicerade",
    corrected: (v: number) => `Anteckningarna är rättade (version ${v})`,
    change: "Ändring",
    points: "Punkter",
    highlights: "Beslut och åtgärder",
    open: "Läs anteckningarna",
  },
  en: {
    published: "The minutes are published",
    corrected: (v: number) => `The minutes were corrected (version ${v})`,
    change: "Change",
    points: "Items",
    highlights: "Decisions and action points",
    open: "Read the minutes",
  },
});

/** Texts of minutes-feature. */
export const approvalNotices = defineTexts({
  sv: { commented: "Din kommentar är skickad till sekreteraren.", waiting: (reason: string) => `Justerat. Anteckningarna publiceras inte än: ${reason}` },
  en: { commented: "Your comment was sent to the secretary.", waiting: (reason: string) => `Approved. The minutes are not published yet: ${reason}` },
});

/** Messages about the minutes outside the cards, and the export file name. */
export const minutesMessages = defineTexts({
  sv: {
    commented: (by: string, title: string, date: string, text: string) => `${by} kommenterade anteckningarna från ${title} ${date}: ”${text}”`,
    openMinutes: "Öppna anteckningarna",
    fileName: "anteckningar",
    page: (n: number, of: number) => `Sida ${n} av ${of}`,
    keywords: "anteckningar, nätverksmöte",
  },
  en: {
    commented: (by, title, date, text) => `${by} commented on the minutes of ${title} ${date}: "${text}"`,
    openMinutes: "Open the minutes",
    fileName: "minutes",
    page: (n, of) => `Page ${n} of ${of}`,
    keywords: "minutes, network meeting",
  },
});
