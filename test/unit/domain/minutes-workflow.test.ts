import assert from "node:assert/strict";
import type { AgendaItem } from "../../../bot/src/domain/agenda";
import { collectFollowUps } from "../../../bot/src/domain/follow-ups";
import type { Meeting } from "../../../bot/src/domain/meeting";
import type { Member } from "../../../bot/src/domain/member";
import {
  assertApprovedOrNoApprovers, assertChangeNote, assertNotesSize, emptyMinutesState, isFullyApproved, MAX_NOTES_CHARACTERS,
  mayReadDraft, minutesStatus, withApproval, withApprovers, type MinutesVersion,
} from "../../../bot/src/domain/minutes-workflow";

const NOW = "2025-03-13T10:00:00.000Z";
const member = (id: string, role: Member["role"] = "member", active = true): Member => ({ aadObjectId: id, networkId: "n", displayName: id, email: `${id}@x.se`, organisationId: "o", role, active });
const codeOf = (code: string) => (error: unknown) => (error as { code?: string }).code === code;

describe("minutes approval (justering)", () => {
  const state = emptyMinutesState("m", NOW);

  it("is a draft, in approval once approvers are named, and published once a version exists", () => {
    assert.equal(minutesStatus(state, undefined), "draft");
    assert.equal(minutesStatus(withApprovers(state, ["a"], NOW), undefined), "in-approval");
    assert.equal(minutesStatus(state, { version: 1 } as MinutesVersion), "published");
  });

  it("names at most two different approvers", () => {
    assert.throws(() => withApprovers(state, ["a", "b", "c"], NOW), codeOf("too_many_approvers"));
    assert.throws(() => withApprovers(state, ["a", "a"], NOW), codeOf("approvers_repeated"));
    assert.deepEqual(withApprovers(state, ["a", "b"], NOW).approverIds, ["a", "b"]);
  });

  it("lets only a named approver approve, counts approving twice once, and is approved when all have", () => {
    const named = withApprovers(state, ["a", "b"], NOW);
    assert.throws(() => withApproval(named, "c", NOW), (e: unknown) => codeOf("not_an_approver")(e) && (e as { kind: string }).kind === "forbidden");
    const once = withApproval(named, "a", NOW);
    assert.equal(withApproval(once, "a", NOW), once);
    assert.ok(!isFullyApproved(once));
    assert.ok(isFullyApproved(withApproval(once, "b", NOW)));
    assert.ok(!isFullyApproved(state));
  });

  it("keeps the approvals of approvers who stay named when the approvers change", () => {
    const approved = withApproval(withApprovers(state, ["a", "b"], NOW), "a", NOW);
    assert.deepEqual(withApprovers(approved, ["a", "c"], NOW).approvals.map((x) => x.approverId), ["a"]);
    assert.deepEqual(withApprovers(approved, ["c"], NOW).approvals, []);
  });

  it("lets the coordinator publish directly only when nobody is named or everybody approved, naming who is awaited", () => {
    assertApprovedOrNoApprovers(state, (id) => id);
    const named = withApprovers(state, ["Elin", "Ida"], NOW);
    assert.throws(() => assertApprovedOrNoApprovers(withApproval(named, "Elin", NOW), (id) => `${id} B`), (e: unknown) => codeOf("awaiting_approval")(e) && /Ida B/.test((e as Error).message) && !/Elin/.test((e as Error).message));
    assertApprovedOrNoApprovers(withApproval(withApproval(named, "Elin", NOW), "Ida", NOW), (id) => id);
  });

  it("lets the coordinator, the meeting's secretary and chair, and named approvers read a draft; others not", () => {
    const meeting = { chairId: "chair", secretaryId: "sec" };
    const named = withApprovers(state, ["appr"], NOW);
    for (const m of [member("coord", "coordinator"), member("chair"), member("sec"), member("appr")]) assert.ok(mayReadDraft(m, meeting, named), m.aadObjectId);
    for (const m of [member("other"), member("guest", "guest"), member("sec", "member", false)]) assert.ok(!mayReadDraft(m, meeting, named), m.aadObjectId);
  });

  it("refuses notes over the limit with 413 naming the limit", () => {
    assertNotesSize("x".repeat(MAX_NOTES_CHARACTERS));
    assert.throws(() => assertNotesSize("x".repeat(MAX_NOTES_CHARACTERS + 1)), (e: unknown) => (e as { kind: string }).kind === "too-large" && (e as Error).message.includes(String(MAX_NOTES_CHARACTERS)));
  });

  it("needs a change note to correct published minutes", () => {
    assert.throws(() => assertChangeNote(undefined), codeOf("minutes_published"));
    assert.throws(() => assertChangeNote("   "), codeOf("minutes_published"));
    assert.equal(assertChangeNote(" Stavfel rättat "), "Stavfel rättat");
  });
});

describe("follow-ups (Uppföljning)", () => {
  const meeting = (id: string, startUtc: string, status: Meeting["status"] = "published") => ({ id, title: id, startUtc, status });
  const agenda = (actions: [string, boolean][]): AgendaItem[] => [{ number: 2, title: "Övrigt", presenters: [], decisions: [], actions: actions.map(([id, done]) => ({ id, what: id, owner: "GR", done })) }];

  it("shows open action points of earlier meetings, oldest first, until they are done", () => {
    const followUps = collectFollowUps({ id: "now", startUtc: "2025-06-01T08:00:00Z" }, [
      { meeting: meeting("march", "2025-03-12T08:00:00Z"), agenda: agenda([["m1", false], ["m2", true]]) },
      { meeting: meeting("jan", "2025-01-15T08:00:00Z"), agenda: agenda([["j1", false]]) },
      { meeting: meeting("later", "2025-09-01T08:00:00Z"), agenda: agenda([["l1", false]]) },
      { meeting: meeting("cancelled", "2025-02-01T08:00:00Z", "cancelled"), agenda: agenda([["c1", false]]) },
      { meeting: meeting("now", "2025-06-01T08:00:00Z"), agenda: agenda([["n1", false]]) },
    ]);
    assert.deepEqual(followUps.map((f) => f.actionId), ["j1", "m1"]);
    assert.equal(followUps[1]!.itemNumber, 2);
    assert.equal(followUps[1]!.meetingId, "march");
  });
});
