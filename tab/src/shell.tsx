import { Caption1, Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { CalendarLtrRegular, DataBarVerticalRegular, HistoryRegular, PollRegular, SearchRegular, SettingsRegular } from "@fluentui/react-icons";
import { may } from "../../bot/src/domain/roles";
import { useLanguage, useText } from "./i18n";
import { AccessibilityPage, AdminPage, AuditPage, DevBanner, JoinPage, MeetingContextPage, MeetingPage, NetworkSwitcher, NetworkYearPage, NewMeetingPage, PollsPage, SearchPage } from "./pages/lazy-pages";
import { MeetingsPage } from "./pages/meetings-page";
import { hrefOf, useRoute, type Route } from "./router";
import { useSession } from "./session";

const text = {
  sv: { nav: "Huvudmeny", meetings: "Möten", polls: "Enkäter", search: "Sök", admin: "Administration", audit: "Händelselogg", year: "Nätverkets år", accessibility: "Tillgänglighetsredogörelse", privacy: "Integritet" },
  en: { nav: "Main menu", meetings: "Meetings", polls: "Polls", search: "Search", admin: "Administration", audit: "Audit log", year: "The network's year", accessibility: "Accessibility statement", privacy: "Privacy" },
};

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  /** A coordinator's six menu entries wrap onto more rows at 320 px instead of widening the page. */
  menu: { display: "flex", flexWrap: "wrap", listStyleType: "none", margin: 0, padding: 0, columnGap: tokens.spacingHorizontalXS },
  /** Links that look like Fluent's small tabs: the current page is bold and underlined in the brand colour. */
  entry: {
    position: "relative", display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalSNudge, padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    color: tokens.colorNeutralForeground2, textDecorationLine: "none", fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    "& svg": { fontSize: "20px", width: "20px", height: "20px", flexShrink: 0 },
  },
  current: {
    color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold,
    "::after": { content: '""', position: "absolute", left: tokens.spacingHorizontalSNudge, right: tokens.spacingHorizontalSNudge, bottom: 0, height: tokens.strokeWidthThicker, borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorCompoundBrandStroke },
    "@media (forced-colors: active)": { textDecorationLine: "underline" },
  },
  footer: {
    display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, marginTop: tokens.spacingVerticalXL, paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** One main-menu entry: a link to its page, marked as the current page when it is. */
function MenuEntry(props: { route: Route; current: boolean; icon: ReactNode; children: string }) {
  const styles = useStyles();
  return (
    <li>
      <a href={hrefOf(props.route)} aria-current={props.current ? "page" : undefined} className={mergeClasses(styles.entry, props.current && styles.current)}>
        {props.icon}{props.children}
      </a>
    </li>
  );
}

/** Which main-menu entry a route belongs to ("" for pages outside the menu). */
function menuValue(route: Route): string {
  if (route.page === "search" || route.page === "admin" || route.page === "audit" || route.page === "year" || route.page === "polls") return route.page;
  return route.page === "accessibility" ? "" : "meetings";
}

function Page(props: { route: Route }) {
  const session = useSession();
  const language = useLanguage();
  const { route } = props;
  switch (route.page) {
    case "meeting":
      return <MeetingPage key={route.meetingId} meetingId={route.meetingId} tab={route.tab} hrefOfTab={(tab) => ({ page: "meeting", meetingId: route.meetingId, tab })} />;
    case "meeting-context":
      return <MeetingContextPage tab={route.tab} teamsMeetingId={session.teamsMeetingId} />;
    case "new-meeting":
      return <NewMeetingPage />;
    case "search":
      return <SearchPage credentials={session.credentials} language={language} />;
    case "audit":
      return session.membership?.member.role === "coordinator" ? <AuditPage credentials={session.credentials} language={language} /> : <MeetingsPage />;
    case "polls":
      return <PollsPage />;
    case "accessibility":
      return <AccessibilityPage />;
    case "admin":
      return <AdminPage section={route.section} />;
    case "year":
      return <NetworkYearPage section={route.section} />;
    default:
      return <MeetingsPage />;
  }
}

/** The signed-in tab: dev-mode strip, main menu (not inside a Teams meeting), and the page of the URL. */
export function Shell(props: { onSwitchUser?: () => void }) {
  const session = useSession();
  const route = useRoute();
  const current = menuValue(route);
  const t = useText(text);
  const styles = useStyles();
  return (
    <div className={styles.page}>
      {props.onSwitchUser ? <DevBanner me={session.me} membership={session.membership} onSwitchUser={props.onSwitchUser} /> : null}
      {!session.membership ? (route.page === "accessibility" ? <AccessibilityPage /> : <JoinPage />) : (
        <>
          {route.page === "meeting-context" || session.me.memberships.length < 2 ? null : (
            <NetworkSwitcher memberships={session.me.memberships} current={session.membership.network.id} onChoose={session.chooseNetwork} />
          )}
          {route.page === "meeting-context" ? null : (
            <nav aria-label={t.nav}>
              {/* A site's main menu is links (the current one marked aria-current), not tabs: tabs switch panels in a page. */}
              <ul className={styles.menu}>
                <MenuEntry route={{ page: "meetings" }} current={current === "meetings"} icon={<CalendarLtrRegular aria-hidden="true" />}>{t.meetings}</MenuEntry>
                <MenuEntry route={{ page: "polls" }} current={current === "polls"} icon={<PollRegular aria-hidden="true" />}>{t.polls}</MenuEntry>
                <MenuEntry route={{ page: "search" }} current={current === "search"} icon={<SearchRegular aria-hidden="true" />}>{t.search}</MenuEntry>
                <MenuEntry route={{ page: "year" }} current={current === "year"} icon={<DataBarVerticalRegular aria-hidden="true" />}>{t.year}</MenuEntry>
                {may(session.membership.member, "manage-network") ? <MenuEntry route={{ page: "admin" }} current={current === "admin"} icon={<SettingsRegular aria-hidden="true" />}>{t.admin}</MenuEntry> : null}
                {session.membership.member.role === "coordinator" ? <MenuEntry route={{ page: "audit" }} current={current === "audit"} icon={<HistoryRegular aria-hidden="true" />}>{t.audit}</MenuEntry> : null}
              </ul>
            </nav>
          )}
          <Page route={route} />
        </>
      )}
      <footer className={styles.footer}>
        <Caption1><Link href={hrefOf({ page: "accessibility" })}>{t.accessibility}</Link></Caption1>
        <Caption1><Link href="privacy.html" target="_blank">{t.privacy}</Link></Caption1>
      </footer>
    </div>
  );
}
