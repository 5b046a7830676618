import { expectedPeople } from "../domain/expected-people";
import { compareSwedish } from "../domain/network";
import type { PersonRef } from "../domain/roll-call";
import { candidatesOf, type RollCallSnapshot } from "./roll-call-service";

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
  let choices = made.get(snapshot);
  if (!choices) {
    choices = choicesOf(snapshot);
    made.set(snapshot, choices);
  }
  return choices;
}

// Snapshots are never changed once made (a change makes a new one), so a snapshot's choices stay right.
const made = new WeakMap<RollCallSnapshot, PersonChoice[]>();

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
