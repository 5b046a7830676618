import { lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { ErrorBar, Loading } from "../components/states";
import { useLanguage, useText } from "../i18n";
import { networkMessage } from "../network-error";

const text = { sv: { loading: "Hämtar sidan …" }, en: { loading: "Loading the page …" } };

function PageLoading() {
  return <Loading label={useText(text).loading} />;
}

/**
 * A component whose code is a separate file fetched the first time it is shown, so that the first screen
 * (sign-in and the meeting list) does not wait for editors and pages most visits never open. When the file
 * cannot be fetched (offline), the page says so in the user's language and offers to try again.
 */
function deferred<P extends object>(load: () => Promise<ComponentType<P>>, fallback: (() => ReactNode) | "parent") {
  const fresh = () => lazy(async () => {
    try {
      return { default: await load() };
    } catch {
      return { default: LoadFailed as ComponentType<P> };
    }
  });
  let Lazy = fresh();
  function LoadFailed(props: { onRetry?: () => void }) {
    return <ErrorBar error={new Error(networkMessage(useLanguage()))} onRetry={props.onRetry} />;
  }
  return function Deferred(props: P) {
    const [, setAttempt] = useState(0);
    const retry = () => {
      Lazy = fresh();
      setAttempt((a) => a + 1);
    };
    // "parent": the nearest Suspense above waits for this part too, so the screen appears whole, never shifting.
    if (fallback === "parent") return <Lazy {...props} onRetry={retry} />;
    return (
      <Suspense fallback={fallback()}>
        <Lazy {...props} onRetry={retry} />
      </Suspense>
    );
  };
}

/** Starts fetching a part's file ahead of showing it (the browser keeps the result for the lazy import). */
function preload(load: () => Promise<unknown>): () => void {
  return () => void load().catch(() => undefined);
}

/** The minutes tab with its editors and approval panel. */
export const MinutesPage = deferred(() => import("./minutes-page.js").then((m) => m.MinutesPage), () => <PageLoading />);
const loadMeetingAdmin = () => import("./meeting-admin.js").then((m) => m.MeetingAdmin);
/**
 * The managers' panel of a meeting (invitations, changes, cancelling), above the meeting's tabs: the meeting
 * page waits for it, so that it never pushes the tabs down under a pointer about to click.
 */
export const MeetingAdmin = deferred(loadMeetingAdmin, "parent");
/** Fetches the managers' panel's file while the meeting itself is still being read. */
export const preloadMeetingAdmin = preload(loadMeetingAdmin);
/** The search page. */
export const SearchPage = deferred(() => import("./search-page.js").then((m) => m.SearchPage), () => <PageLoading />);
/** The form for a new meeting. */
export const NewMeetingPage = deferred(() => import("./new-meeting-page.js").then((m) => m.NewMeetingPage), () => <PageLoading />);
/** The agenda editor, opened by a button on the agenda tab. */
export const AgendaEditor = deferred(() => import("./agenda-editor.js").then((m) => m.AgendaEditor), () => <PageLoading />);
/** The editor of an organisation's round-table entry, opened by a button on its card. */
export const RoundTableEditor = deferred(() => import("./round-table-editor.js").then((m) => m.RoundTableEditor), () => <PageLoading />);
/** A meeting's page with its tabs (the second screen: the first is the meeting list). */
export const MeetingPage = deferred(() => import("./meeting-page.js").then((m) => m.MeetingPage), () => <PageLoading />);
/** The meeting page inside a Teams meeting. */
export const MeetingContextPage = deferred(() => import("./meeting-context-page.js").then((m) => m.MeetingContextPage), () => <PageLoading />);
/** The accessibility statement. */
export const AccessibilityPage = deferred(() => import("./accessibility-page.js").then((m) => m.AccessibilityPage), () => <PageLoading />);
/** The administration pages (network, organisations, members, join requests and invitations). */
export const AdminPage = deferred(() => import("./admin/admin-page.js").then((m) => m.AdminPage), () => <PageLoading />);
/** The page for someone who is not a member yet. */
export const JoinPage = deferred(() => import("./join-page.js").then((m) => m.JoinPage), () => <PageLoading />);
/** The coordinator's audit log. */
export const AuditPage = deferred(() => import("./audit-page.js").then((m) => m.AuditPage), () => <PageLoading />);
/** "Nätverkets år": Kommun i fokus, group dialogues and statistics. */
export const NetworkYearPage = deferred(() => import("./network-year-page.js").then((m) => m.NetworkYearPage), () => <PageLoading />);
/** The local sign-in's list of demo people (dev mode only). */
export const DevUserPicker = deferred(() => import("../dev/dev-user-picker.js").then((m) => m.DevUserPicker), () => <PageLoading />);
const loadDevBanner = () => import("../dev/dev-banner.js").then((m) => m.DevBanner);
const loadNetworkSwitcher = () => import("../components/network-switcher.js").then((m) => m.NetworkSwitcher);
/**
 * The dev-mode banner with the person signed in and a switch (dev mode only). It sits above the page: the
 * shell's Suspense waits for it, so that it never pushes the page down under a pointer about to click.
 */
export const DevBanner = deferred(loadDevBanner, "parent");
/** Fetches the dev banner's file while sign-in is still under way. */
export const preloadDevBanner = preload(loadDevBanner);
/** The choice of network, for people in more than one; like the dev banner, shown together with the page. */
export const NetworkSwitcher = deferred(loadNetworkSwitcher, "parent");
/** Polls (enkäter) and finding the date, with the results chart (its chart library is loaded only here). */
export const PollsPage = deferred(() => import("./polls-page.js").then((m) => m.PollsPage), () => <PageLoading />);
