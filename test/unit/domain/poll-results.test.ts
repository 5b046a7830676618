import assert from "node:assert/strict";
import { checkAnswer, type Poll, type PollAnswer } from "../../../bot/src/domain/poll";
import { pollMinutesText, tallyPoll } from "../../../bot/src/domain/poll-results";

const poll = (kind: Poll["kind"], extra: Partial<Poll> = {}): Poll => ({
  id: "p", networkId: "n", question: "Vilken veckodag?", kind, options: kind === "text" ? [] : [{ id: "o1", text: "Tisdag" }, { id: "o2", text: "Onsdag" }, { id: "o3", text: "Torsdag" }],
  anonymous: false, audience: "members", status: "open", resultsShared: false, createdBy: "c", createdAt: "2031-01-01T00:00:00.000Z", salt: "s", reminderRounds: 0, ...extra,
});
const answer = (choices: string[], organisationId?: string, text?: string): PollAnswer => ({ pollId: "p", answerId: Math.random().toString(), choices, ...(organisationId ? { organisationId } : {}), ...(text ? { text } : {}) });

describe("poll rules and results", () => {
  it("accepts exactly one choice for a single-choice poll and refuses unknown or repeated options", () => {
    assert.deepEqual(checkAnswer(poll("single"), { choices: ["o2"] }), { choices: ["o2"] });
    assert.throws(() => checkAnswer(poll("single"), { choices: ["o1", "o2"] }), /Choose one option/);
    assert.throws(() => checkAnswer(poll("multiple"), { choices: ["o1", "o1"] }), /only once/);
    assert.throws(() => checkAnswer(poll("multiple"), { choices: ["o9"] }), /does not have/);
  });

  it("wants every option ranked once, and a trimmed free text", () => {
    assert.throws(() => checkAnswer(poll("ranking"), { choices: ["o1", "o2"] }), /Rank every option/);
    assert.deepEqual(checkAnswer(poll("text"), { text: "  Sändlistan " }), { choices: [], text: "Sändlistan" });
    assert.throws(() => checkAnswer(poll("text"), { text: "   " }), /Write an answer/);
    assert.throws(() => checkAnswer(poll("single", { status: "closed" }), { choices: ["o1"] }), /closed/);
  });

  it("counts choices per option and per organisation", () => {
    const results = tallyPoll(poll("multiple"), [answer(["o1", "o3"], "ale"), answer(["o3"], "ale"), answer(["o2"], "molndal")]);
    assert.deepEqual(results.options.map((o) => o.count), [1, 1, 2]);
    assert.deepEqual(results.byOrganisation, [{ organisationId: "ale", answered: 2, counts: { o1: 1, o3: 2 } }, { organisationId: "molndal", answered: 1, counts: { o2: 1 } }]);
  });

  it("gives a ranking's first place n − 1 points and orders options by points", () => {
    const results = tallyPoll(poll("ranking"), [answer(["o3", "o1", "o2"]), answer(["o3", "o2", "o1"])]);
    assert.deepEqual(results.options.map((o) => [o.text, o.points, o.averagePlace]), [["Torsdag", 4, 1], ["Tisdag", 1, 2.5], ["Onsdag", 1, 2.5]]);
  });

  it("writes the minutes line as the house format does, in Swedish and English", () => {
    const p = poll("single");
    const results = tallyPoll(p, [answer(["o3"]), answer(["o3"]), answer(["o1"])]);
    assert.equal(pollMinutesText(p, results, "sv", 20), 'På frågan "Vilken veckodag?" svarade 3 av 20:\n• Tisdag: 1\n• Onsdag: 0\n• Torsdag: 2');
    assert.equal(pollMinutesText(p, results, "en"), 'Asked "Vilken veckodag?", 3 answered:\n• Tisdag: 1\n• Onsdag: 0\n• Torsdag: 2');
    const free = poll("text", { question: "Vad vill du ta upp?" });
    assert.equal(pollMinutesText(free, tallyPoll(free, [answer([], undefined, "Sändlistan\nför handledare")]), "sv"), 'På frågan "Vad vill du ta upp?" svarade 1:\n• Sändlistan för handledare');
    assert.equal(pollMinutesText(p, tallyPoll(p, []), "sv", 20), 'På frågan "Vilken veckodag?" svarade 0 av 20:\nInga svar.');
  });
});
