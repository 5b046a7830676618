import assert from "node:assert/strict";
import * as ical from "node-ical";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { stockholmToUtc } from "../../../bot/src/domain/time";
import { calendarUid, meetingCalendar } from "../../../bot/src/invitations/meeting-calendar";

const meetingOn = (date: string, extra: Partial<Meeting> = {}): Meeting => ({
  id: `m-${date}`, networkId: "n", title: "Nätverksmöte; mottagande, integration", startUtc: stockholmToUtc(date, "09:00"), endUtc: stockholmToUtc(date, "11:00"),
  form: "digital", place: "Digitalt via Teams", joinUrl: "https://teams.microsoft.com/l/meetup-join/x", status: "invited", rollCall: "not-started", sequence: 0, ...extra,
});
const options = { language: "sv" as const, networkName: "Nätverket", now: new Date("2025-01-01T00:00:00Z") };
const agenda = [{ number: 1, title: "Aktuellt läge", presenters: ["Elin Bergqvist"], decisions: [], actions: [] }];

function parse(text: string): ical.VEvent {
  return Object.values(ical.sync.parseICS(text)).find((c) => c?.type === "VEVENT") as ical.VEvent;
}

describe("meeting .ics", () => {
  it("has 09:00 Stockholm time right across the autumn DST change (27 Oct 2025 = 08:00Z)", () => {
    const event = parse(meetingCalendar(meetingOn("2025-10-27"), agenda, options));
    assert.equal(event.start.toISOString(), "2025-10-27T08:00:00.000Z");
    assert.equal(event.end?.toISOString(), "2025-10-27T10:00:00.000Z");
    assert.equal((event.start as Date & { tz?: string }).tz, "Europe/Stockholm");
  });

  it("has 09:00 Stockholm time right across the spring DST change (31 Mar 2025 = 07:00Z)", () => {
    const text = meetingCalendar(meetingOn("2025-03-31"), agenda, options);
    assert.equal(parse(text).start.toISOString(), "2025-03-31T07:00:00.000Z");
    assert.match(text, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm/);
    assert.match(text, /DTSTART;TZID=Europe\/Stockholm:20250331T090000/);
    assert.match(text, /DTSTAMP:20250101T000000Z/);
  });

  it("keeps the UID across versions, with SEQUENCE from the meeting, and escapes text", () => {
    const event = parse(meetingCalendar(meetingOn("2025-10-27", { sequence: 3 }), agenda, options));
    assert.equal(event.uid, calendarUid("m-2025-10-27"));
    assert.equal(Number(event.sequence), 3);
    assert.equal(event.summary, "Nätverksmöte; mottagande, integration");
    assert.equal(event.location, "Digitalt via Teams");
    assert.match(String(event.description), /1\. Aktuellt läge \(Elin Bergqvist\)/);
  });

  it("says METHOD:CANCEL and STATUS:CANCELLED for a cancelled meeting", () => {
    const text = meetingCalendar(meetingOn("2025-10-27", { status: "cancelled", sequence: 2 }), agenda, options);
    assert.match(text, /METHOD:CANCEL/);
    assert.equal(parse(text).status, "CANCELLED");
  });
});
