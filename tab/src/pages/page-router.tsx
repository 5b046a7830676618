import { useEffect, useState, type ReactNode } from "react";
import type { Credentials } from "../api-client";
import { MinutesPage } from "./minutes-page";
import { SearchPage } from "./search-page";

/** The pages reachable by the address's hash: `#/meetings/{id}/minutes`, `#/search`, anything else is home. */
export type TabRoute = { page: "home" } | { page: "minutes"; meetingId: string } | { page: "search" };

/** Reads a hash such as "#/meetings/demo-1/minutes". */
export function routeOf(hash: string): TabRoute {
  const minutes = /^#\/meetings\/([^/]+)\/minutes\/?$/.exec(hash);
  if (minutes) return { page: "minutes", meetingId: decodeURIComponent(minutes[1]!) };
  if (/^#\/search\/?$/.test(hash)) return { page: "search" };
  return { page: "home" };
}

/** Shows the page the hash names, and follows changes of the hash. */
export function PageRouter(props: { credentials: Credentials; language: "sv" | "en"; home: ReactNode }) {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(routeOf(window.location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  if (route.page === "minutes") return <MinutesPage key={route.meetingId} meetingId={route.meetingId} credentials={props.credentials} language={props.language} />;
  if (route.page === "search") return <SearchPage credentials={props.credentials} language={props.language} />;
  return <>{props.home}</>;
}
