import { useSyncExternalStore } from "react";

/** Widths up to this are "narrow": the meeting side panel (320 px) and phones. */
export const NARROW_QUERY = "(max-width: 480px)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** True while the tab is narrow (side panel, phone), following resizes. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches);
}
