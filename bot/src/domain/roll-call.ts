import type { AttendanceRecord, AttendanceSource } from "./attendance";
import { conflict, invalid } from "./errors";
import type { Meeting, RollCallState } from "./meeting";

/** Someone the roll call can record: a member, an expected substitute, or a guest recorded by name. */
export interface PersonRef {
  personId: string;
  name: string;
  organisationId?: string;
  organisationName: string;
  /** Not a network member (presenter, external participant). */
  guest: boolean;
  /** The member this person stands in for. */
  substituteFor?: string;
}

/** One change a chair, secretary or coordinator made from the chat, so that it can be undone. */
export interface UndoEntry {
  actorId: string;
  personId: string;
  /** The person's row before the change; null when there was none. */
  before: AttendanceRecord | null;
  after: AttendanceRecord;
  at: string;
}

/** The roll call of one meeting in its chat: open or closed, where its card is, and the undo log. */
export interface RollCall {
  state: "open" | "closed";
  conversationId: string;
  /** Id of the roll-call card the bot posted in the chat, to update it in place. */
  cardActivityId?: string;
  openedBy: string;
  openedAt: string;
  closedBy?: string;
  closedAt?: string;
  undo: UndoEntry[];
}

/** How many changes can be undone, newest first. */
export const MAX_UNDO = 30;

/** The roll call's state: the feature's own row wins over the meeting's copy. */
export function rollCallStateOf(rollCall: Pick<RollCall, "state"> | undefined, meeting: Pick<Meeting, "rollCall">): RollCallState {
  return rollCall?.state ?? meeting.rollCall;
}

/** Opens the roll call, or keeps an open one (its card is posted again); a closed one stays closed. */
export function openRollCall(existing: RollCall | undefined, state: RollCallState, by: string, conversationId: string, at: string): RollCall {
  if (state === "closed") {
    throw conflict(
      "roll_call_closed",
      "Närvaron är redan avslutad och kan inte öppnas igen. Rätta listan i fliken.",
      "The roll call is already closed and cannot be opened again. Correct the list in the tab.",
    );
  }
  if (existing?.state === "open") return { ...existing, conversationId };
  return { state: "open", conversationId, openedBy: by, openedAt: at, undo: [] };
}

/** Closes an open roll call; closing twice or before it started is refused and changes nothing. */
export function closeRollCall(existing: RollCall | undefined, state: RollCallState, by: string, at: string): RollCall {
  if (state === "closed") {
    throw conflict("roll_call_already_closed", "Närvaron är redan avslutad. Inget har ändrats.", "The roll call is already closed. Nothing was changed.");
  }
  if (!existing || state === "not-started") throw notStarted();
  return { ...existing, state: "closed", closedBy: by, closedAt: at };
}

/** Throws unless the roll call is open, as chat changes need. */
export function assertRollCallOpen(state: RollCallState): void {
  if (state === "closed") {
    throw conflict(
      "roll_call_closed",
      "Närvaron är avslutad. Rättelser görs nu i fliken av ordförande, sekreterare eller samordnare.",
      "The roll call is closed. Corrections are now made in the tab by the chair, secretary or coordinator.",
    );
  }
  if (state === "not-started") throw notStarted();
}

function notStarted() {
  return conflict(
    "roll_call_not_started",
    "Närvaroregistreringen har inte startat. Ordföranden startar den med ”närvaro”.",
    "The roll call has not started. The chair starts it with \"roll call\".",
  );
}

/** A person's attendance row as the chair sets it: present (for some items or all) or absent. */
export function markAttendance(person: PersonRef, status: "present" | "absent", items: readonly number[], source: AttendanceSource, at: string): AttendanceRecord {
  if (status === "absent" && items.length > 0) {
    throw invalid("items_only_when_present", "Punkter anges bara för närvarande.", "Items are only given for someone present.");
  }
  const record: AttendanceRecord = {
    personId: person.personId,
    name: person.name,
    organisationName: person.organisationName,
    status,
    items: [...new Set(items)].sort((a, b) => a - b),
    source,
    at,
    guest: person.guest,
  };
  if (person.organisationId !== undefined) record.organisationId = person.organisationId;
  if (person.substituteFor !== undefined) record.substituteFor = person.substituteFor;
  return record;
}

/** True when two rows say the same thing about a person (time and source aside). */
export function sameAttendance(a: AttendanceRecord | null | undefined, b: AttendanceRecord | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.status === b.status && a.name === b.name && a.organisationName === b.organisationName && a.guest === b.guest
    && a.substituteFor === b.substituteFor && a.items.join(",") === b.items.join(",");
}

/** The roll call with one more undoable change, keeping only the newest MAX_UNDO. */
export function withUndo(rollCall: RollCall, entry: UndoEntry): RollCall {
  return { ...rollCall, undo: [...rollCall.undo, entry].slice(-MAX_UNDO) };
}

/** Takes the actor's newest change off the log, or says there is nothing to undo. */
export function takeUndo(rollCall: RollCall, actorId: string): { entry: UndoEntry; rollCall: RollCall } {
  const index = rollCall.undo.map((e) => e.actorId).lastIndexOf(actorId);
  if (index < 0) throw invalid("nothing_to_undo", "Du har inget att ångra.", "You have nothing to undo.");
  return { entry: rollCall.undo[index]!, rollCall: { ...rollCall, undo: rollCall.undo.filter((_, i) => i !== index) } };
}

/** Throws unless the person's row is still what the change left, so undo never overwrites a later change. */
export function assertUndoable(entry: UndoEntry, current: AttendanceRecord | undefined): void {
  if (!sameAttendance(current, entry.after)) {
    throw conflict(
      "changed_since",
      `${entry.after.name} har ändrats sedan dess; ingenting ångrades.`,
      `${entry.after.name} has changed since; nothing was undone.`,
    );
  }
}
