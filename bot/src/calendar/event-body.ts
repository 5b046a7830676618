import type { AgendaItem } from "../domain/agenda";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { formatDateTime, stockholmParts } from "../domain/time";

/** Windows' name of Stockholm's time zone, which every Graph version accepts. */
export const GRAPH_TIME_ZONE = "W. Europe Standard Time";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A moment as Graph's `dateTimeTimeZone` in Stockholm time. */
export function stockholmDateTime(utcIso: string): { dateTime: string; timeZone: string } {
  const { date, time } = stockholmParts(new Date(utcIso));
  return { dateTime: `${date}T${time}:00`, timeZone: GRAPH_TIME_ZONE };
}

/** The invitation's body in Swedish as HTML: time (Stockholm), place, link, and the agenda. */
export function agendaHtml(meeting: Meeting, agenda: readonly AgendaItem[], networkName: string, tabUrl: string): string {
  const items = [...agenda].sort((a, b) => a.number - b.number).map((item) => {
    const extra = [item.presenters.length > 0 ? item.presenters.join(", ") : "", item.plannedMinutes ? `${item.plannedMinutes} min` : ""].filter(Boolean).join(", ");
    return `<li><b>${escape(item.title)}</b>${extra ? ` (${escape(extra)})` : ""}${item.description ? `<br>${escape(item.description)}` : ""}</li>`;
  }).join("");
  return [
    `<p>Kallelse till ${escape(networkName)}: <b>${escape(meeting.title)}</b></p>`,
    `<p>Tid: ${escape(formatDateTime(meeting.startUtc, "sv"))}–${escape(stockholmParts(new Date(meeting.endUtc)).time)} (svensk tid)<br>Plats: ${escape(meeting.place)}</p>`,
    meeting.joinUrl ? `<p><a href="${escape(meeting.joinUrl)}">Anslut till Teams-mötet</a></p>` : "",
    items ? `<p><b>Dagordning</b></p><ol>${items}</ol>` : "",
    `<p>Svara på kallelsen här i kalendern, på kortet från appen Nätverksmöten eller i <a href="${escape(tabUrl)}">fliken</a>. Det senaste svaret gäller.</p>`,
  ].join("");
}

/** The invited members' e-mail addresses, lower case, each once. */
export function attendeeAddresses(members: readonly Member[]): string[] {
  return [...new Set(members.filter((m) => m.email).map((m) => m.email!.trim().toLowerCase()))].sort();
}

/** The event's attendees as Graph takes them: every invited member, required, with their name. */
export function attendeeList(members: readonly Member[]): { emailAddress: { address: string; name?: string }; type: "required" }[] {
  const byEmail = new Map(members.filter((m) => m.email).map((m) => [m.email!.trim().toLowerCase(), m.displayName]));
  return attendeeAddresses(members).map((address) => ({ emailAddress: { address, name: byEmail.get(address) }, type: "required" }));
}

/**
 * The event as Graph's `POST/PATCH /users/{organizer}/events` takes it. A meeting without a Teams link gets an
 * online meeting (`teamsForBusiness`); one whose link was pasted by hand keeps that link in its body.
 */
export function eventBody(input: { meeting: Meeting; agenda: readonly AgendaItem[]; networkName: string; tabUrl: string; members: readonly Member[]; create: boolean; online: boolean }) {
  const { meeting } = input;
  return {
    subject: meeting.title,
    body: { contentType: "HTML", content: agendaHtml(meeting, input.agenda, input.networkName, input.tabUrl) },
    start: stockholmDateTime(meeting.startUtc),
    end: stockholmDateTime(meeting.endUtc),
    location: { displayName: meeting.place },
    attendees: attendeeList(input.members),
    allowNewTimeProposals: false,
    responseRequested: true,
    ...(input.create ? { isOnlineMeeting: input.online, ...(input.online ? { onlineMeetingProvider: "teamsForBusiness" } : {}), transactionId: meeting.id } : {}),
  };
}
