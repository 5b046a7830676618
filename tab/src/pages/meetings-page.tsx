import { Body1, Button, Caption1, Link, makeStyles, mergeClasses, Subtitle2, Text, Title2, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { meetingPhase } from "../../../bot/src/domain/meeting-phase";
import type { MeetingSummary } from "../../../bot/src/api/contract";
import { AnswerBadge, StatusBadge } from "../components/meeting-badges";
import { ErrorBar, Loading } from "../components/states";
import { useSurfaceStyles } from "../components/surface";
import { formatMeetingDate, formatTimeRange } from "../format";
import { useLanguage, useText } from "../i18n";
import { formLabel } from "../labels";
import { mayManageMeetings } from "../permissions";
import { hrefOf, navigate } from "../router";
import { useApi, useSession } from "../session";

const text = {
  sv: { title: "Möten", upcoming: "Kommande möten", past: "Tidigare möten", noUpcoming: "Inga kommande möten.", noPast: "Inga tidigare möten.", loading: "Hämtar möten …", yourAnswer: "Ditt svar", newMeeting: "Nytt möte" },
  en: { title: "Meetings", upcoming: "Upcoming meetings", past: "Past meetings", noUpcoming: "No upcoming meetings.", noPast: "No past meetings.", loading: "Loading meetings …", yourAnswer: "Your answer", newMeeting: "New meeting" },
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  title: { overflowWrap: "anywhere" },
  /** A plain surface rather than Fluent's Card: the list is the first screen, and Card's code weighs more than the list. */
  card: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  heading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

function MeetingCard(props: { meeting: MeetingSummary }) {
  const { meeting } = props;
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const phase = meetingPhase(meeting, new Date());
  // Not answering a past meeting is no news, and a draft has not been sent to anyone.
  const showAnswer = meeting.myAnswer !== null || (meeting.upcoming && phase === "invited");
  return (
    <article data-meeting-id={meeting.id} className={mergeClasses(surface.surface, surface.stack, styles.card)}>
      <div className={styles.heading}>
        <Link href={hrefOf({ page: "meeting", meetingId: meeting.id, tab: "agenda" })} className={styles.title}>
          <Subtitle2>{`${formatMeetingDate(meeting.startUtc, language)} · ${formatTimeRange(meeting.startUtc, meeting.endUtc)}`}</Subtitle2>
        </Link>
        <Body1 className={styles.title}>{`${meeting.title} · ${formLabel(meeting.form, language)}${meeting.place ? ` · ${meeting.place}` : ""}`}</Body1>
      </div>
      <div className={styles.badges}>
        <StatusBadge meeting={meeting} />
        {showAnswer ? <AnswerBadge answer={meeting.myAnswer} prefix={t.yourAnswer} /> : null}
      </div>
    </article>
  );
}

function Section(props: { id: string; title: string; empty: string; meetings: MeetingSummary[] }) {
  const styles = useStyles();
  return (
    <section aria-labelledby={props.id} className={styles.section}>
      <Subtitle2 as="h2" block id={props.id}>{props.title}</Subtitle2>
      {props.meetings.length === 0 ? <Text>{props.empty}</Text> : (
        <ul className={styles.list}>
          {props.meetings.map((m) => <li key={m.id}><MeetingCard meeting={m} /></li>)}
        </ul>
      )}
    </section>
  );
}

/** The meetings of the user's network: upcoming (soonest first) and past (latest first). */
export function MeetingsPage() {
  const t = useText(text);
  const { membership } = useSession();
  const { data, error, reload } = useApi<{ meetings: MeetingSummary[] }>("/meetings");
  return (
    <main aria-labelledby="meetings-title">
      <Title2 as="h1" block id="meetings-title">{t.title}</Title2>
      {membership ? <Caption1 as="p" block>{membership.network.name}</Caption1> : null}
      {mayManageMeetings(membership?.member) ? <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate({ page: "new-meeting" })}>{t.newMeeting}</Button> : null}
      {error ? <ErrorBar error={error} onRetry={reload} /> : null}
      {!data ? (error ? null : <Loading label={t.loading} />) : (
        <>
          <Section id="upcoming-title" title={t.upcoming} empty={t.noUpcoming} meetings={data.meetings.filter((m) => m.upcoming)} />
          <Section id="past-title" title={t.past} empty={t.noPast} meetings={data.meetings.filter((m) => !m.upcoming).reverse()} />
        </>
      )}
    </main>
  );
}
