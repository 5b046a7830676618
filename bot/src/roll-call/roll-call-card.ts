import { rollCallBoard, type BoardLine } from "../domain/expected-people";
import type { Language } from "../domain/network";
import { formatDateTime } from "../domain/time";
import { listsOf, type RollCallSnapshot } from "./roll-call-service";
import { cardChoices } from "./roll-call-choices";
import { peopleDataset } from "./people-dataset";
import { card, text, type Card } from "../shared/card";
import { madeOnce } from "../shared/made-once";
import { rollCallCardTexts } from "./texts";

/** Verbs of the roll-call card's Universal Actions (`open` is for a "start roll call" button on any meeting card). */
export const ROLL_CALL_VERBS = {
  open: "rollcall.open",
  refresh: "rollcall.refresh",
  checkIn: "rollcall.checkin",
  mark: "rollcall.mark",
  guest: "rollcall.guest",
  undo: "rollcall.undo",
  close: "rollcall.close",
} as const;

type Texts = (typeof rollCallCardTexts)[Language];

/** How the card is drawn for one viewer: their language, whether they get the chair's controls, and a notice. */
export interface RollCallCardOptions {
  language: Language;
  controls: boolean;
  notice?: { text: string; good: boolean };
}

// Once closed, nobody is awaited any more: whoever did not come is simply not present.
function lineText(line: BoardLine, t: Texts, closed: boolean): string {
  const waiting = line.state === "expected" && !closed;
  const mark = line.state === "present" ? "✅" : waiting ? "⏳" : "❌";
  const notes = [
    waiting ? t.expected : line.state === "absent" ? t.absent : line.state === "expected" ? t.notPresent : undefined,
    line.person.guest ? t.guest : undefined,
    line.substituteForName ? t.substituteFor(line.substituteForName) : undefined,
  ].filter(Boolean);
  const items = line.state === "present" && line.items.length > 0 ? ` (${t.items(line.items.join(", "))})` : "";
  return `- ${mark} ${line.person.name}${items}${notes.length > 0 ? ` — ${notes.join(", ")}` : ""}`;
}

const input = (id: string, label: string, extra: Record<string, unknown> = {}) => ({ type: "Input.Text", id, label, maxLength: 100, ...extra });
const execute = (title: string, verb: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "Action.Execute", title, verb, data, ...extra });

function controls(t: Texts, snapshot: RollCallSnapshot): Record<string, unknown>[] {
  const meetingId = snapshot.meeting.value.id;
  // A long list is cut to what the card can carry; Teams then asks the bot for the rest as the chair types.
  const { choices, complete } = cardChoices(snapshot);
  const person = complete
    ? { type: "Input.ChoiceSet", id: "personId", label: t.person, placeholder: t.choosePerson, isRequired: true, errorMessage: t.choosePerson, style: "compact", choices }
    : {
      type: "Input.ChoiceSet", id: "personId", label: t.person, placeholder: t.searchPerson, isRequired: true, errorMessage: t.choosePerson, style: "filtered", choices,
      "choices.data": { type: "Data.Query", dataset: peopleDataset(meetingId) },
    };
  return [
    {
      type: "Action.ShowCard", title: t.markTitle,
      card: card([person, input("items", t.itemsLabel), text(t.notListed, { isSubtle: true, size: "Small" })], [
        execute(t.present, ROLL_CALL_VERBS.mark, { meetingId, status: "present" }),
        execute(t.markAbsent, ROLL_CALL_VERBS.mark, { meetingId, status: "absent" }),
      ]),
    },
    {
      type: "Action.ShowCard", title: t.guestTitle,
      card: card([input("guestName", t.guestName, { isRequired: true }), input("guestOrganisation", t.guestOrganisation, { isRequired: true }), input("guestItems", t.itemsLabel)], [
        execute(t.add, ROLL_CALL_VERBS.guest, { meetingId }),
      ]),
    },
    execute(t.undo, ROLL_CALL_VERBS.undo, { meetingId }),
    {
      // Closing cannot be undone, so it takes a second, deliberate press; Avbryt redraws the card folded.
      type: "Action.ShowCard", title: t.close,
      card: card([text(t.closeConfirm, { weight: "Bolder" })], [
        execute(t.closeYes, ROLL_CALL_VERBS.close, { meetingId }, { style: "destructive" }),
        execute(t.closeCancel, ROLL_CALL_VERBS.refresh, { meetingId }),
      ]),
    },
  ];
}

/** What a card of a snapshot is made of for a language and with or without controls, apart from a notice. */
interface CardParts {
  head: Record<string, unknown>[];
  state: string;
  rest: Record<string, unknown>[];
  actions: Record<string, unknown>[];
  extra: Record<string, unknown>;
}

// A press's answer and the chat's card are drawn from the same snapshot, which never changes once made: its
// parts are made once, and each card only adds its notice.
const partsOf = new WeakMap<RollCallSnapshot, Map<string, CardParts>>();

function cardParts(snapshot: RollCallSnapshot, language: Language, withControls: boolean): CardParts {
  const bySnapshot = madeOnce(partsOf, snapshot, () => new Map<string, CardParts>());
  return madeOnce(bySnapshot, `${language}|${withControls}`, () => makeParts(snapshot, language, withControls));
}

function makeParts(snapshot: RollCallSnapshot, language: Language, withControls: boolean): CardParts {
  const t = rollCallCardTexts[language];
  const meeting = snapshot.meeting.value;
  const board = rollCallBoard(snapshot);
  const head = [text(t.title(meeting.title), { weight: "Bolder", size: "Medium" }), text(formatDateTime(meeting.startUtc, language), { isSubtle: true, spacing: "None" })];
  const state = snapshot.state === "open" ? t.open : snapshot.state === "closed" ? t.closed : t.notStarted;
  const closed = snapshot.state === "closed";
  const lists = closed ? listsOf(snapshot) : undefined;
  const rest: Record<string, unknown>[] = [text(lists ? t.closedCounts(lists.present.length, lists.absent.length) : t.counts(board.presentCount, board.waitingCount), { weight: "Bolder" })];
  for (const group of board.groups) {
    rest.push({
      type: "Container", separator: true, spacing: "Small",
      items: [text(group.organisationName, { weight: "Bolder" }), text(group.lines.map((l) => lineText(l, t, closed)).join("\r"), { spacing: "None" })],
    });
  }
  if (board.quietOrganisations.length > 0) {
    rest.push(text(t.quiet(board.quietOrganisations.map((o) => o.name).join(", ")), { isSubtle: true, separator: true }));
  }
  const actions = snapshot.state === "open"
    ? [execute(t.checkIn, ROLL_CALL_VERBS.checkIn, { meetingId: meeting.id }, { style: "positive" }), ...(withControls ? controls(t, snapshot) : [])]
    : [];
  const extra = {
    fallbackText: t.title(meeting.title),
    refresh: { action: { type: "Action.Execute", verb: ROLL_CALL_VERBS.refresh, data: { meetingId: meeting.id } }, userIds: [] },
  };
  return { head, state, rest, actions, extra };
}

/**
 * The roll-call card (Adaptive Card 1.5): organisations in round-table order with expected and recorded
 * people, "Jag är här" while open, and the chair's controls when asked for. `refresh.userIds` is empty so
 * that every viewer's client fetches the current card (Teams does that for chats under 60 people).
 */
export function rollCallCard(snapshot: RollCallSnapshot, options: RollCallCardOptions): Card {
  const parts = cardParts(snapshot, options.language, options.controls);
  const body: Record<string, unknown>[] = [];
  if (options.notice) body.push(text(options.notice.text, { weight: "Bolder", color: options.notice.good ? "Good" : "Attention" }));
  body.push(...parts.head);
  // The closed card says what the closer's confirmation says, so nobody loses it whichever reaches them last.
  if (options.notice?.text !== parts.state) body.push(text(parts.state));
  body.push(...parts.rest);
  return card(body, parts.actions, parts.extra);
}
