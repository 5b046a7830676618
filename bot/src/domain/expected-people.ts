import type { AttendanceRecord } from "./attendance";
import type { Member } from "./member";
import { compareSwedish, inRoundTableOrder, type Organisation } from "./network";
import type { PersonRef } from "./roll-call";
import type { Answer } from "./answer";

/** Person id of the substitute a member announced in their RSVP. */
export function substituteIdFor(memberId: string): string {
  return `substitute:${memberId}`;
}

/**
 * The people expected at a meeting from the RSVPs: active members who answered "attending", and the
 * substitutes members announced (under the member's organisation). Declines and non-answers are not expected.
 */
export function expectedPeople(input: { organisations: readonly Organisation[]; members: readonly Member[]; answers: readonly Answer[] }): PersonRef[] {
  const orgName = new Map(input.organisations.map((o) => [o.id, o.name]));
  const memberById = new Map(input.members.filter((m) => m.active).map((m) => [m.aadObjectId, m]));
  return input.answers.flatMap((rsvp): PersonRef[] => {
    const member = memberById.get(rsvp.memberId);
    if (!member) return [];
    if (rsvp.answer === "attending") {
      return [{ personId: member.aadObjectId, name: member.displayName, organisationId: member.organisationId, organisationName: orgName.get(member.organisationId) ?? "", guest: member.role === "guest" }];
    }
    if (rsvp.answer === "substitute" && rsvp.substituteName?.trim()) {
      const organisationId = rsvp.substituteOrganisationId ?? member.organisationId;
      return [{
        personId: substituteIdFor(member.aadObjectId), name: rsvp.substituteName.trim(), organisationId,
        organisationName: orgName.get(organisationId) ?? "", guest: false, substituteFor: member.aadObjectId,
      }];
    }
    return [];
  });
}

/** One person on the roll-call card. */
export interface BoardLine {
  person: PersonRef;
  state: "present" | "absent" | "expected";
  items: number[];
  /** For a substitute: the name of the member replaced. */
  substituteForName?: string;
}

/** An organisation (or a guest's free-text organisation) with its people. */
export interface BoardGroup {
  organisationId?: string;
  organisationName: string;
  lines: BoardLine[];
}

/** What the roll-call card shows. */
export interface RollCallBoard {
  groups: BoardGroup[];
  /** Organisations with nobody expected or recorded, in round-table order. */
  quietOrganisations: Organisation[];
  presentCount: number;
  waitingCount: number;
}

function personOf(record: AttendanceRecord): PersonRef {
  return {
    personId: record.personId, name: record.name, organisationId: record.organisationId, organisationName: record.organisationName,
    guest: record.guest, substituteFor: record.substituteFor,
  };
}

/**
 * The roll-call board: organisations in round-table order with their expected and recorded people (each once;
 * a substitute recorded under another id still meets its expectation), then guests' own organisations.
 */
export function rollCallBoard(input: {
  organisations: readonly Organisation[];
  members: readonly Member[];
  answers: readonly Answer[];
  attendance: readonly AttendanceRecord[];
}): RollCallBoard {
  const memberName = new Map(input.members.map((m) => [m.aadObjectId, m.displayName]));
  const byPerson = new Map(input.attendance.map((r) => [r.personId, r]));
  const bySubstituted = new Map(input.attendance.filter((r) => r.substituteFor).map((r) => [r.substituteFor!, r]));
  const used = new Set<string>();
  const lines: BoardLine[] = expectedPeople(input).map((person) => {
    const record = byPerson.get(person.personId) ?? (person.substituteFor ? bySubstituted.get(person.substituteFor) : undefined);
    if (record) used.add(record.personId);
    return { person: record ? personOf(record) : person, state: record?.status ?? "expected", items: record?.items ?? [] };
  });
  for (const record of input.attendance) {
    if (!used.has(record.personId)) lines.push({ person: personOf(record), state: record.status, items: record.items });
  }
  for (const line of lines) {
    if (line.person.substituteFor) line.substituteForName = memberName.get(line.person.substituteFor);
  }
  const byName = (a: BoardLine, b: BoardLine) => compareSwedish(a.person.name, b.person.name);
  const ordered = inRoundTableOrder(input.organisations);
  const known = new Set(ordered.map((o) => o.id));
  const groups: BoardGroup[] = ordered
    .map((o) => ({ organisationId: o.id, organisationName: o.name, lines: lines.filter((l) => l.person.organisationId === o.id).sort(byName) }))
    .filter((g) => g.lines.length > 0);
  const others = new Map<string, BoardLine[]>();
  for (const line of lines.filter((l) => !l.person.organisationId || !known.has(l.person.organisationId))) {
    others.set(line.person.organisationName, [...(others.get(line.person.organisationName) ?? []), line]);
  }
  for (const name of [...others.keys()].sort(compareSwedish)) groups.push({ organisationName: name, lines: others.get(name)!.sort(byName) });
  const withPeople = new Set(groups.map((g) => g.organisationId));
  return {
    groups,
    quietOrganisations: ordered.filter((o) => !withPeople.has(o.id)),
    presentCount: lines.filter((l) => l.state === "present").length,
    waitingCount: lines.filter((l) => l.state === "expected").length,
  };
}
