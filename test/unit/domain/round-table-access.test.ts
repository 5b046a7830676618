import assert from "node:assert/strict";
import type { Meeting } from "../../../bot/src/domain/meeting";
import type { Member } from "../../../bot/src/domain/member";
import type { Organisation } from "../../../bot/src/domain/network";
import { assertMayEditEntry, submittedWhen } from "../../../bot/src/domain/round-table-access";
import { normaliseFields, normaliseQuestions } from "../../../bot/src/domain/round-table-input";

const withCode = (code: string) => (e: unknown) => (e as { code?: string }).code === code;

const org = (id: string, name: string, kind: Organisation["kind"] = "kommun"): Organisation => ({ id, networkId: "n", name, kind, order: 1 });
const person = (id: string, organisationId: string, role: Member["role"] = "member"): Member => ({ aadObjectId: id, networkId: "n", displayName: id, email: `${id}@example.org`, organisationId, role, active: true });
const ale = org("ale", "Ale");
const molndal = org("molndal", "Mölndal");
const meeting = (status: Meeting["status"] = "invited") => ({ chairId: "chair", secretaryId: "secretary", status });

describe("who may write a round-table entry", () => {
  it("lets any member of the organisation write its entry", () => {
    assert.deepEqual(assertMayEditEntry(person("elin", "ale"), ale, meeting()), { afterPublication: false });
  });

  it("refuses a member of Ale editing Mölndal's entry", () => {
    assert.throws(() => assertMayEditEntry(person("elin", "ale"), molndal, meeting()), (e: { kind: string; code: string }) => e.kind === "forbidden" && e.code === "not_your_organisation");
  });

  it("refuses a guest even for their own organisation, and an inactive member", () => {
    assert.throws(() => assertMayEditEntry(person("amir", "ale", "guest"), ale, meeting()), withCode("not_your_organisation"));
    assert.throws(() => assertMayEditEntry({ ...person("old", "ale"), active: false }, ale, meeting()), withCode("not_your_organisation"));
  });

  it("lets the coordinator and the meeting's secretary edit any entry, but not the chair", () => {
    assert.doesNotThrow(() => assertMayEditEntry(person("coord", "gr", "coordinator"), molndal, meeting()));
    assert.doesNotThrow(() => assertMayEditEntry(person("secretary", "gr"), molndal, meeting()));
    assert.throws(() => assertMayEditEntry(person("chair", "lerum"), molndal, meeting()), withCode("not_your_organisation"));
  });

  it("after publication only the secretary or coordinator may edit, and the edit is flagged for the log", () => {
    assert.throws(() => assertMayEditEntry(person("elin", "ale"), ale, meeting("published")), (e: { code: string }) => e.code === "minutes_published");
    assert.deepEqual(assertMayEditEntry(person("secretary", "gr"), ale, meeting("published")), { afterPublication: true });
  });

  it("refuses a cancelled meeting and an organisation outside the round table", () => {
    assert.throws(() => assertMayEditEntry(person("elin", "ale"), ale, meeting("cancelled")), withCode("meeting_cancelled"));
    assert.throws(() => assertMayEditEntry(person("coord", "gr", "coordinator"), org("gr", "GR", "annan"), meeting()), withCode("not_in_round_table"));
  });
});

describe("when an entry was submitted", () => {
  const times = { startUtc: "2030-03-12T08:00:00Z", endUtc: "2030-03-12T10:30:00Z", status: "invited" as const };
  it("is before, during or after by the meeting's times, during on the walk card, after once the minutes exist", () => {
    assert.equal(submittedWhen(times, new Date("2030-03-11T12:00:00Z")), "before");
    assert.equal(submittedWhen(times, new Date("2030-03-12T09:00:00Z")), "during");
    assert.equal(submittedWhen(times, new Date("2030-03-13T09:00:00Z")), "after");
    assert.equal(submittedWhen(times, new Date("2030-03-12T11:00:00Z"), true), "during");
    assert.equal(submittedWhen({ ...times, status: "published" }, new Date("2030-03-12T09:00:00Z"), true), "after");
  });
});

describe("structured questions and answers", () => {
  it("cleans the coordinator's questions and refuses duplicates, too many and too long", () => {
    assert.deepEqual(normaliseQuestions(["  Anvisade hittills i år ", "", "Behov\u0007 av stöd"]), ["Anvisade hittills i år", "Behov av stöd"]);
    assert.throws(() => normaliseQuestions(["Aktuella projekt", "aktuella projekt"]), withCode("duplicate_question"));
    assert.throws(() => normaliseQuestions(Array.from({ length: 11 }, (_, i) => `Fråga ${i}`)), withCode("too_many_questions"));
    assert.throws(() => normaliseQuestions(["x".repeat(101)]), withCode("question_too_long"));
  });

  it("keeps answers to configured questions only, drops empty ones and strips control characters", () => {
    const questions = ["Anvisade hittills i år", "Behov av stöd"];
    assert.deepEqual(normaliseFields({ "Anvisade hittills i år": " 12\u0000 ", "Behov av stöd": "  " }, questions), { "Anvisade hittills i år": "12" });
    assert.throws(() => normaliseFields({ Okänd: "x" }, questions), withCode("unknown_field"));
    assert.throws(() => normaliseFields({ "Behov av stöd": "x".repeat(1001) }, questions), withCode("field_too_long"));
  });
});
