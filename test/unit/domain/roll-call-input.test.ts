import assert from "node:assert/strict";
import type { Organisation } from "../../../bot/src/domain/network";
import type { PersonRef } from "../../../bot/src/domain/roll-call";
import { cleanName, findPersonByName, guestPerson, parseGuest, parseItemNumbers, splitItems } from "../../../bot/src/domain/roll-call-input";

const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;
const organisations: Organisation[] = [{ id: "harryda", networkId: "n", name: "Härryda", kind: "kommun", order: 10 }];

describe("reading agenda items", () => {
  for (const [text, expected] of [["4", [4]], ["2, 4", [2, 4]], ["pkt 4, 2", [2, 4]], ["2 och 4", [2, 4]], ["items 2 and 3", [2, 3]], ["(pkt 4)", [4]], ["", []], ["4 4", [4]]] as const) {
    it(`reads "${text}" as ${JSON.stringify(expected)}`, () => assert.deepEqual(parseItemNumbers(text), expected));
  }

  it("refuses text that is not item numbers, clearly", () => {
    for (const text of ["fyra", "4a", "0", "-1", "2; 3"]) assert.throws(() => parseItemNumbers(text), code("invalid_items"), text);
  });

  it("splits trailing items off a command's arguments", () => {
    assert.deepEqual(splitItems("Amir Haddad pkt 4"), { rest: "Amir Haddad", items: [4] });
    assert.deepEqual(splitItems("Amir Haddad (pkt 2, 4)"), { rest: "Amir Haddad", items: [2, 4] });
    assert.deepEqual(splitItems("Per Pktsson"), { rest: "Per Pktsson", items: [] });
  });
});

describe("guests", () => {
  it("reads 'gäst <namn>, <organisation> [pkt N]'", () => {
    assert.deepEqual(parseGuest("Kim Ek, Röda Korset pkt 4"), { name: "Kim Ek", organisation: "Röda Korset", items: [4] });
  });

  it("refuses a guest without organisation, or with an empty or over-long name", () => {
    assert.throws(() => parseGuest("Kim Ek"), code("guest_organisation_missing"));
    assert.throws(() => parseGuest(" , Röda Korset"), code("name_missing"));
    assert.throws(() => cleanName("x".repeat(101), { sv: "namn", en: "name" }), code("name_too_long"));
  });

  it("gives the same guest the same id, and matches a network organisation's name", () => {
    const a = guestPerson("Alva Ek", "härryda", organisations);
    const b = guestPerson("alva  ek", "Härryda", organisations);
    assert.equal(a.personId, b.personId);
    assert.equal(a.organisationId, "harryda");
    assert.equal(a.organisationName, "Härryda");
    assert.equal(guestPerson("Kim Ek", "Röda Korset", organisations).organisationId, undefined);
  });
});

describe("finding a person by name", () => {
  const p = (personId: string, name: string): PersonRef => ({ personId, name, organisationName: "Org", guest: false });
  const people = [p("1", "Oskar Lindqvist"), p("2", "Karin Lind"), p("3", "Ida Holm"), p("1", "Oskar Lindqvist")];

  it("prefers an exact full name, case aside", () => assert.equal(findPersonByName("karin lind", people).personId, "2"));
  it("finds a unique start of the name's words", () => assert.equal(findPersonByName("Ida", people).personId, "3"));
  it("refuses an ambiguous name and lists who matches", () => assert.throws(() => findPersonByName("Lind", people), code("person_ambiguous")));
  it("refuses an unknown name with a hint to add a guest", () => assert.throws(() => findPersonByName("Nils", people), code("person_not_found")));
});
