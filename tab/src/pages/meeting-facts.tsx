import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { MeetingDetail } from "../../../bot/src/api/contract";
import { ErrorBar } from "../components/states";
import { downloadFile } from "../download";
import { formatMoment } from "../format";
import { useLanguage, useText } from "../i18n";
import { useApi, useSession } from "../session";

const text = {
  sv: { replyBy: "Svara senast", chair: "Ordförande", secretary: "Sekreterare", calendar: "Kalenderfil (.ics)", failed: "Kalenderfilen kunde inte hämtas" },
  en: { replyBy: "Reply by", chair: "Chair", secretary: "Secretary", calendar: "Calendar file (.ics)", failed: "The calendar file could not be fetched" },
};

const useStyles = makeStyles({
  facts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  fact: { display: "flex", gap: tokens.spacingHorizontalXS },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  calendar: { alignSelf: "flex-start", paddingLeft: 0, minWidth: 0 },
});

/**
 * The meeting header's facts: reply-by date (until the meeting starts), chair and secretary by name, and
 * the meeting as a calendar file.
 */
export function MeetingFacts(props: { meeting: MeetingDetail; showReplyBy: boolean }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const { credentials } = useSession();
  const { meeting } = props;
  const { data } = useApi<{ members: { aadObjectId: string; displayName: string }[] }>(meeting.chairId || meeting.secretaryId ? "/members" : undefined);
  const [error, setError] = useState<Error>();
  const nameOf = (id?: string) => (id ? data?.members.find((m) => m.aadObjectId === id)?.displayName : undefined);
  const facts = [
    [t.replyBy, props.showReplyBy && meeting.replyByUtc ? formatMoment(meeting.replyByUtc, language) : undefined],
    [t.chair, nameOf(meeting.chairId)],
    [t.secretary, nameOf(meeting.secretaryId)],
  ].filter((f): f is [string, string] => Boolean(f[1]));
  const download = () => {
    setError(undefined);
    downloadFile(credentials, language, `/meetings/${encodeURIComponent(meeting.id)}/calendar.ics`, "meeting.ics").catch((e: Error) => setError(e));
  };
  return (
    <>
      {facts.length > 0 ? (
        <dl className={styles.facts} data-meeting-facts>
          {facts.map(([term, value]) => (
            <div key={term} className={styles.fact}>
              <dt className={styles.term}>{`${term}:`}</dt>
              <dd className={styles.value}><Body1>{value}</Body1></dd>
            </div>
          ))}
        </dl>
      ) : null}
      {meeting.status === "cancelled" ? null : (
        <Button appearance="transparent" size="small" className={styles.calendar} icon={<CalendarAddRegular />} onClick={download}>{t.calendar}</Button>
      )}
      {error ? <ErrorBar error={error} title={t.failed} /> : null}
    </>
  );
}
