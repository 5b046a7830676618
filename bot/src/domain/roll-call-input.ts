import { spaceSingleLineControls } from "./text-rules";
import { invalid } from "./errors";
import { compareSwedish, type Organisation } from "./network";
import type { PersonRef } from "./roll-call";

/** Longest name or organisation accepted for a person recorded by name. */
export const MAX_NAME_LENGTH = 100;

/**
 * Reads agenda item numbers as people write them: "4", "2, 4", "2 och 4", "pkt 2, 4", "items 2 and 4".
 * Empty text means the whole meeting (no items).
 * @example parseItemNumbers("pkt 2 och 4") // [2, 4]
 */
export function parseItemNumbers(text: string | undefined): number[] {
  const cleaned = (text ?? "").trim().replace(/^\(|\)$/g, "").replace(/^(?:pkt|punkt|punkter|items?)\.?\s*/iu, "");
  if (cleaned === "") return [];
  const tokens = cleaned.split(/\s*(?:,|\s+och\s+|\s+and\s+|\s+)\s*/iu).filter(Boolean);
  const numbers = tokens.map((t) => (/^\d{1,3}$/.test(t) ? Number(t) : NaN));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw invalid(
      "invalid_items",
      `Förstår inte punkterna ”${cleaned.slice(0, 40)}”. Skriv t.ex. ”pkt 4” eller ”pkt 2, 4”.`,
      `Cannot read the items "${cleaned.slice(0, 40)}". Write e.g. "item 4" or "items 2, 4".`,
    );
  }
  return [...new Set(numbers)].sort((a, b) => a - b);
}

const ITEMS_SUFFIX = /\(?\s*\b(?:pkt|punkt|punkter|items?)\.?\s+([^()]+?)\s*\)?\s*$/iu;

/** Splits "Anna Ek, Ale pkt 4" into the text before the items and the item numbers. */
export function splitItems(args: string): { rest: string; items: number[] } {
  const match = ITEMS_SUFFIX.exec(args);
  if (!match) return { rest: args.trim(), items: [] };
  return { rest: args.slice(0, match.index).trim(), items: parseItemNumbers(match[1]) };
}

/** Cleans a free-text name or organisation and refuses empty or over-long text, naming the field. */
export function cleanName(value: string | undefined, field: { sv: string; en: string }): string {
  const cleaned = spaceSingleLineControls(value ?? "").replace(/\s+/g, " ").trim();
  if (cleaned === "") throw invalid("name_missing", `Skriv ${field.sv}.`, `Enter ${field.en}.`);
  if (cleaned.length > MAX_NAME_LENGTH) {
    throw invalid("name_too_long", `För lång text: högst ${MAX_NAME_LENGTH} tecken.`, `Too long: at most ${MAX_NAME_LENGTH} characters.`);
  }
  return cleaned;
}

/**
 * Reads the arguments of `gäst <namn>, <organisation> [pkt N]`.
 * @example parseGuest("Kim Ek, Röda Korset pkt 4") // { name: "Kim Ek", organisation: "Röda Korset", items: [4] }
 */
export function parseGuest(args: string): { name: string; organisation: string; items: number[] } {
  const { rest, items } = splitItems(args);
  const comma = rest.indexOf(",");
  if (comma < 0) {
    throw invalid("guest_organisation_missing", "Skriv gästen som: gäst <namn>, <organisation> [pkt N].", "Write the guest as: guest <name>, <organisation> [item N].");
  }
  return {
    name: cleanName(rest.slice(0, comma), { sv: "gästens namn", en: "the guest's name" }),
    organisation: cleanName(rest.slice(comma + 1), { sv: "gästens organisation", en: "the guest's organisation" }),
    items,
  };
}

/** A guest recorded by name: one id per name and organisation, so adding the same guest twice is one row. */
export function guestPerson(name: string, organisationText: string, organisations: readonly Organisation[]): PersonRef {
  const organisation = organisations.find((o) => compareSwedish(o.name, organisationText) === 0);
  const person: PersonRef = {
    personId: `guest:${normalise(name)}|${normalise(organisationText)}`,
    name,
    organisationName: organisation?.name ?? organisationText,
    guest: true,
  };
  if (organisation) person.organisationId = organisation.id;
  return person;
}

function normalise(text: string): string {
  return text.toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();
}

/**
 * Finds the one person a chair means by a name: an exact full name first, then names whose words start
 * with the words typed ("Ida" or "ida h" for Ida Holm). None or several is a clear error.
 */
export function findPersonByName(query: string, candidates: readonly PersonRef[]): PersonRef {
  const wanted = normalise(query);
  const unique = [...new Map(candidates.map((c) => [c.personId, c])).values()];
  const exact = unique.filter((c) => normalise(c.name) === wanted);
  const words = wanted.split(" ");
  const matches = exact.length > 0 ? exact : unique.filter((c) => {
    const nameWords = normalise(c.name).split(" ");
    return words.every((w) => nameWords.some((n) => n.startsWith(w)));
  });
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw invalid(
      "person_not_found",
      `Hittar ingen som heter ”${query.slice(0, 60)}”. En gäst läggs till med: gäst <namn>, <organisation>.`,
      `Nobody called "${query.slice(0, 60)}". Add a guest with: guest <name>, <organisation>.`,
    );
  }
  const names = matches.slice(0, 5).map((m) => `${m.name}, ${m.organisationName}`).join("; ");
  throw invalid("person_ambiguous", `Flera passar: ${names}. Skriv hela namnet.`, `Several match: ${names}. Write the full name.`);
}
