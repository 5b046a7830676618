import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { callApi, type Credentials } from "./api-client";
import type { Me, Membership } from "../../bot/src/api/contract";

/** Who uses the tab and how to call the API as them. */
export interface Session {
  credentials: Credentials;
  inTeams: boolean;
  /** The Teams meeting (or its chat) the tab is opened in, if any. */
  teamsMeetingId?: string;
  me: Me;
  /** The caller's membership in the network the tab shows (chosen, else the first), if any. */
  membership?: Membership;
  /** Switches the tab to another of the person's networks. */
  chooseNetwork(networkId: string): void;
  call<T>(path: string, init?: RequestInit): Promise<T>;
}

const SessionContext = createContext<Session | undefined>(undefined);

/** Makes the session available to the pages. */
export const SessionProvider = SessionContext.Provider;

/** The session; only pages under SessionProvider use it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}

/** What a read of the API gives: the data (kept while reloading), an error, and ways to refresh. */
export interface ApiState<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  reload(): void;
  setData(data: T): void;
}

/**
 * Reads `path` from the API as the session's user, again on `reload()`; undefined path reads nothing.
 * Data is kept while the same path reloads, never shown for another path (another meeting's address).
 * `initial`, when given at mount, is the data of `path` already read with something else (the meeting page's
 * one request): it is shown without reading `path` again until `reload()`.
 */
export function useApi<T>(path: string | undefined, initial?: T): ApiState<T> {
  const { call } = useSession();
  const [state, setState] = useState<{ path?: string; data?: T; error?: Error; loading: boolean }>(
    initial !== undefined ? { path, data: initial, loading: false } : { path, loading: path !== undefined },
  );
  const seeded = useRef(initial !== undefined ? path : undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (path === undefined) return;
    if (seeded.current === path) {
      seeded.current = undefined;
      return;
    }
    let live = true;
    setState((s) => (s.path === path ? { ...s, loading: true } : { path, loading: true }));
    call<T>(path).then(
      (data) => live && setState({ path, data, loading: false }),
      (error: Error) => live && setState((s) => ({ path, data: s.path === path ? s.data : undefined, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [path, version, call]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback((data: T) => setState({ path, data, loading: false }), [path]);
  const current = state.path === path ? state : { loading: path !== undefined };
  return { data: current.data, error: current.error, loading: current.loading, reload, setData };
}

/** Builds the API caller for credentials and language. */
export function apiCaller(credentials: Credentials, language: string): Session["call"] {
  return (path, init) => callApi(credentials, language, path, init);
}

/** Runs `tick` every `ms` while `active` and the page is visible. */
export function usePolling(active: boolean, ms: number, tick: () => void): void {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") tick();
    }, ms);
    return () => window.clearInterval(timer);
  }, [active, ms, tick]);
}
