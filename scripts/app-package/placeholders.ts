const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** A `${{NAME}}` placeholder with no value; the message names the variable and where it was needed. */
export class MissingValueError extends Error {
  constructor(readonly names: string[], where: string) {
    super(`${where}: no value for ${names.join(", ")} (used as ${names.map((n) => `\${{${n}}}`).join(", ")})`);
    this.name = "MissingValueError";
  }
}

/** The distinct variable names of the `${{NAME}}` placeholders in a text, in order of first use. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Replaces every `${{NAME}}` with its value, passed through `encode` (e.g. JSON string escaping).
 * An unset or empty value stops with MissingValueError naming every such variable.
 * @example fillPlaceholders("id: ${{APP_ID}}", { APP_ID: "42" }, "manifest") // "id: 42"
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | undefined>>, where: string, encode: (value: string) => string = (v) => v): string {
  const missing = placeholderNames(text).filter((name) => !values[name]);
  if (missing.length > 0) throw new MissingValueError(missing, where);
  return text.replace(PLACEHOLDER, (_, name: string) => encode(values[name]!));
}

/** Escapes a value for use inside a JSON string literal. */
export function jsonStringContent(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}
