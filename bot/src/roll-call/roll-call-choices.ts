import { expectedPeople } from "../domain/expected-people";
import type { Member } from "../domain/member";
import { compareSwedish, type Organisation } from "../domain/network";
import type { PersonRef } from "../domain/roll-call";
import { candidatesOf, type RollCallSnapshot } from "./roll-call-service";
import { madeOnce } from "../shared/made-once";

/** One person the chair can pick on the roll-call card. */
export interface PersonChoice {
  title: string;
  value: string;
}

/**
 * The people the chair can mark from the card, each once: those expected at the meeting first (RSVP
 * attending, announced substitutes), then everyone else who can be named (recorded people, active members),
 * each group by name. Guests not yet recorded are added by name in the guest form instead.
 */
export function markChoices(snapshot: RollCallSnapshot): PersonChoice[] {
  // A press's answer and the chat's card are drawn from the same snapshot: the list is made once for both.
  return madeOnce(made, snapshot, () => sameAsBefore(snapshot));
}

// Snapshots are never changed once made (a change makes a new one), so a snapshot's choices stay right.
const made = new WeakMap<RollCallSnapshot, PersonChoice[]>();

// Across snapshots of one directory read: the list changes only with the RSVP answers and the people recorded
// who are not active members (a member's choice shows the member). Sorting hundreds of names by Swedish
// collation each time a check-in redraws the card would cost more than the rest of the card.
const lastOf = new WeakMap<readonly Member[], { organisations: readonly Organisation[]; key: string; choices: PersonChoice[] }>();
const activeIdsOf = new WeakMap<readonly Member[], ReadonlySet<string>>();

function sameAsBefore(snapshot: RollCallSnapshot): PersonChoice[] {
  const key = inputsOf(snapshot);
  const last = lastOf.get(snapshot.members);
  if (last && last.organisations === snapshot.organisations && last.key === key) return last.choices;
  const choices = choicesOf(snapshot);
  lastOf.set(snapshot.members, { organisations: snapshot.organisations, key, choices });
  return choices;
}

// What, besides the directory, the choices are made of, as one string.
function inputsOf(snapshot: RollCallSnapshot): string {
  const active = madeOnce(activeIdsOf, snapshot.members, () => new Set(snapshot.members.filter((m) => m.active).map((m) => m.aadObjectId)));
  const answers = snapshot.answers.map((a) => [a.memberId, a.answer, a.substituteName ?? "", a.substituteOrganisationId ?? ""].join("\u0001"));
  const recorded = snapshot.attendance
    .filter((r) => !active.has(r.personId))
    .map((r) => [r.personId, r.name, r.organisationId ?? "", r.organisationName ?? "", r.guest ? "g" : "", r.substituteFor ?? ""].join("\u0001"));
  return `${answers.join("\u0002")}\u0003${recorded.join("\u0002")}`;
}

function choicesOf(snapshot: RollCallSnapshot): PersonChoice[] {
  const expected = expectedPeople(snapshot);
  const seen = new Set(expected.map((p) => p.personId));
  const others = [...new Map(candidatesOf(snapshot).map((p) => [p.personId, p])).values()].filter((p) => !seen.has(p.personId));
  const byName = (a: PersonRef, b: PersonRef) => compareSwedish(a.name, b.name);
  return [...expected.sort(byName), ...others.sort(byName)].map((p) => ({ title: p.organisationName ? `${p.name}, ${p.organisationName}` : p.name, value: p.personId }));
}

/** The person a card's choice names, among the people the chair can name now; undefined when it names nobody. */
export function chosenPerson(snapshot: RollCallSnapshot, personId: string): PersonRef | undefined {
  return candidatesOf(snapshot).find((p) => p.personId === personId);
}
