import assert from "node:assert/strict";
import { parseImport, type ImportContext } from "../../../bot/src/domain/member-import";
import { registerCsv } from "../../../bot/src/domain/register-csv";
import { demoOrganisations } from "../../../bot/src/demo/demo-network";

const context: ImportContext = { organisations: demoOrganisations, memberEmails: new Set(), pendingEmails: new Set() };
const codes = (text: string) => parseImport(text, context).map((r) => r.problems.map((p) => p.code));

describe("reading a pasted list or CSV file of people to invite", () => {
  it("reads semicolons, commas and tabs, with quoted fields", () => {
    for (const line of ["Kim Exempel;kim@example.org;Ale", "Kim Exempel,kim@example.org,Ale", "Kim Exempel\tkim@example.org\tAle", '"Exempel; Kim";kim@example.org;"Ale"']) {
      const [row] = parseImport(line, context);
      assert.deepEqual(row!.problems, [], line);
      assert.equal(row!.organisationId, "ale");
    }
    assert.equal(parseImport('"Kim ""KE"" Exempel";kim@example.org;Ale', context)[0]!.name, 'Kim "KE" Exempel');
  });

  it("skips a header line and blank lines, and keeps the line numbers of the paste", () => {
    const rows = parseImport("\uFEFFNamn;E-post;Organisation\n\nKim;kim@example.org;Göteborgs stad\n", context);
    assert.deepEqual(rows.map((r) => [r.line, r.organisationId]), [[3, "goteborg"]]);
  });

  it("names every problem of a row", () => {
    assert.deepEqual(codes("Kim;kim@example.org"), [["wrong_columns"]]);
    assert.deepEqual(codes("Kim;kim@example.org;Ale;extra"), [["wrong_columns"]]);
    assert.deepEqual(codes(";kim@;Nowhere"), [["name_missing", "email_invalid", "organisation_unknown"]]);
    assert.deepEqual(codes(`${"x".repeat(201)};kim@example.org;Ale`), [["name_too_long"]]);
  });

  it("compares e-mail addresses without regard to case", () => {
    const rows = parseImport("A;Kim@Example.org;Ale\nB;kim@example.ORG;Ale\nC;elin@example.org;Ale", { ...context, memberEmails: new Set(["elin@example.org"]) });
    assert.deepEqual(rows.map((r) => r.problems.map((p) => p.code)), [[], ["duplicate_in_file"], ["already_member"]]);
    assert.equal(rows[0]!.email, "kim@example.org");
  });
});

describe("the register as CSV", () => {
  it("starts with a BOM, uses semicolons and CRLF, quotes where needed and defuses formulas", () => {
    const csv = registerCsv([{ name: "Exempel; Kim", email: "=cmd", organisation: 'Ale "kommun"', role: "ledamot", status: "aktiv" }]);
    assert.equal(csv, '\uFEFFNamn;E-post;Organisation;Roll;Status\r\n"Exempel; Kim";\'=cmd;"Ale ""kommun""";ledamot;aktiv\r\n');
  });
});
