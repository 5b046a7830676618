import assert from "node:assert/strict";
import type { Answer } from "../../../bot/src/domain/answer";
import type { AttendanceRecord } from "../../../bot/src/domain/attendance";
import type { Meeting } from "../../../bot/src/domain/meeting";
import type { Member } from "../../../bot/src/domain/member";
import type { Organisation } from "../../../bot/src/domain/network";
import { networkStatistics, ownOrganisationOnly, termOf, type MeetingRecord } from "../../../bot/src/domain/statistics";
import { statisticsCsv } from "../../../bot/src/domain/statistics-csv";

const org = (id: string, name: string, order: number): Organisation => ({ id, networkId: "n", name, kind: "kommun", order });
const organisations = [org("ale", "Ale", 10), org("lerum", "Lerum", 20), org("tjorn", "Tjörn", 30)];
const member = (id: string, organisationId: string): Member => ({ aadObjectId: id, networkId: "n", displayName: id, email: `${id}@example.org`, organisationId, role: "member", active: true });
const members = [member("elin", "ale"), member("lena", "lerum"), member("anders", "tjorn")];
const meeting = (id: string, startUtc: string, status: Meeting["status"] = "published"): Meeting => ({
  id, networkId: "n", title: id, startUtc, endUtc: startUtc, form: "digital", place: "", status, rollCall: "closed", sequence: 0, replyByUtc: new Date(Date.parse(startUtc) - 5 * 86_400_000).toISOString(),
});
const present = (organisationId: string): AttendanceRecord => ({ personId: organisationId, name: organisationId, organisationId, organisationName: organisationId, status: "present", items: [], source: "self", at: "", guest: false });
const answer = (memberId: string, answeredAt: string, choice: Answer["answer"] = "attending"): Answer => ({ memberId, answer: choice, answeredAt, channel: "card", ...(choice === "substitute" ? { substituteName: "Ersättare" } : {}) });
const record = (m: Meeting, orgs: string[], answers: Answer[] = [], entries: string[] = []): MeetingRecord => ({
  meeting: m, attendance: orgs.map(present), answers, roundTable: entries.map((organisationId) => ({ organisationId, reporterId: "", reporterName: "", text: "Läget", fields: {}, submitted: "before", updatedAt: "" })),
});
const now = new Date("2026-01-20T12:00:00Z");

describe("statistics over time", () => {
  it("splits terms at the Stockholm half-year: vt is January–June, ht July–December", () => {
    assert.deepEqual(termOf("2025-06-30"), { key: "2025-vt", label: "vt 2025" });
    assert.deepEqual(termOf("2025-07-01"), { key: "2025-ht", label: "ht 2025" });
  });

  it("counts per organisation and term: represented, rate, answers on time, substitutes, round-table entries", () => {
    const m1 = meeting("m1", "2025-03-12T08:00:00Z");
    const m2 = meeting("m2", "2025-09-10T07:00:00Z");
    const m3 = meeting("m3", "2025-11-12T08:00:00Z");
    const stats = networkStatistics({
      organisations, members, focus: [{ networkId: "n", organisationId: "lerum", meetingId: "m3", date: "2025-11-12", status: "accepted", presenters: [], askedAt: "" }], now,
      meetings: [
        record(m1, ["ale", "lerum", "tjorn"], [answer("elin", "2025-03-01T10:00:00Z")], ["ale", "lerum"]),
        record(m2, ["ale", "lerum"], [answer("elin", "2025-09-09T10:00:00Z"), answer("lena", "2025-09-01T10:00:00Z", "substitute")], ["ale"]),
        record(m3, ["lerum"], [], ["lerum"]),
      ],
    });
    assert.deepEqual(stats.terms.map((t) => t.label), ["vt 2025", "ht 2025"]);
    const ale = stats.organisations.find((r) => r.organisationId === "ale" && r.term.key === "2025-ht")!;
    assert.deepEqual([ale.meetings, ale.represented, ale.attendanceRate, ale.answersOnTime, ale.substitutes, ale.roundTableEntries], [2, 1, 0.5, 0, 0, 1]);
    const lerum = stats.organisations.find((r) => r.organisationId === "lerum" && r.term.key === "2025-ht")!;
    assert.deepEqual([lerum.represented, lerum.answersOnTime, lerum.substitutes, lerum.focusPresentations], [2, 1, 1, 1]);
    const ht = stats.totals.find((t) => t.term.key === "2025-ht")!;
    assert.deepEqual([ht.meetings, ht.averageRepresented, ht.attendanceRate], [2, 1.5, 0.5]);
    assert.deepEqual(stats.missing, [{ organisationId: "tjorn", organisationName: "Tjörn", missedInRow: 2 }]);
  });

  it("leaves out drafts, cancelled meetings and meetings not yet held", () => {
    const stats = networkStatistics({
      organisations, members, focus: [], now,
      meetings: [record(meeting("d", "2025-03-12T08:00:00Z", "draft"), ["ale"]), record(meeting("c", "2025-03-12T08:00:00Z", "cancelled"), ["ale"]), record(meeting("f", "2026-03-12T08:00:00Z", "invited"), ["ale"])],
    });
    assert.deepEqual(stats.terms, []);
    assert.deepEqual(stats.organisations, []);
  });

  it("a member's projection names no other organisation and has no network totals", () => {
    const stats = networkStatistics({ organisations, members, focus: [], now, meetings: [record(meeting("m1", "2025-03-12T08:00:00Z"), ["ale"])] });
    const own = ownOrganisationOnly(stats, "ale");
    assert.deepEqual(new Set(own.organisations.map((r) => r.organisationId)), new Set(["ale"]));
    assert.deepEqual(own.totals, []);
    assert.ok(!JSON.stringify(own).includes("Lerum"));
  });

  it("exports CSV for Swedish Excel: BOM, semicolons, Swedish headers, decimal commas", () => {
    const stats = networkStatistics({ organisations, members, focus: [], now, meetings: [record(meeting("m1", "2025-03-12T08:00:00Z"), ["ale"]), record(meeting("m2", "2025-04-12T08:00:00Z"), [])] });
    const csv = statisticsCsv(stats);
    assert.ok(csv.startsWith("\uFEFFTermin;Organisation;Möten;Representerad;Närvarograd (%);Svar i tid;Ersättare;Inlägg aktuellt läge;I fokus\r\n"));
    assert.ok(csv.includes("vt 2025;Ale;2;1;50;0;0;0;0\r\n"));
    assert.ok(csv.includes("vt 2025;Hela nätverket (snitt representerade per möte);2;0,5;16,7;"));
  });
});
