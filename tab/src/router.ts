import { useSyncExternalStore } from "react";

/** The tabs of the meeting page, in the order they are shown. */
export const meetingTabs = ["agenda", "responses", "attendance", "round-table", "minutes"] as const;
export type MeetingTab = (typeof meetingTabs)[number];

/** A page of the tab, from the URL hash. */
export type Route =
  | { page: "meetings" }
  | { page: "new-meeting" }
  | { page: "meeting"; meetingId: string; tab: MeetingTab }
  | { page: "meeting-context"; tab: MeetingTab }
  | { page: "search" }
  | { page: "audit" }
  | { page: "accessibility" }
  /** The coordinator's administration; `section` is one of the admin page's sub-pages (the first when absent). */
  | { page: "admin"; section?: string }
  /** "Nätverkets år": `section` is focus, dialogues or statistics (focus when absent). */
  | { page: "year"; section?: string };

const isMeetingTab = (value: string | undefined): value is MeetingTab => (meetingTabs as readonly string[]).includes(value ?? "");

/**
 * Reads a route from a hash such as `#/meetings/demo-upcoming/round-table`; anything unknown is the
 * meetings page (the static tab's default).
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] === "meetings" && parts[1] === "new" && !parts[2]) return { page: "new-meeting" };
  if (parts[0] === "meetings" && parts[1]) return { page: "meeting", meetingId: parts[1], tab: isMeetingTab(parts[2]) ? parts[2] : "agenda" };
  if (parts[0] === "meeting-context") return { page: "meeting-context", tab: isMeetingTab(parts[1]) ? parts[1] : "agenda" };
  if (parts[0] === "search") return { page: "search" };
  if (parts[0] === "audit") return { page: "audit" };
  if (parts[0] === "accessibility") return { page: "accessibility" };
  if (parts[0] === "admin") return parts[1] ? { page: "admin", section: parts[1] } : { page: "admin" };
  if (parts[0] === "year") return parts[1] ? { page: "year", section: parts[1] } : { page: "year" };
  if (parts[0] === "requests") return { page: "admin", section: "requests" };
  return { page: "meetings" };
}

/** The hash of a route. */
export function hrefOf(route: Route): string {
  switch (route.page) {
    case "meeting":
      return `#/meetings/${encodeURIComponent(route.meetingId)}${route.tab === "agenda" ? "" : `/${route.tab}`}`;
    case "meeting-context":
      return `#/meeting-context${route.tab === "agenda" ? "" : `/${route.tab}`}`;
    case "new-meeting":
      return "#/meetings/new";
    case "search":
      return "#/search";
    case "audit":
      return "#/audit";
    case "accessibility":
      return "#/accessibility";
    case "admin":
      return route.section ? `#/admin/${encodeURIComponent(route.section)}` : "#/admin";
    case "year":
      return route.section ? `#/year/${encodeURIComponent(route.section)}` : "#/year";
    default:
      return "#/";
  }
}

/** Goes to a route; `replace` keeps the current entry out of the history. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  if (options.replace) window.location.replace(hrefOf(route));
  else window.location.hash = hrefOf(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/** The current route, following hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
