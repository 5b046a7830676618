import type { Language } from "../domain/network";
import type { BoardSnapshot } from "./round-table-board";
import { closingTexts } from "./texts";

/**
 * "Rundan är avslutad: …" — who has text in the minutes, who spoke without a written text, who was
 * skipped and who was not reached, so that no organisation silently drops out of the summary.
 */
export function closingSummary(snapshot: BoardSnapshot, language: Language): string {
  const names = (status: string) => snapshot.view.filter((s) => s.status === status).map((s) => s.organisation.name);
  const hasText = (organisationId: string) => (snapshot.entries.get(organisationId)?.value.text.trim() ?? "") !== "";
  const reported = snapshot.view.filter((s) => hasText(s.organisation.id)).map((s) => s.organisation.name);
  const spokeWithoutText = snapshot.view.filter((s) => s.status === "done" && !hasText(s.organisation.id)).map((s) => s.organisation.name);
  const list = (xs: string[]) => (xs.length > 0 ? xs.join(", ") : "—");
  return closingTexts[language].summary({ reported, spokeWithoutText, skipped: names("skipped"), left: names("left") }, list);
}
