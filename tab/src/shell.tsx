import { Caption1, Link, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { CalendarLtrRegular, DataBarVerticalRegular, HistoryRegular, SearchRegular, SettingsRegular } from "@fluentui/react-icons";
import { may } from "../../bot/src/domain/roles";
import { NetworkSwitcher } from "./components/network-switcher";
import { DevBanner } from "./dev/dev-banner";
import { useLanguage, useText } from "./i18n";
import { AccessibilityPage, AdminPage, AuditPage, JoinPage, MeetingContextPage, MeetingPage, NetworkYearPage, NewMeetingPage, SearchPage } from "./pages/lazy-pages";
import { MeetingsPage } from "./pages/meetings-page";
import { hrefOf, navigate, useRoute, type Route } from "./router";
import { useSession } from "./session";

const text = {
  sv: { nav: "Huvudmeny", meetings: "Möten", search: "Sök", admin: "Administration", audit: "Händelselogg", year: "Nätverkets år", accessibility: "Tillgänglighetsredogörelse", privacy: "Integritet" },
  en: { nav: "Main menu", meetings: "Meetings", search: "Search", admin: "Administration", audit: "Audit log", year: "The network's year", accessibility: "Accessibility statement", privacy: "Privacy" },
};

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  /** A coordinator's four menu entries wrap onto a second row at 320 px instead of widening the page. */
  menu: { flexWrap: "wrap" },
  footer: {
    display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, marginTop: tokens.spacingVerticalXL, paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Which main-menu tab a route belongs to ("" for pages outside the menu). */
function menuValue(route: Route): string {
  if (route.page === "search" || route.page === "admin" || route.page === "audit" || route.page === "year") return route.page;
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
  const t = useText(text);
  const styles = useStyles();
  return (
    <div className={styles.page}>
      {props.onSwitchUser ? <DevBanner me={session.me} membership={session.membership} onSwitchUser={props.onSwitchUser} /> : null}
      {!session.membership ? (route.page === "accessibility" ? <AccessibilityPage /> : <JoinPage />) : (
        <>
          {route.page === "meeting-context" ? null : (
            <NetworkSwitcher memberships={session.me.memberships} current={session.membership.network.id} onChoose={session.chooseNetwork} />
          )}
          {route.page === "meeting-context" ? null : (
            <nav aria-label={t.nav}>
              <TabList size="small" className={styles.menu} selectedValue={menuValue(route)} onTabSelect={(_, d) => navigate(d.value === "search" || d.value === "admin" || d.value === "audit" || d.value === "year" ? { page: d.value } : { page: "meetings" })}>
                <Tab value="meetings" icon={<CalendarLtrRegular />}>{t.meetings}</Tab>
                <Tab value="search" icon={<SearchRegular />}>{t.search}</Tab>
                <Tab value="year" icon={<DataBarVerticalRegular />}>{t.year}</Tab>
                {may(session.membership.member, "manage-network") ? <Tab value="admin" icon={<SettingsRegular />}>{t.admin}</Tab> : null}
                {session.membership.member.role === "coordinator" ? <Tab value="audit" icon={<HistoryRegular />}>{t.audit}</Tab> : null}
              </TabList>
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
