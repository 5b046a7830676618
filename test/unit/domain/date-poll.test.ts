import assert from "node:assert/strict";
import { assertValidOptions, meetingTimesOf, optionLabel, rankOptions, type DateOption, type DateResponse } from "../../../bot/src/domain/date-poll";
import type { Organisation } from "../../../bot/src/domain/network";

const org = (id: string, kind: Organisation["kind"] = "kommun", active = true): Organisation => ({ id, networkId: "n", name: id, kind, order: 0, ...(active ? {} : { active: false }) });
const organisations = [org("ale"), org("lerum"), org("tjorn"), org("af", "myndighet"), org("gammal", "kommun", false)];
const options: DateOption[] = [
  { id: "d1", kind: "time", date: "2031-05-14", startTime: "09:00", endTime: "11:00" },
  { id: "d2", kind: "time", date: "2031-05-21", startTime: "09:00", endTime: "11:00" },
  { id: "d3", kind: "weekday", weekday: 2, partOfDay: "morning" },
];
const response = (memberId: string, organisationId: string, marks: DateResponse["marks"]): DateResponse => ({ datePollId: "x", memberId, organisationId, marks, answeredAt: "" });

describe("finding the date: ranking by municipality coverage", () => {
  it("puts first the option every active municipality can come to, even with fewer yes", () => {
    const responses = [
      response("a1", "ale", { d1: "yes", d2: "yes", d3: "no" }), response("a2", "ale", { d2: "yes" }), response("a3", "ale", { d2: "yes" }),
      response("l1", "lerum", { d1: "maybe", d2: "yes" }), response("t1", "tjorn", { d1: "yes", d2: "no" }), response("f1", "af", { d2: "yes" }),
    ];
    const [first, second, third] = rankOptions(options, responses, organisations);
    assert.equal(first!.optionId, "d1");
    assert.equal(first!.allMunicipalities, true);
    assert.deepEqual(first!.municipalitiesMissing, []);
    assert.equal(second!.optionId, "d2");
    assert.deepEqual(second!.municipalitiesMissing, ["tjorn"], "the agency and the inactive municipality do not count");
    assert.equal(third!.optionId, "d3");
    assert.deepEqual([first!.rank, second!.rank, third!.rank], [1, 2, 3]);
  });

  it("prefers full coverage with yes over full coverage that needs 'if needed'", () => {
    const responses = [response("a", "ale", { d1: "maybe", d2: "yes" }), response("l", "lerum", { d1: "yes", d2: "yes" }), response("t", "tjorn", { d1: "yes", d2: "yes" })];
    assert.equal(rankOptions(options, responses, organisations)[0]!.optionId, "d2");
  });

  it("keeps the proposed order on a tie and counts every organisation when there are no municipalities", () => {
    assert.deepEqual(rankOptions(options, [], organisations).map((s) => s.optionId), ["d1", "d2", "d3"]);
    const agencies = [org("af", "myndighet"), org("vgr", "region")];
    const [best] = rankOptions(options, [response("x", "af", { d3: "yes" }), response("y", "vgr", { d3: "maybe" })], agencies);
    assert.equal(best!.optionId, "d3");
    assert.equal(best!.allMunicipalities, true);
  });

  it("refuses duplicate proposals and an end before the start", () => {
    assert.throws(() => assertValidOptions([options[0]!, { ...options[0]!, id: "d9" }]), /twice/);
    assert.throws(() => assertValidOptions([{ id: "d1", kind: "time", date: "2031-05-14", startTime: "11:00", endTime: "09:00" }]), /after the start/);
    assert.throws(() => assertValidOptions([]), /1–20/);
  });

  it("turns a weekday option into a meeting on a date of that weekday with the part of the day's times", () => {
    assert.deepEqual(meetingTimesOf(options[2]!, { date: "2031-05-13" }), { date: "2031-05-13", startTime: "09:00", endTime: "12:00" });
    assert.throws(() => meetingTimesOf(options[2]!, { date: "2031-05-14" }), /weekday/);
    assert.throws(() => meetingTimesOf(options[2]!, {}), /Give the date/);
    assert.deepEqual(meetingTimesOf(options[0]!, {}), { date: "2031-05-14", startTime: "09:00", endTime: "11:00" });
    assert.equal(optionLabel(options[2]!, "sv"), "tisdagar förmiddag");
    assert.match(optionLabel(options[0]!, "sv"), /onsdag 14 maj 2031 kl\. 09:00–11:00/);
  });
});
