import { expectedPeople } from "../domain/expected-people";
import type { Member } from "../domain/member";
import { compareSwedish, type Organisation } from "../domain/network";
import type { PersonRef } from "../domain/roll-call";
import { candidatesOf, type RollCallSnapshot } from "./roll-call-service";
import { madeOnce } from "../shared/made-once";
import { MAX_SEARCH_RESULTS } from "./people-dataset";

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

/**
 * How many characters of the card the chair's person list may take. Teams refuses a message over its size
 * limit (413, MessageSizeTooBig; counted in UTF-16 and including everything else on the card), and the
 * roll-call card also lists who is present: a network of some ninety people fits whole, a larger one gets the
 * first of them here (those expected first) and a search for the rest (`findChoices`).
 */
export const CARD_CHOICES_BUDGET = 8_000;

/** The choices a card carries: all of them (`complete`), or as many as fit CARD_CHOICES_BUDGET. */
export interface CardChoices {
  choices: PersonChoice[];
  complete: boolean;
}

/** The person list of the chair's form on the card, cut to CARD_CHOICES_BUDGET (see there). */
export function cardChoices(snapshot: RollCallSnapshot): CardChoices {
  const all = markChoices(snapshot);
  return madeOnce(cut, all, () => {
    let size = 0;
    const fits = all.findIndex((choice) => (size += JSON.stringify(choice).length + 1) > CARD_CHOICES_BUDGET);
    return fits === -1 ? { choices: all, complete: true } : { choices: all.slice(0, fits), complete: false };
  });
}

const cut = new WeakMap<PersonChoice[], CardChoices>();

/**
 * The chair's choices whose text (name and organisation) holds every word of `text`, ignoring case, in the
 * list's order (those expected first); `skip` and `top` page through them (`top` at most MAX_SEARCH_RESULTS).
 * An empty text gives the list from the start.
 */
export function findChoices(snapshot: RollCallSnapshot, text: string, skip: number, top: number): PersonChoice[] {
  const words = folded(text).split(/\s+/).filter(Boolean);
  const found = markChoices(snapshot).filter((choice) => words.every((word) => folded(choice.title).includes(word)));
  return found.slice(skip, skip + Math.min(top, MAX_SEARCH_RESULTS));
}

const folded = (text: string) => text.normalize("NFC").toLocaleLowerCase("sv-SE");

/** The person a card's choice names, among the people the chair can name now; undefined when it names nobody. */
export function chosenPerson(snapshot: RollCallSnapshot, personId: string): PersonRef | undefined {
  return candidatesOf(snapshot).find((p) => p.personId === personId);
}
