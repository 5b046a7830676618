import { Body1, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { RoundTableHistory as History } from "../../../bot/src/api/contract";
import { ErrorBar, Loading } from "../components/states";
import { formatMeetingDate } from "../format";
import { useLanguage, useText } from "../i18n";
import { useApi } from "../session";

const text = {
  sv: { title: (org: string) => `Tidigare aktuellt läge: ${org}`, loading: "Hämtar historik …", empty: "Inga tidigare inlägg.", by: "av" },
  en: { title: (org: string) => `Earlier updates: ${org}`, loading: "Loading history …", empty: "No earlier updates.", by: "by" },
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}` },
  entry: { position: "relative", padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  dot: { position: "absolute", left: "-7px", top: "10px", width: "10px", height: "10px", borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorBrandBackground },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/** An organisation's round-table entries over the meetings, newest first, as a timeline. */
export function RoundTableHistory(props: { organisationId: string; organisationName: string }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const { data, error, reload } = useApi<History>(`/organisations/${encodeURIComponent(props.organisationId)}/round-table`);
  return (
    <section aria-label={t.title(props.organisationName)}>
      <Subtitle2 as="h5" block>{t.title(props.organisationName)}</Subtitle2>
      {!data ? (error ? <ErrorBar error={error} onRetry={reload} /> : <Loading label={t.loading} />) : data.entries.length === 0 ? <Text as="p" block>{t.empty}</Text> : (
        <ol className={styles.list} data-testid={`history-${props.organisationId}`}>
          {data.entries.map((e) => (
            <li key={e.meetingId} className={styles.entry}>
              <span className={styles.dot} aria-hidden="true" />
              <Caption1>{`${formatMeetingDate(e.startUtc, language)} · ${e.meetingTitle}`}</Caption1>
              <Body1 className={styles.text}>{e.text}</Body1>
              <Caption1>{`${t.by} ${e.reporterName}`}</Caption1>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
