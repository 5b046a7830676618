/** What the tab says when the server cannot be reached at all (offline, network down), instead of the browser's "Failed to fetch". */
export function networkMessage(language: string): string {
  return language.startsWith("en")
    ? "The server could not be reached. Check your internet connection and try again."
    : "Det gick inte att nå servern. Kontrollera internetanslutningen och försök igen.";
}
