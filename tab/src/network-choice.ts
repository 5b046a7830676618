import type { Membership } from "../../bot/src/api/contract";

/** The localStorage key of the network a person last worked in. */
export const NETWORK_KEY = "natverksmoten.networkId";

/** The network chosen earlier in this browser, if any. */
export function rememberedNetwork(): string | undefined {
  try {
    return window.localStorage.getItem(NETWORK_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the chosen network for the next visit. */
export function rememberNetwork(networkId: string): void {
  try {
    window.localStorage.setItem(NETWORK_KEY, networkId);
  } catch {
    // Storage can be off (private mode); the choice then lasts until reload.
  }
}

/** The membership to work in: the one chosen (if the person still has it), else the first. */
export function chosenMembership(memberships: readonly Membership[], chosen: string | undefined): Membership | undefined {
  return memberships.find((m) => m.network.id === chosen) ?? memberships[0];
}
