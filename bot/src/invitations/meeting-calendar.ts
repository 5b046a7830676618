import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { invitationTexts } from "./texts";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import type { AgendaItem } from "../domain/agenda";
import type { Meeting } from "../domain/meeting";
import type { Language } from "../domain/network";
import { TIME_ZONE } from "../domain/time";

/** The UID every version of a meeting's calendar event keeps, so calendars update instead of duplicating. */
export function calendarUid(meetingId: string): string {
  return `${meetingId}@natverksmoten`;
}

function description(meeting: Meeting, agenda: readonly AgendaItem[], language: Language): string {
  const lines = agenda.map((i) => `${i.number}. ${i.title}${i.presenters.length ? ` (${i.presenters.join(", ")})` : ""}`);
  const heading = invitationTexts[language].agenda;
  const join = meeting.joinUrl ? [``, `${invitationTexts[language].joinShort}: ${meeting.joinUrl}`] : [];
  return [...(lines.length ? [`${heading}:`, ...lines] : []), ...join].join("\n");
}

/**
 * The meeting as an iCalendar file: times in Europe/Stockholm with a VTIMEZONE, the same UID for every
 * version, SEQUENCE = the meeting's sequence, and METHOD:CANCEL with STATUS:CANCELLED once cancelled.
 */
export function meetingCalendar(meeting: Meeting, agenda: readonly AgendaItem[], options: { language: Language; networkName: string; now: Date }): string {
  const cancelled = meeting.status === "cancelled";
  const calendar = ical({
    prodId: { company: "Natverksmoten", product: "Natverksmoten i Teams", language: options.language.toUpperCase() },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    name: options.networkName,
  });
  // A null name keeps DTSTAMP in UTC while the events still get a VTIMEZONE for Stockholm.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  calendar.createEvent({
    id: calendarUid(meeting.id),
    sequence: meeting.sequence,
    stamp: options.now,
    start: DateTime.fromISO(meeting.startUtc, { zone: "utc" }).setZone(TIME_ZONE),
    end: DateTime.fromISO(meeting.endUtc, { zone: "utc" }).setZone(TIME_ZONE),
    timezone: TIME_ZONE,
    summary: meeting.title,
    location: meeting.place,
    description: description(meeting, agenda, options.language),
    ...(meeting.joinUrl ? { url: meeting.joinUrl } : {}),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
