import assert from "node:assert/strict";
import { agendaDiff } from "../../../bot/src/domain/agenda-diff";
import { templateTitles } from "../../../bot/src/domain/agenda-template";
import { agendaChangeLines } from "../../../bot/src/invitations/agenda-change-text";

const items = (...titles: (string | [string, number])[]) =>
  titles.map((t, i) => (Array.isArray(t) ? { number: i + 1, title: t[0], presenters: [], plannedMinutes: t[1] } : { number: i + 1, title: t, presenters: [] }));

describe("agenda diff", () => {
  it("finds nothing when only the case of a title differs", () => {
    assert.deepEqual(agendaDiff(items("Aktuellt läge", "Övrigt"), items("aktuellt läge", "Övrigt")), []);
  });

  it("names an added item without calling the items after it moved", () => {
    const changes = agendaDiff(items("A", "B", "C"), items("A", "Ny punkt", "B", "C"));
    assert.deepEqual(changes, [{ kind: "added", number: 2, title: "Ny punkt" }]);
  });

  it("names a removed item, a renamed one (by its earlier number) and a new planned time", () => {
    const changes = agendaDiff(items("A", ["B", 20], "C"), items("A", ["Bee", 30]), [1, 2]);
    assert.deepEqual(changes, [
      { kind: "removed", number: 3, title: "C" },
      { kind: "renamed", number: 2, from: "B", to: "Bee" },
      { kind: "minutes", number: 2, title: "Bee", from: 20, to: 30 },
    ]);
  });

  it("names the one item moved, not the ones it passed", () => {
    const changes = agendaDiff(items("A", "B", "C", "D"), items("A", "D", "B", "C"));
    assert.deepEqual(changes, [{ kind: "moved", title: "D", from: 4, to: 2 }]);
  });

  it("pairs a changed title at the same place as a rename when no earlier number is given", () => {
    assert.deepEqual(agendaDiff(items("A", "B"), items("A", "X")), [{ kind: "renamed", number: 2, from: "B", to: "X" }]);
  });

  it("says each change as a line in Swedish and English", () => {
    const changes = agendaDiff(items("A", ["B", 20]), items("A", ["B", 25], "C"));
    assert.deepEqual(agendaChangeLines(changes, "sv"), ["Ny tid för punkt 2 B: 25 min (förut 20 min)", "Ny punkt 3: C"]);
    assert.deepEqual(agendaChangeLines(changes, "en"), ["New time for item 2 B: 25 min (was 20 min)", "New item 3: C"]);
  });
});

describe("agenda template", () => {
  it("always starts with the opening item, once, and drops empty lines", () => {
    assert.deepEqual(templateTitles([" Omvärldsbevakning ", "", "inledning — aktuellt läge i respektive kommun", "Övrigt"]), [
      "Inledning — aktuellt läge i respektive kommun", "Omvärldsbevakning", "Övrigt",
    ]);
    assert.deepEqual(templateTitles([]), ["Inledning — aktuellt läge i respektive kommun"]);
    assert.equal(templateTitles(undefined)[0], "Inledning — aktuellt läge i respektive kommun");
  });
});
