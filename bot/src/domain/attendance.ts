import { conflict } from "./errors";
import { activeMembers, type Member } from "./member";
import { compareSwedish, isActiveOrganisation, type Organisation } from "./network";

/** How a presence was recorded. */
export type AttendanceSource = "self" | "chair" | "join-event" | "rsvp" | "attendance-report";

/** One person's row in a meeting's attendance. */
export interface AttendanceRecord {
  /** Entra object id of a member, or a generated id for a person recorded by name. */
  personId: string;
  name: string;
  organisationId?: string;
  organisationName: string;
  status: "present" | "absent";
  /** Agenda items attended; empty means the whole meeting. */
  items: number[];
  source: AttendanceSource;
  at: string;
  /** Not a network member (presenter, external participant). */
  guest: boolean;
  /** The member this person stands in for. */
  substituteFor?: string;
}

/** A line of the house format: "Namn, Organisation (pkt 4)". */
export interface AttendanceLine {
  personId: string;
  organisationId?: string;
  text: string;
}

/** The attendance lists of the minutes. */
export interface AttendanceLists {
  present: AttendanceLine[];
  absent: AttendanceLine[];
  /** Organisations with nobody present, in round-table order. */
  organisationsWithNobody: Organisation[];
}

/** Formats "Namn, Organisation" with "(pkt N)" for someone present only for some items. */
export function formatAttendanceLine(name: string, organisationName: string, items: readonly number[] = []): string {
  const base = `${name}, ${organisationName}`;
  if (items.length === 0) return base;
  return `${base} (pkt ${[...items].sort((a, b) => a - b).join(", ")})`;
}

/**
 * Builds NÄRVARANDE / EJ NÄRVARANDE: absent are the active members not present, minus those replaced by a
 * present substitute; guests are never absent; both lists follow round-table order, then name.
 */
export function buildAttendanceLists(input: {
  organisations: readonly Organisation[];
  members: readonly Member[];
  attendance: readonly AttendanceRecord[];
}): AttendanceLists {
  const orgById = new Map(input.organisations.map((o) => [o.id, o]));
  const present = input.attendance.filter((r) => r.status === "present");
  const presentIds = new Set(present.map((r) => r.personId));
  const replaced = new Set(present.flatMap((r) => (r.substituteFor ? [r.substituteFor] : [])));
  const absentMembers = activeMembers(input.members).filter((m) => !presentIds.has(m.aadObjectId) && !replaced.has(m.aadObjectId));
  const orderOf = (orgId: string | undefined): number => (orgId === undefined ? undefined : orgById.get(orgId)?.order) ?? Number.MAX_SAFE_INTEGER;
  const byHouseOrder = (a: { org?: string; name: string }, b: { org?: string; name: string }): number =>
    orderOf(a.org) - orderOf(b.org) || compareSwedish(a.name, b.name);

  const presentLines = present
    .map((r) => ({ org: r.organisationId, name: r.name, line: { personId: r.personId, organisationId: r.organisationId, text: formatAttendanceLine(r.name, r.organisationName, r.items) } }))
    .sort(byHouseOrder)
    .map((x) => x.line);
  const absentLines = absentMembers
    .map((m) => ({ org: m.organisationId, name: m.displayName, line: { personId: m.aadObjectId, organisationId: m.organisationId, text: formatAttendanceLine(m.displayName, orgById.get(m.organisationId)?.name ?? "") } }))
    .sort(byHouseOrder)
    .map((x) => x.line);
  const presentOrgs = new Set(present.map((r) => r.organisationId));
  const organisationsWithNobody = [...input.organisations]
    .filter((o) => isActiveOrganisation(o) && !presentOrgs.has(o.id))
    .sort((a, b) => a.order - b.order || compareSwedish(a.name, b.name));
  return { present: presentLines, absent: absentLines, organisationsWithNobody };
}

/**
 * Applies a self check-in to a person's existing row: checking in twice is one check-in, and nobody can
 * check in once the roll call is closed.
 */
export function applyCheckIn(
  existing: AttendanceRecord | undefined,
  next: AttendanceRecord,
  rollCall: "not-started" | "open" | "closed",
): AttendanceRecord {
  if (rollCall === "closed") {
    throw conflict("roll_call_closed", "Närvaron är redan avslutad. Be ordföranden att lägga till dig.", "The roll call is closed. Ask the chair to add you.");
  }
  if (existing?.status === "present") return existing;
  return next;
}
