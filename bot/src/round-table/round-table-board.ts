import { conflict } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import { inRoundTableOrder, isActiveOrganisation, type Organisation } from "../domain/network";
import { roundTableWalk, type WalkStop } from "../domain/round-table";
import { newWalkState, stepWalk, walkView, type RoundTableWalkState, type WalkStep, type WalkViewStop } from "../domain/round-table-walk";
import type { MeetingScoped, Stores } from "../storage/repository";
import { withConflictRetry } from "../storage/retry";
import { writeRoundTableMinutes } from "./round-table-minutes-writer";
import { questionsOf } from "./round-table-questions";
import type { StoredEntry } from "./round-table-entries";

/** Everything the walk card and the API show about one meeting's round table. */
export interface BoardSnapshot {
  meeting: Meeting;
  organisations: Organisation[];
  entries: Map<string, StoredEntry>;
  state: RoundTableWalkState;
  /** eTag of the stored walk state; undefined before anything was stored. */
  stateEtag?: string;
  stops: WalkStop[];
  view: WalkViewStop[];
  questions: string[];
}

const ROUND_TABLE_ITEM = 1;

/**
 * Who is present for the round table (item 1): organisations with someone present for the whole meeting
 * or for item 1. Before anyone's presence is recorded it is unknown, and every organisation counts as present.
 */
async function presentOrganisations(stores: Stores, meetingId: string, organisations: readonly Organisation[]): Promise<Set<string>> {
  const records = (await stores.attendance.list(meetingId)).map((r) => r.value);
  if (records.length === 0) return new Set(organisations.map((o) => o.id));
  const here = records.filter((r) => r.status === "present" && (r.items.length === 0 || r.items.includes(ROUND_TABLE_ITEM)));
  return new Set(here.flatMap((r) => (r.organisationId ? [r.organisationId] : [])));
}

/** The round table of a meeting as a walk: reads presence, entries and walk state; applies the chair's steps. */
export class RoundTableBoard {
  constructor(private readonly stores: Stores) {}

  /** The current picture of the meeting's round table. */
  async snapshot(meeting: Meeting): Promise<BoardSnapshot> {
    const [orgRows, entryRows, stateRow, questions] = await Promise.all([
      this.stores.organisations.list(meeting.networkId),
      this.stores.roundTable.list(meeting.id),
      this.stores.roundTableWalks.get(meeting.id, "state"),
      questionsOf(this.stores, meeting.networkId),
    ]);
    const entries = new Map(entryRows.map((r) => [r.value.organisationId, r]));
    // A deactivated organisation is left out of the walk unless it already wrote for this meeting.
    const organisations = inRoundTableOrder(orgRows.map((r) => r.value).filter((o) => isActiveOrganisation(o) || entries.has(o.id)));
    const state = stateRow?.value ?? newWalkState(new Date(0).toISOString());
    const present = await presentOrganisations(this.stores, meeting.id, organisations);
    const stops = roundTableWalk(organisations, { presentOrganisationIds: present, entries: entryRows.map((r) => r.value), includeAgencies: state.includeAgencies });
    return { meeting, organisations, entries, state, stateEtag: stateRow?.etag, stops, view: walkView(state, stops), questions };
  }

  /**
   * Applies a step. `expectedCurrent` is the organisation the pressed card showed as current: when the walk
   * has moved on since, the press is refused (`stale_card`) rather than applied twice.
   */
  async step(meeting: Meeting, step: WalkStep, now: Date, expectedCurrent?: string): Promise<BoardSnapshot> {
    await this.change(meeting, (state, snapshot) => {
      const moves = step === "next" || step === "skip" || step === "back";
      if (moves && expectedCurrent !== undefined && (state.currentId ?? "") !== expectedCurrent) {
        throw conflict("stale_card", "Kortet visade ett äldre läge. Här är läget nu.", "The card showed an older state. Here is the current one.");
      }
      return stepWalk(state, snapshot.stops, step, now.toISOString());
    });
    const after = await this.snapshot(meeting);
    if (step === "close") await writeRoundTableMinutes(this.stores, meeting.id, after.organisations, [...after.entries.values()].map((e) => e.value));
    return after;
  }

  /** Turns the second round "Omvärldsbevakning" on or off for the meeting. */
  async setIncludeAgencies(meeting: Meeting, includeAgencies: boolean, now: Date): Promise<BoardSnapshot> {
    await this.change(meeting, (state) => ({ ...state, includeAgencies, updatedAt: now.toISOString() }));
    return this.snapshot(meeting);
  }

  /** Remembers the walk card posted in the meeting chat so that it can be updated in place. */
  async setCard(meeting: Meeting, conversationId: string, cardActivityId: string, now: Date): Promise<void> {
    await this.change(meeting, (state) => ({ ...state, conversationId, cardActivityId, updatedAt: now.toISOString() }));
  }

  /** After an entry changed: once the round is closed, the minutes' block follows the entries. */
  async entryChanged(meeting: Meeting): Promise<BoardSnapshot> {
    const snapshot = await this.snapshot(meeting);
    if (snapshot.state.status === "closed") {
      await writeRoundTableMinutes(this.stores, meeting.id, snapshot.organisations, [...snapshot.entries.values()].map((e) => e.value));
    }
    return snapshot;
  }

  private async change(meeting: Meeting, apply: (state: RoundTableWalkState, snapshot: BoardSnapshot) => RoundTableWalkState): Promise<void> {
    await withConflictRetry(async () => {
      const snapshot = await this.snapshot(meeting);
      const next: MeetingScoped<RoundTableWalkState> = { ...apply(snapshot.state, snapshot), meetingId: meeting.id };
      if (snapshot.stateEtag) await this.stores.roundTableWalks.replace(next, snapshot.stateEtag);
      else await this.stores.roundTableWalks.create(next);
    });
  }
}
