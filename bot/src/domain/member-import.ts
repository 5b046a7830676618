import type { LocalisedText } from "./errors";
import { compareSwedish, type Organisation } from "./network";
import { normaliseEmail } from "./join-request";

/** The most rows one import may hold. */
export const MAX_IMPORT_ROWS = 500;

/** What is wrong with one row of an import. */
export interface ImportProblem {
  code: string;
  text: LocalisedText;
}

/** One row of a pasted list or CSV file as read, with what is wrong with it (nothing when it can be imported). */
export interface ImportRow {
  /** 1-based line in the pasted text. */
  line: number;
  name: string;
  email: string;
  organisation: string;
  organisationId?: string;
  problems: ImportProblem[];
}

/** What the import checks each row against: the network's organisations and who is already in. */
export interface ImportContext {
  organisations: readonly Organisation[];
  memberEmails: ReadonlySet<string>;
  pendingEmails: ReadonlySet<string>;
}

const EMAIL = /^[^\s@;,<>"]+@[^\s@;,<>"]+\.[^\s@;,<>".]+$/;

const problems = {
  columns: { code: "wrong_columns", text: { sv: "Raden ska ha tre fält: namn; e-post; organisation.", en: "The row must have three fields: name; e-mail; organisation." } },
  name: { code: "name_missing", text: { sv: "Namn saknas.", en: "The name is missing." } },
  nameLong: { code: "name_too_long", text: { sv: "Namnet är längre än 200 tecken.", en: "The name is longer than 200 characters." } },
  email: { code: "email_invalid", text: { sv: "E-postadressen är ogiltig.", en: "The e-mail address is not valid." } },
  organisation: { code: "organisation_unknown", text: { sv: "Organisationen finns inte i registret.", en: "The organisation is not in the register." } },
  duplicate: { code: "duplicate_in_file", text: { sv: "Samma e-post finns på en tidigare rad.", en: "The same e-mail is on an earlier row." } },
  member: { code: "already_member", text: { sv: "Personen är redan medlem.", en: "The person is already a member." } },
  pending: { code: "already_invited", text: { sv: "Personen är redan inbjuden.", en: "The person is already invited." } },
} satisfies Record<string, ImportProblem>;

/** Splits one line on the separator, honouring double quotes as CSV does ("a;b" and "" for a quote). */
function splitLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === separator) {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** Excel pastes with tabs; Swedish CSV uses semicolons; other CSV commas. */
function separatorOf(line: string): string {
  if (line.includes("\t")) return "\t";
  return line.includes(";") ? ";" : ",";
}

function isHeader(fields: readonly string[]): boolean {
  return fields.length >= 2 && !EMAIL.test(fields[1] ?? "") && /e-?post|e-?mail|mail/i.test(fields[1] ?? "");
}

function findOrganisation(value: string, organisations: readonly Organisation[]): Organisation | undefined {
  return organisations.find((o) => o.id === value || compareSwedish(o.name, value) === 0);
}

/**
 * Reads a pasted list or CSV file of people to invite (`name; e-mail; organisation` per line, with tab,
 * semicolon or comma between fields and an optional header line) and checks every row.
 * @example parseImport("Kim Exempel;kim@example.org;Ale", context).rows[0].problems // []
 */
export function parseImport(text: string, context: ImportContext): ImportRow[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const firstLine = lines.find((l) => l.trim() !== "") ?? "";
  const separator = separatorOf(firstLine);
  const seen = new Set<string>();
  const rows: ImportRow[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === "") return;
    const fields = splitLine(raw, separator);
    if (rows.length === 0 && isHeader(fields)) return;
    const [name = "", email = "", organisation = ""] = fields;
    const row: ImportRow = { line: index + 1, name, email: normaliseEmail(email), organisation, problems: [] };
    if (fields.filter((f) => f !== "").length > 3 || fields.length < 3) row.problems.push(problems.columns);
    if (!name) row.problems.push(problems.name);
    else if (name.length > 200) row.problems.push(problems.nameLong);
    if (!EMAIL.test(row.email) || row.email.length > 320) row.problems.push(problems.email);
    else if (seen.has(row.email)) row.problems.push(problems.duplicate);
    else if (context.memberEmails.has(row.email)) row.problems.push(problems.member);
    else if (context.pendingEmails.has(row.email)) row.problems.push(problems.pending);
    seen.add(row.email);
    const found = findOrganisation(organisation, context.organisations);
    if (found) row.organisationId = found.id;
    else if (fields.length >= 3) row.problems.push(problems.organisation);
    rows.push(row);
  });
  return rows;
}
