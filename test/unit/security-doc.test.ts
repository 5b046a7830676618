import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { roleMatrixMarkdown, withRoleMatrix } from "../fixtures/role-matrix/markdown";
import { routeRows } from "../fixtures/role-matrix/routes";

describe("docs/security.md", () => {
  const document = readFileSync(join(__dirname, "..", "..", "docs", "security.md"), "utf8");

  it("holds the role matrix generated from the tests' table (run `npm run docs:roles` after changing it)", () => {
    assert.ok(document.includes(roleMatrixMarkdown()), "docs/security.md is out of date: run npm run docs:roles");
    assert.equal(withRoleMatrix(document), document);
  });

  it("has one line per route of the matrix", () => {
    for (const row of routeRows) assert.ok(document.includes(`\`${row.method} ${row.route.replace("/api/v1", "")}\``), row.route);
  });

  it("names the threat model, the limits and how to report a problem", () => {
    for (const heading of ["## Threat model", "## Role matrix", "## Reporting a problem", "## Request bodies", "## Input rules"]) {
      assert.ok(document.includes(heading), heading);
    }
  });
});

describe("role matrix visibility checks", () => {
  const check = (route: string, role: "orgMember" | "otherNetwork" | "secretary", body: unknown) => {
    const row = routeRows.find((r) => r.route === route && r.method === "GET")!;
    return row.hidden?.[role]?.(body, JSON.stringify(body));
  };

  it("catch what they look for, so that a leak fails the matrix", () => {
    assert.match(String(check("/api/v1/members", "orgMember", { members: [{ aadObjectId: "x", email: "a@example.org" }] })), /e-mail/);
    assert.equal(check("/api/v1/members", "orgMember", { members: [{ aadObjectId: "x" }] }), undefined);
    assert.match(String(check("/api/v1/meetings", "secretary", { meetings: [{ id: "matrix-draft" }] })), /draft/);
    assert.match(String(check("/api/v1/organisations", "otherNetwork", { organisations: [{ networkId: "gr-mottagande-integration" }] })), /demo network/);
    assert.match(String(check("/api/v1/meetings/:meetingId/responses", "orgMember", { responses: [{ comment: "Privat kommentar till samordnaren" }] })), /comment/);
    assert.match(String(check("/api/v1/meetings/:meetingId", "orgMember", { agenda: [{ notes: "Amir Haddad, Härryda, berättar om projektet" }] })), /draft minutes/);
  });
});
