import type { Language } from "../domain/network";
import { MAX_ROUND_TABLE_TEXT, type WalkStop } from "../domain/round-table";
import type { WalkViewStop } from "../domain/round-table-walk";
import type { BoardSnapshot } from "./round-table-board";
import { card, text, type Card } from "../shared/card";
import { roundTableText } from "./texts";

/** Verbs of the walk card. */
export const ROUND_TABLE_VERBS = {
  refresh: "roundtable.refresh",
  walk: "roundtable.walk",
  agencies: "roundtable.agencies",
  edit: "roundtable.edit",
} as const;

/** What one person may do on the card; undefined renders the shared card everyone gets in the chat. */
export interface CardViewer {
  mayRun: boolean;
  mayToggleAgencies: boolean;
  /** Organisations whose text this person may edit, offered as edit forms. */
  editableOrganisationIds: string[];
}

/** Extra lines: an error or confirmation, and text a user typed that must not be lost. */
export interface CardNotice {
  message?: string;
  isError?: boolean;
  keptText?: { organisationId: string; text: string };
}

type T = ReturnType<typeof roundTableText>;

function namesOf(stops: readonly WalkViewStop[], t: T): string {
  if (stops.length === 0) return t.none;
  return stops.map((s) => (s.skippedBecause ? `${s.organisation.name} (${s.skippedBecause === "chair" ? t.chairSkipped : t.nobodyPresent})` : s.organisation.name)).join(", ");
}

function roundFacts(view: readonly WalkViewStop[], round: WalkStop["round"], t: T): Record<string, unknown>[] {
  const stops = view.filter((s) => s.round === round);
  if (stops.length === 0) return [];
  const of = (status: WalkViewStop["status"]) => stops.filter((s) => s.status === status);
  return [
    text(t.rounds[round], { weight: "Bolder", spacing: "Medium" }),
    { type: "FactSet", facts: [
      { title: t.done, value: namesOf(of("done"), t) },
      { title: t.left, value: namesOf(of("left"), t) },
      { title: t.skipped, value: namesOf(of("skipped"), t) },
    ] },
  ];
}

function currentBlock(snapshot: BoardSnapshot, t: T): Record<string, unknown>[] {
  const current = snapshot.view.find((s) => s.status === "current");
  if (!current) return [];
  const entry = snapshot.entries.get(current.organisation.id)?.value;
  const items: Record<string, unknown>[] = [text(`${t.now}: ${current.organisation.name}`, { size: "Large", weight: "Bolder" })];
  if (entry) {
    items.push(text(t.submittedBy(entry.reporterName, t.when[entry.submitted]), { isSubtle: true, spacing: "Small" }), text(entry.text));
    const facts = Object.entries(entry.fields).map(([title, value]) => ({ title, value }));
    if (facts.length > 0) items.push({ type: "FactSet", facts });
  } else {
    items.push(text(t.nothingSubmitted, { isSubtle: true }));
  }
  return [{ type: "Container", style: "accent", bleed: true, items }];
}

function editForm(snapshot: BoardSnapshot, organisationId: string, t: T, notice?: CardNotice): Record<string, unknown> | undefined {
  const organisation = snapshot.organisations.find((o) => o.id === organisationId);
  if (!organisation) return undefined;
  const stored = snapshot.entries.get(organisationId);
  const kept = notice?.keptText?.organisationId === organisationId ? notice.keptText.text : undefined;
  return {
    type: "Action.ShowCard",
    title: t.edit(organisation.name),
    card: card(
      [{ type: "Input.Text", id: "text", label: t.textLabel(organisation.name), isMultiline: true, maxLength: MAX_ROUND_TABLE_TEXT, value: kept ?? stored?.value.text ?? "" }],
      [{ type: "Action.Execute", verb: ROUND_TABLE_VERBS.edit, title: t.save, data: { meetingId: snapshot.meeting.id, organisationId, etag: stored?.etag ?? "" } }],
    ),
  };
}

function chairActions(snapshot: BoardSnapshot, t: T): Record<string, unknown>[] {
  const { status, currentId } = snapshot.state;
  const step = (title: string, name: string) => ({ type: "Action.Execute", verb: ROUND_TABLE_VERBS.walk, title, data: { meetingId: snapshot.meeting.id, step: name, at: currentId ?? "" } });
  if (status === "not-started" || status === "closed") return [step(t.start, "start")];
  // Someone arrived after the walk ran out of organisations: it can go on with them.
  // Closing is offered on every card of a started walk, so that nobody has to type "avsluta runda".
  const close = step(t.close, "close");
  if (status === "paused") return [step(t.resume, "resume"), close];
  if (status === "finished" && snapshot.view.some((s) => s.status === "left")) return [step(t.resume, "start"), step(t.back, "back"), close];
  return status === "running" ? [step(t.next, "next"), step(t.back, "back"), step(t.skip, "skip"), step(t.pause, "pause"), close] : [close, step(t.back, "back")];
}

/**
 * The round-table walk card: status, the current organisation highlighted with its pre-submitted text, and
 * per round the organisations done, left and skipped. The shared card (no viewer) carries every control
 * (the server decides who may use them) and, when `refresh` is set, a Universal Actions refresh so that
 * each person's Teams fetches their own view.
 */
export function roundTableWalkCard(snapshot: BoardSnapshot, language: Language, options: { viewer?: CardViewer; notice?: CardNotice; refresh?: boolean } = {}): Card {
  const t = roundTableText(language);
  const { viewer, notice } = options;
  const body: Record<string, unknown>[] = [
    text(t.title, { weight: "Bolder", size: "Medium" }),
    text(`${snapshot.meeting.title} · ${t.status[snapshot.state.status]}`, { isSubtle: true, spacing: "None" }),
  ];
  if (notice?.message) body.push(text(notice.message, { color: notice.isError ? "Attention" : "Good" }));
  body.push(...currentBlock(snapshot, t), ...roundFacts(snapshot.view, "kommuner", t), ...roundFacts(snapshot.view, "omvarldsbevakning", t));

  const currentId = snapshot.state.currentId;
  // The shared card offers the current organisation's text, and the text someone typed that was not saved.
  const shared = [...(currentId ? [currentId] : []), ...(notice?.keptText ? [notice.keptText.organisationId] : [])];
  const editable = viewer ? viewer.editableOrganisationIds : [...new Set(shared)];
  const actions: Record<string, unknown>[] = [];
  if (!viewer || viewer.mayRun) actions.push(...chairActions(snapshot, t));
  if (!viewer || viewer.mayToggleAgencies) {
    const on = snapshot.state.includeAgencies;
    actions.push({ type: "Action.Execute", verb: ROUND_TABLE_VERBS.agencies, title: on ? t.agenciesOff : t.agenciesOn, data: { meetingId: snapshot.meeting.id, includeAgencies: !on } });
  }
  for (const id of editable) {
    const form = editForm(snapshot, id, t, notice);
    if (form) actions.push(form);
  }
  const refresh = options.refresh ? { refresh: { action: { type: "Action.Execute", verb: ROUND_TABLE_VERBS.refresh, data: { meetingId: snapshot.meeting.id } } } } : {};
  return card(body, actions, { msteams: { width: "Full" }, ...refresh });
}
