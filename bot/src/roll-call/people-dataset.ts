// The chair's person search on the roll-call card (Adaptive Cards dynamic typeahead, `choices.data`): Teams
// sends an `application/search` invoke with the card's dataset and what the chair typed.

/** Prefix of the search's dataset; the meeting's id follows after a slash. */
export const PEOPLE_DATASET = "rollcall.people";

/** At most this many results per search: Teams shows no more than 15 in the dropdown. */
export const MAX_SEARCH_RESULTS = 15;

/** The longest search text taken; a name with its organisation is far shorter. */
export const MAX_SEARCH_TEXT = 100;

/** The dataset a meeting's roll-call card names for its person search. */
export function peopleDataset(meetingId: string): string {
  return `${PEOPLE_DATASET}/${meetingId}`;
}

/** The meeting id a person search's dataset names (empty when it names none). */
export function meetingOfDataset(dataset: string): string {
  return dataset.startsWith(`${PEOPLE_DATASET}/`) ? dataset.slice(PEOPLE_DATASET.length + 1) : "";
}
