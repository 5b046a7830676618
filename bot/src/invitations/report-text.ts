import { commandTexts } from "./texts";
import type { Language } from "../domain/network";
import type { InvitationReport, InvitationResult } from "./invitation-sender";




/** The report of a send as a short text for the coordinator. */
export function reportText(report: InvitationReport, title: string, language: Language): string {
  const t = commandTexts[language];
  const { totals } = report;
  const unreachable = report.results.filter((r) => r.status === "unreachable");
  const line = (r: InvitationResult) => `${r.displayName} (${t.reasons[r.reason ?? "connector-error"]})`;
  return [
    t.report(title, totals.sent, totals.updated, totals["already-sent"]),
    ...(unreachable.length > 0 ? [t.unreachable(unreachable.map(line).join(", "))] : []),
    ...(totals["in-progress"] > 0 ? [t.busy(totals["in-progress"])] : []),
  ].join("\n\n");
}
