import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withRoleMatrix } from "../test/fixtures/role-matrix/markdown";

// Writes the role matrix of the tests into docs/security.md (between its markers).
const path = join(__dirname, "..", "docs", "security.md");
const before = readFileSync(path, "utf8");
const after = withRoleMatrix(before);
writeFileSync(path, after);
console.log(before === after ? "docs/security.md: role matrix unchanged" : "docs/security.md: role matrix updated");
