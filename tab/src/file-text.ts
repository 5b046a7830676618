/**
 * The text of a file the user opened: UTF-8 when it is valid UTF-8 (a BOM is dropped), otherwise Windows-1252,
 * which Swedish Excel uses for "CSV (semikolonavgränsad)" — so å, ä and ö survive either way.
 */
export function decodeFileText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
