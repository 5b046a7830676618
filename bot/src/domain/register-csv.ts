/** One line of the register export. */
export interface RegisterCsvRow {
  name: string;
  email: string;
  organisation: string;
  role: string;
  status: string;
}

const HEADERS = ["Namn", "E-post", "Organisation", "Roll", "Status"];

// A cell starting with = + - @ would be run as a formula by Excel; a leading apostrophe keeps it text.
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The register as CSV that Swedish Excel opens as is: UTF-8 with a byte-order mark, semicolons between
 * fields, CRLF line ends and Swedish headers.
 */
export function registerCsv(rows: readonly RegisterCsvRow[]): string {
  const lines = [HEADERS, ...rows.map((r) => [r.name, r.email, r.organisation, r.role, r.status])].map((fields) => fields.map(cell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
