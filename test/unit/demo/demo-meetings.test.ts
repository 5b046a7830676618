import assert from "node:assert/strict";
import { upcomingMeeting } from "../../../bot/src/demo/demo-meetings";
import { addDays, stockholmParts, weekdayOf } from "../../../bot/src/domain/time";

describe("demo data: the upcoming meeting", () => {
  // Every hour of two days, one in winter and one in summer, including the hours where the UTC date and the
  // Stockholm date differ (23:00–24:00 UTC in winter, 22:00–24:00 in summer).
  const moments = [
    ...Array.from({ length: 24 }, (_, h) => new Date(Date.UTC(2026, 10, 25, h, 30))),
    ...Array.from({ length: 24 }, (_, h) => new Date(Date.UTC(2026, 6, 1, h, 30))),
  ];

  for (const now of moments) {
    it(`is a Wednesday 09:00–11:00 in Stockholm, 14–20 days ahead, when seeded at ${now.toISOString()}`, () => {
      const meeting = upcomingMeeting(now);
      const start = stockholmParts(new Date(meeting.startUtc));
      const today = stockholmParts(now).date;
      assert.equal(weekdayOf(start.date), 3, `${start.date} is not a Wednesday`);
      assert.equal(start.time, "09:00");
      assert.equal(stockholmParts(new Date(meeting.endUtc)).time, "11:00");
      assert.ok(start.date >= addDays(today, 14) && start.date <= addDays(today, 20), `${start.date} from ${today}`);
      assert.deepEqual(stockholmParts(new Date(meeting.replyByUtc!)), { date: addDays(start.date, -5), time: "17:00" });
    });
  }
});

describe("calendar dates", () => {
  it("adds days across month, year and DST changes", () => {
    assert.equal(addDays("2025-03-29", 2), "2025-03-31");
    assert.equal(addDays("2025-12-31", 1), "2026-01-01");
    assert.equal(addDays("2024-03-01", -1), "2024-02-29");
  });

  it("names the weekday of a date, and refuses a malformed date", () => {
    assert.equal(weekdayOf("2025-03-12"), 3);
    assert.equal(weekdayOf("2026-11-29"), 0);
    assert.throws(() => weekdayOf("12/3/2025"), /YYYY-MM-DD/);
  });
});
