import assert from "node:assert/strict";
import { EXAMPLE_PLACEHOLDER, EXTRA_ROUND_TABLE, exampleLines, sectionOf, storeExampleMeeting, writeExampleNotes } from "../../helpers/example-minutes";
import { startTestServer, type TestServer } from "../../helpers/test-server";

/** Asserts two line lists are equal, naming the first line that differs. */
function assertSameLines(actual: readonly string[], expected: readonly string[]): void {
  const index = expected.findIndex((line, i) => actual[i] !== line);
  assert.equal(index, -1, `line ${index + 1}: expected "${expected[index]}", got "${actual[index]}"`);
  assert.equal(actual.length, expected.length, "number of lines");
}

describe("minutes golden test: the example meeting built through the API gives the house format", () => {
  let server: TestServer;
  let minutes: { text: string; markdown: string };
  const example = exampleLines();

  before(async () => {
    server = await startTestServer({ seed: false });
    const { people } = await storeExampleMeeting(server.stores);
    minutes = await writeExampleNotes(server, people.get("Emma Strand")!.aadObjectId);
  });
  after(() => server.stop());

  it("reproduces the example text line by line (the placeholder standing for the other municipalities' lines)", () => {
    const extra = Object.entries(EXTRA_ROUND_TABLE).map(([org, text]) => `${org}: ${text}`);
    const lines = minutes.text.replace(/\n$/, "").split("\n");
    assertSameLines(lines.filter((l) => !extra.includes(l)), example.filter((l) => l !== EXAMPLE_PLACEHOLDER));
  });

  it("puts the other municipalities' round-table lines where the placeholder is, in round-table order", () => {
    const lines = minutes.text.split("\n");
    const at = lines.indexOf(example[example.indexOf(EXAMPLE_PLACEHOLDER) - 1]!);
    assert.deepEqual(lines.slice(at + 1, at + 3), ["Göteborgs Stad: Ny webbsida för nyanlända lanseras i april.", "Kungälv: Färre anvisningar än väntat."]);
  });

  it("keeps NÄRVARANDE and EJ NÄRVARANDE in the example's order, with '(pkt 4)' after the organisation's whole-meeting attendee", () => {
    const lines = minutes.text.split("\n");
    assert.deepEqual(sectionOf(lines, "NÄRVARANDE"), sectionOf(example, "NÄRVARANDE"));
    assert.deepEqual(sectionOf(lines, "EJ NÄRVARANDE"), sectionOf(example, "EJ NÄRVARANDE"));
    assert.ok(lines.indexOf("Amir Haddad, Härryda (pkt 4)") === lines.indexOf("Sara Wikström, Härryda") + 1);
  });

  it("gives Markdown with the same headings, attendance lines and closing line", () => {
    const md = minutes.markdown.split("\n");
    const headings = md.filter((l) => l.startsWith("#"));
    const itemHeadings = example.filter((l) => /^\d+\. /.test(l));
    assert.deepEqual(headings, ["# Nätverket mottagande och integration", "## Anteckningar 2025-03-12", "### NÄRVARANDE", "### EJ NÄRVARANDE", ...itemHeadings.map((h) => `### ${h}`)]);
    // A "### heading", a blank line, then the list up to the next blank line.
    const list = (heading: string) => {
      const start = md.indexOf(heading) + 2;
      return md.slice(start, md.indexOf("", start));
    };
    assert.deepEqual(list("### NÄRVARANDE"), sectionOf(example, "NÄRVARANDE").map((l) => `- ${l}`));
    assert.deepEqual(list("### EJ NÄRVARANDE"), sectionOf(example, "EJ NÄRVARANDE").map((l) => `- ${l}`));
    assert.ok(md.includes("- Amir Haddad, Härryda (pkt 4)"));
    assert.ok(md.includes("- Hur påverkas våra verksamheter av ett minskat mottagande?"));
    assert.ok(md.includes("**Arbetsförmedlingen**"));
    assert.equal(md.filter(Boolean).at(-1), "Antecknat av Emma Strand");
  });
});
