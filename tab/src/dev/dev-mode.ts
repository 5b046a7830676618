/** The sessionStorage key of the chosen demo user. */
export const DEV_USER_KEY = "natverksmoten.devUser";

/** The demo user chosen earlier in this browser tab, if any. */
export function rememberedDevUser(): string | undefined {
  try {
    return window.sessionStorage.getItem(DEV_USER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers (or, with undefined, forgets) the chosen demo user for this browser tab. */
export function rememberDevUser(aadObjectId: string | undefined): void {
  try {
    if (aadObjectId) window.sessionStorage.setItem(DEV_USER_KEY, aadObjectId);
    else window.sessionStorage.removeItem(DEV_USER_KEY);
  } catch {
    // Storage can be off (private mode); the choice then lasts until reload.
  }
}

/** The demo users, or undefined when the server has dev mode off (it has a bot app id: 404). */
export async function fetchDevUsers<T>(): Promise<T[] | undefined> {
  const response = await fetch("/api/v1/dev/users");
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { users: T[] }).users;
}
