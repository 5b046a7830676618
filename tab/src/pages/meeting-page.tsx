import { Body1, Button, Link, makeStyles, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular, VideoRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { meetingPhase } from "../../../bot/src/domain/meeting-phase";
import { ApiError } from "../api-client";
import type { MeetingDetail, MeetingPagePayload } from "../../../bot/src/api/contract";
import { StatusBadge } from "../components/meeting-badges";
import { ErrorBar, Loading } from "../components/states";
import { formatMeetingDate, formatTimeRange } from "../format";
import { openLink } from "../host/teams-host";
import { useLanguage, useText } from "../i18n";
import { formLabel } from "../labels";
import { abilitiesIn, mayManageMeetings } from "../permissions";
import { hrefOf, meetingTabs, navigate, type MeetingTab, type Route } from "../router";
import { useApi, useSession } from "../session";
import { AgendaTab } from "./agenda-tab";
import { AttendanceTab } from "./attendance-tab";
import { HeaderAnswer } from "./header-answer";
import { MeetingFacts } from "./meeting-facts";
import { MeetingAdmin, MinutesPage, preloadMeetingAdmin } from "./lazy-pages";
import { AnswersTab } from "./answers-tab";
import { RoundTableTab } from "./round-table-tab";

const text = {
  sv: {
    back: "Alla möten", loading: "Hämtar mötet …", notFound: "Mötet hittades inte",
    notFoundBody: "Adressen pekar inte på något möte i ditt nätverk. Länken kan vara fel, eller så har mötet tagits bort.", join: "Anslut till mötet", sections: "Mötets delar",
    tabs: { agenda: "Dagordning", responses: "Svar", attendance: "Närvaro", "round-table": "Aktuellt läge", minutes: "Anteckningar" },
  },
  en: {
    back: "All meetings", loading: "Loading the meeting …", notFound: "Meeting not found",
    notFoundBody: "The address does not lead to a meeting in your network. The link may be wrong, or the meeting has been removed.", join: "Join the meeting", sections: "Meeting sections",
    tabs: { agenda: "Agenda", responses: "Responses", attendance: "Attendance", "round-table": "Round table", minutes: "Minutes" },
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { overflowWrap: "anywhere", "@media (max-width: 480px)": { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 } },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  // One row that scrolls sideways on its own in the side panel, instead of wrapping and pushing the content down.
  tabs: { flexWrap: "nowrap", overflowX: "auto", overflowY: "hidden", scrollbarWidth: "thin", flexShrink: 0, maxWidth: "100%" },
  panel: { minWidth: 0 },
});

/** One meeting with its sections as tabs: agenda, responses, attendance, round table and minutes. */
export function MeetingPage(props: { meetingId: string; tab: MeetingTab; hrefOfTab: (tab: MeetingTab) => Route; inMeeting?: boolean }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const session = useSession();
  // One request for everything the page shows; the section first shown starts from it, later ones read their own.
  const { data: page, error, reload, setData } = useApi<MeetingPagePayload>(`/meetings/${encodeURIComponent(props.meetingId)}/page`);
  const [answers, setAnswers] = useState({ header: 0, tab: 0 });
  const [firstTab] = useState(props.tab);
  const [moved, setMoved] = useState(false);
  if (!moved && props.tab !== firstTab) setMoved(true);
  const seed = moved || props.tab !== firstTab ? undefined : page;
  const meeting = page?.meeting;
  const managesMeetings = session.membership ? mayManageMeetings(session.membership.member) : false;
  useEffect(() => {
    if (managesMeetings) preloadMeetingAdmin();
  }, [managesMeetings]);
  const setMeeting = (changed: MeetingDetail) => setData({ ...page!, meeting: changed });
  if (!meeting) {
    if (error instanceof ApiError && error.status === 404) {
      return (
        <main className={styles.root} aria-labelledby="meeting-title" data-meeting-not-found>
          <Title2 as="h1" block id="meeting-title">{t.notFound}</Title2>
          <Body1>{t.notFoundBody}</Body1>
          {props.inMeeting ? null : <Link href={hrefOf({ page: "meetings" })}><ArrowLeftRegular aria-hidden="true" /> {t.back}</Link>}
        </main>
      );
    }
    return error ? <ErrorBar error={error} onRetry={reload} /> : <Loading label={t.loading} />;
  }
  const member = session.me.memberships.find((m) => m.network.id === meeting.networkId)?.member;
  const abilities = abilitiesIn(member, meeting);
  const ended = Date.now() > Date.parse(meeting.endUtc);
  const phase = meetingPhase(meeting, new Date());
  // A draft has not been sent out: nobody answers it yet. Otherwise the server's rule (until the start).
  const canAnswer = abilities.answerInvitation && meeting.status !== "draft";
  return (
    <main className={styles.root} aria-labelledby="meeting-title">
      {props.inMeeting ? null : <Link href={hrefOf({ page: "meetings" })}><ArrowLeftRegular aria-hidden="true" /> {t.back}</Link>}
      <header className={styles.header}>
        <Title2 as="h1" block id="meeting-title" className={styles.title}>{meeting.title}</Title2>
        <div className={styles.meta}>
          <Body1>{`${formatMeetingDate(meeting.startUtc, language)} ${formatTimeRange(meeting.startUtc, meeting.endUtc)}`}</Body1>
          <Body1>{`${formLabel(meeting.form, language)}${meeting.place ? ` · ${meeting.place}` : ""}`}</Body1>
          <StatusBadge meeting={meeting} />
          {meeting.joinUrl && !ended && meeting.status !== "cancelled" ? (
            <Button size="small" appearance="primary" icon={<VideoRegular />} onClick={() => openLink(meeting.joinUrl!, session.inTeams)}>{t.join}</Button>
          ) : null}
        </div>
        <MeetingFacts meeting={meeting} showReplyBy={phase === "draft" || phase === "invited"} />
        <HeaderAnswer meetingId={meeting.id} canAnswer={canAnswer} version={answers.tab} onAnswered={() => setAnswers((a) => ({ ...a, header: a.header + 1 }))} initial={page?.responses} />
      </header>
      {mayManageMeetings(member) ? <MeetingAdmin meeting={meeting} onChanged={setMeeting} /> : null}
      <TabList className={styles.tabs} aria-label={t.sections} selectedValue={props.tab} onTabSelect={(_, d) => navigate(props.hrefOfTab(d.value as MeetingTab), { replace: true })}>
        {meetingTabs.map((tab) => <Tab key={tab} value={tab} id={`tab-${tab}`}>{t.tabs[tab]}</Tab>)}
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${props.tab}`} className={styles.panel}>
        {props.tab === "agenda" ? <AgendaTab meeting={meeting} canEdit={abilities.editAgenda} onSaved={(agenda) => setMeeting({ ...meeting, agenda })} /> : null}
        {props.tab === "responses" ? <AnswersTab key={answers.header} meeting={meeting} canAnswer={canAnswer} onAnswered={() => setAnswers((a) => ({ ...a, tab: a.tab + 1 }))} initial={answers.header === 0 ? seed?.responses : undefined} /> : null}
        {props.tab === "attendance" ? <AttendanceTab meeting={meeting} canMark={abilities.markAttendance} initial={seed?.attendance} /> : null}
        {props.tab === "round-table" ? <RoundTableTab meeting={meeting} abilities={abilities} initial={seed?.roundTable} /> : null}
        {props.tab === "minutes" ? <MinutesPage key={meeting.id} credentials={session.credentials} language={language} meetingId={meeting.id} /> : null}
      </div>
    </main>
  );
}
