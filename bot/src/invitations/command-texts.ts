import type { Language } from "../domain/network";
import type { InvitationReport, InvitationResult } from "./invitation-sender";

const reasons = {
  sv: { "no-conversation-reference": "appen är inte installerad", "connector-error": "fel hos Teams" },
  en: { "no-conversation-reference": "the app is not installed", "connector-error": "Teams error" },
} as const;

const texts = {
  sv: {
    onlyPersonal: "Skriv \"skicka kallelse\" i din personliga chatt med mig.",
    noUpcoming: "Det finns inget kommande möte att skicka kallelse till. Skapa mötet i fliken Nätverksmöten först.",
    choose: "Vilket möte gäller kallelsen?",
    sendTo: (title: string, when: string) => `${title}, ${when}`,
    report: (title: string, sent: number, updated: number, had: number) =>
      `Kallelsen till "${title}": skickad till ${sent}, uppdaterad för ${updated}, ${had} hade redan den senaste versionen.`,
    unreachable: (list: string) => `Nås inte: ${list}. De får kallelsen när du skickar igen efter att de har installerat appen.`,
    busy: (n: number) => `${n} skickas just nu från en annan begäran.`,
  },
  en: {
    onlyPersonal: "Type \"send invitation\" in your personal chat with me.",
    noUpcoming: "There is no upcoming meeting to invite to. Create the meeting in the Network meetings tab first.",
    choose: "Which meeting is the invitation for?",
    sendTo: (title: string, when: string) => `${title}, ${when}`,
    report: (title: string, sent: number, updated: number, had: number) =>
      `Invitation to "${title}": sent to ${sent}, updated for ${updated}, ${had} already had the latest version.`,
    unreachable: (list: string) => `Not reachable: ${list}. They get the invitation when you send again after they have installed the app.`,
    busy: (n: number) => `${n} are being sent by another request right now.`,
  },
};

/** The command's texts in a language. */
export function commandTexts(language: Language) {
  return texts[language];
}

/** The report of a send as a short text for the coordinator. */
export function reportText(report: InvitationReport, title: string, language: Language): string {
  const t = texts[language];
  const { totals } = report;
  const unreachable = report.results.filter((r) => r.status === "unreachable");
  const line = (r: InvitationResult) => `${r.displayName} (${reasons[language][r.reason ?? "connector-error"]})`;
  return [
    t.report(title, totals.sent, totals.updated, totals["already-sent"]),
    ...(unreachable.length > 0 ? [t.unreachable(unreachable.map(line).join(", "))] : []),
    ...(totals["in-progress"] > 0 ? [t.busy(totals["in-progress"])] : []),
  ].join("\n\n");
}
