import { conflict } from "./errors";
import type { Organisation } from "./network";
import type { WalkStop } from "./round-table";

/** Where the round table of one meeting stands. */
export type WalkStatus = "not-started" | "running" | "paused" | "finished" | "closed";

/** What the chair did with an organisation that was current. */
export interface HandledStop {
  organisationId: string;
  outcome: "done" | "skipped";
}

/** The walk of one meeting's round table: the position is the current organisation's id. */
export interface RoundTableWalkState {
  status: WalkStatus;
  currentId?: string;
  /** Organisations already handled, in the order the chair handled them (the last one is where "back" goes). */
  handled: HandledStop[];
  /** Whether agencies and regional bodies get a second round "Omvärldsbevakning". */
  includeAgencies: boolean;
  /** The walk card posted in the meeting chat, updated in place after every change. */
  cardActivityId?: string;
  conversationId?: string;
  updatedAt: string;
}

/** A chair's action on the walk. */
export const walkSteps = ["start", "next", "back", "skip", "pause", "resume", "close"] as const;
export type WalkStep = (typeof walkSteps)[number];

/** How a stop shows on the card. */
export type StopStatus = "current" | "done" | "left" | "skipped";

/** One line of the walk as people see it. */
export interface WalkViewStop {
  organisation: Organisation;
  round: WalkStop["round"];
  status: StopStatus;
  /** Why a skipped stop was skipped: nobody present and nothing submitted, or the chair's choice. */
  skippedBecause?: "nobody-present" | "chair";
}

/** The state of a round table nobody has started yet. */
export function newWalkState(now: string, includeAgencies = false): RoundTableWalkState {
  return { status: "not-started", handled: [], includeAgencies, updatedAt: now };
}

/** The first stop that is due and neither handled nor current: late arrivals earlier in order come first. */
function firstPending(state: RoundTableWalkState, stops: readonly WalkStop[], except?: string): string | undefined {
  const handled = new Set(state.handled.map((h) => h.organisationId));
  return stops.find((s) => s.status === "due" && !handled.has(s.organisation.id) && s.organisation.id !== except)?.organisation.id;
}

function moveOn(state: RoundTableWalkState, stops: readonly WalkStop[], outcome: HandledStop["outcome"]): RoundTableWalkState {
  const handled = state.currentId ? [...state.handled, { organisationId: state.currentId, outcome }] : state.handled;
  const next = firstPending({ ...state, handled }, stops);
  return { ...state, handled, currentId: next, status: next ? "running" : "finished" };
}

const refusals = {
  round_paused: ["Rundan är pausad. Tryck Fortsätt först.", "The round is paused. Press Resume first."],
  round_not_running: ["Rundan pågår inte. Skriv runda för att starta den.", "The round is not running. Type round to start it."],
  round_at_start: ["Rundan är redan vid första organisationen.", "The round is already at the first organisation."],
} as const;

function refuseWith(code: keyof typeof refusals): never {
  throw conflict(code, refusals[code][0], refusals[code][1]);
}

function assertNotPaused(state: RoundTableWalkState): void {
  if (state.status === "paused") refuseWith("round_paused");
}

/**
 * Applies a chair's step to the walk. `next` marks the current organisation done and `skip` marks it
 * skipped (absent); both go to the first due organisation not yet handled. `back` returns to the last
 * handled one. `pause`/`resume` freeze and unfreeze the walk; `start` (re)opens it where it stood.
 */
export function stepWalk(state: RoundTableWalkState, stops: readonly WalkStop[], step: WalkStep, now: string): RoundTableWalkState {
  const at = { ...state, updatedAt: now };
  switch (step) {
    case "start": {
      if (state.status === "running" || state.status === "paused") return at;
      const current = state.currentId && stops.some((s) => s.organisation.id === state.currentId) ? state.currentId : firstPending(at, stops);
      return { ...at, currentId: current, status: current ? "running" : "finished" };
    }
    case "next":
    case "skip":
      assertNotPaused(state);
      if (state.status !== "running") refuseWith("round_not_running");
      return moveOn(at, stops, step === "next" ? "done" : "skipped");
    case "back": {
      assertNotPaused(state);
      if (state.status !== "running" && state.status !== "finished") refuseWith("round_not_running");
      const last = state.handled.at(-1);
      if (!last) refuseWith("round_at_start");
      return { ...at, handled: state.handled.slice(0, -1), currentId: last.organisationId, status: "running" };
    }
    case "pause":
      if (state.status !== "running") refuseWith("round_not_running");
      return { ...at, status: "paused" };
    case "resume":
      if (state.status !== "paused") return at;
      return { ...at, status: "running" };
    case "close":
      return { ...at, status: "closed", currentId: undefined };
  }
}

/** The walk as the card shows it: current, done, left and skipped organisations in round-table order. */
export function walkView(state: RoundTableWalkState, stops: readonly WalkStop[]): WalkViewStop[] {
  const outcomes = new Map(state.handled.map((h) => [h.organisationId, h.outcome]));
  return stops.map((stop) => {
    const id = stop.organisation.id;
    const base = { organisation: stop.organisation, round: stop.round };
    if (id === state.currentId) return { ...base, status: "current" };
    const outcome = outcomes.get(id);
    if (outcome === "done") return { ...base, status: "done" };
    if (outcome === "skipped") return { ...base, status: "skipped", skippedBecause: "chair" };
    if (stop.status === "skipped") return { ...base, status: "skipped", skippedBecause: "nobody-present" };
    return { ...base, status: "left" };
  });
}
