import assert from "node:assert/strict";
import type { Organisation } from "../../../bot/src/domain/network";
import { roundTableWalk, type WalkStop } from "../../../bot/src/domain/round-table";
import { newWalkState, stepWalk, walkView, type RoundTableWalkState, type WalkStep } from "../../../bot/src/domain/round-table-walk";

const withCode = (code: string) => (e: unknown) => (e as { code?: string }).code === code;

const org = (id: string, order: number, kind: Organisation["kind"] = "kommun"): Organisation => ({ id, networkId: "n", name: id.toUpperCase(), kind, order });
const organisations = [org("a", 10), org("b", 20), org("c", 30), org("d", 40), org("af", 50, "myndighet")];
const T = "2030-01-01T08:00:00.000Z";

const stopsWith = (present: string[], includeAgencies = false): WalkStop[] =>
  roundTableWalk(organisations, { presentOrganisationIds: new Set(present), entries: [], includeAgencies });

function run(stops: WalkStop[], steps: WalkStep[], from: RoundTableWalkState = newWalkState(T)): RoundTableWalkState {
  return steps.reduce((state, step) => stepWalk(state, stops, step, T), from);
}

const statuses = (state: RoundTableWalkState, stops: WalkStop[]) => walkView(state, stops).map((s) => `${s.organisation.id}:${s.status}`);

describe("round-table walk state", () => {
  const everyone = stopsWith(["a", "b", "c", "d"]);

  it("starts at the first organisation in round-table order with the rest left", () => {
    const state = run(everyone, ["start"]);
    assert.equal(state.status, "running");
    assert.deepEqual(statuses(state, everyone), ["a:current", "b:left", "c:left", "d:left"]);
  });

  it("'next' marks the current organisation done and highlights the next one", () => {
    const state = run(everyone, ["start", "next", "next"]);
    assert.deepEqual(statuses(state, everyone), ["a:done", "b:done", "c:current", "d:left"]);
  });

  it("'skip' lists the current organisation as skipped by the chair (absent) and moves on", () => {
    const state = run(everyone, ["start", "skip"]);
    const view = walkView(state, everyone);
    assert.equal(view[0]!.status, "skipped");
    assert.equal(view[0]!.skippedBecause, "chair");
    assert.equal(state.currentId, "b");
  });

  it("'back' returns to the organisation handled last, whether done or skipped", () => {
    assert.equal(run(everyone, ["start", "next", "next", "back"]).currentId, "b");
    const afterSkip = run(everyone, ["start", "skip", "back"]);
    assert.equal(afterSkip.currentId, "a");
    assert.deepEqual(statuses(afterSkip, everyone), ["a:current", "b:left", "c:left", "d:left"]);
  });

  it("refuses 'back' at the first organisation", () => {
    assert.throws(() => run(everyone, ["start", "back"]), withCode("round_at_start"));
  });

  it("refuses to move while paused and moves again after 'resume'", () => {
    const paused = run(everyone, ["start", "pause"]);
    assert.equal(paused.status, "paused");
    for (const step of ["next", "skip", "back"] as const) assert.throws(() => stepWalk(paused, everyone, step, T), withCode("round_paused"));
    assert.equal(run(everyone, ["resume", "next"], paused).currentId, "b");
  });

  it("skips an organisation with nobody present and no entry automatically, listed as skipped", () => {
    const stops = stopsWith(["a", "c"]);
    const state = run(stops, ["start", "next"]);
    assert.equal(state.currentId, "c");
    const view = walkView(state, stops);
    assert.deepEqual(view.filter((s) => s.status === "skipped").map((s) => [s.organisation.id, s.skippedBecause]), [["b", "nobody-present"], ["d", "nobody-present"]]);
  });

  it("is finished after the last due organisation, and 'back' reopens the last one", () => {
    const stops = stopsWith(["a", "b"]);
    const finished = run(stops, ["start", "next", "next"]);
    assert.equal(finished.status, "finished");
    assert.equal(finished.currentId, undefined);
    assert.throws(() => stepWalk(finished, stops, "next", T), withCode("round_not_running"));
    const back = stepWalk(finished, stops, "back", T);
    assert.equal(back.status, "running");
    assert.equal(back.currentId, "b");
  });

  it("takes a late arrival earlier in the order next, instead of leaving it skipped", () => {
    const before = stopsWith(["a", "c", "d"]);
    const atC = run(before, ["start", "next"]);
    assert.equal(atC.currentId, "c");
    const after = stopsWith(["a", "b", "c", "d"]);
    assert.equal(stepWalk(atC, after, "next", T).currentId, "b");
  });

  it("walks agencies after the municipalities in the second round when included", () => {
    const stops = stopsWith(["a", "b", "c", "d", "af"], true);
    const state = run(stops, ["start", "next", "next", "next", "next"]);
    assert.equal(state.currentId, "af");
    assert.equal(walkView(state, stops).find((s) => s.status === "current")!.round, "omvarldsbevakning");
  });

  it("a closed round keeps what was handled and reopens where it stood on 'start'", () => {
    const closed = run(everyone, ["start", "next", "close"]);
    assert.equal(closed.status, "closed");
    assert.equal(closed.currentId, undefined);
    const reopened = stepWalk(closed, everyone, "start", T);
    assert.equal(reopened.currentId, "b");
    assert.deepEqual(statuses(reopened, everyone).slice(0, 2), ["a:done", "b:current"]);
  });

  it("'start' on a running round changes nothing", () => {
    const running = run(everyone, ["start", "next"]);
    assert.equal(stepWalk(running, everyone, "start", T).currentId, "b");
  });
});
