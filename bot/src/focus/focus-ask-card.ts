import type { FocusTurn } from "../domain/focus";
import { MAX_FOCUS_TOPIC } from "../domain/focus";
import type { Meeting } from "../domain/meeting";
import type { Language, Organisation } from "../domain/network";
import { formatDateTime } from "../domain/time";
import { adaptiveCard, errorLine, executeAction, text, type Card } from "../shared/card-parts";
import { focusCardTexts } from "./texts";

/** Verb of the ask card's two buttons (`choice`: accept | decline). */
export const FOCUS_ANSWER_VERB = "focus.answer";

/** What the ask card shows: the meeting, the organisation, its last presentation, and any answer or notice. */
export interface FocusCardInput {
  meeting: Meeting;
  organisation: Organisation;
  lastPresented?: string;
  turn?: FocusTurn;
  /** The accepted item's number and title, shown instead of the buttons. */
  added?: { number: number; title: string };
  error?: string;
  kept?: { topic: string; presenters: string };
}

/** The 1:1 card asking an organisation's members whether it presents itself at a meeting ("i fokus"). */
export function focusAskCard(input: FocusCardInput, language: Language): Card {
  const t = focusCardTexts[language];
  const { meeting, organisation, turn } = input;
  const body = [text(t.title(organisation.name), { weight: "Bolder", size: "Medium" })];
  if (input.error) body.push(errorLine(input.error));
  body.push(text(t.intro(meeting.title, formatDateTime(meeting.startUtc, language)), { isSubtle: true }));
  body.push(text(input.lastPresented ? t.last(input.lastPresented) : t.never, { isSubtle: true, size: "Small" }));
  if (turn?.status === "accepted" && input.added) return adaptiveCard([...body, text(t.accepted(input.added.title, input.added.number, turn.answeredByName ?? ""), { color: "Good" })]);
  if (turn?.status === "accepted") return adaptiveCard([...body, text(t.accepted(turn.topic ?? "", turn.agendaItemNumber ?? 0, turn.answeredByName ?? ""), { color: "Good" })]);
  if (turn?.status === "declined") return adaptiveCard([...body, text(t.declined(turn.answeredByName ?? ""))]);
  body.push(
    { type: "Input.Text", id: "topic", label: t.topic, maxLength: MAX_FOCUS_TOPIC, value: input.kept?.topic ?? "" },
    { type: "Input.Text", id: "presenters", label: t.presenters, maxLength: 500, value: input.kept?.presenters ?? "" },
  );
  const data = { meetingId: meeting.id, organisationId: organisation.id };
  return adaptiveCard(body, [
    executeAction(t.accept, FOCUS_ANSWER_VERB, { ...data, choice: "accept" }, { style: "positive" }),
    executeAction(t.decline, FOCUS_ANSWER_VERB, { ...data, choice: "decline" }, { associatedInputs: "none" }),
  ]);
}
