import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { MeetingDetail, AnswerRow, AnswersPayload } from "../../../bot/src/api/contract";
import { AnswerBadge } from "../components/meeting-badges";
import { ErrorBar, Loading } from "../components/states";
import { useSurfaceStyles } from "../components/surface";
import { useText } from "../i18n";
import { useApi, useSession } from "../session";
import { MyAnswerForm } from "./my-answer-form";

const text = {
  sv: {
    title: "Svar", loading: "Hämtar svar …", attending: "Kommer", tentative: "varav preliminärt", substitute: "Ersättare", declined: "Kommer inte", noAnswer: "Inte svarat",
    nobody: "Ingen har anmält sig från", substituteFor: "Ersättare", totals: "Sammanställning",
  },
  en: {
    title: "Responses", loading: "Loading responses …", attending: "Attending", tentative: "of which tentative", substitute: "Substitutes", declined: "Not attending", noAnswer: "No answer",
    nobody: "Nobody has signed up from", substituteFor: "Substitute", totals: "Summary",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  totals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, listStyleType: "none", margin: 0, padding: 0 },
  total: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  orgs: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS, gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))" },
  people: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  person: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  note: { flexBasis: "100%", color: tokens.colorNeutralForeground3 },
});

function byOrganisation(rows: AnswerRow[]): { id: string; name: string; rows: AnswerRow[] }[] {
  const groups = new Map<string, { id: string; name: string; rows: AnswerRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.organisationId) ?? { id: row.organisationId, name: row.organisationName, rows: [] };
    group.rows.push(row);
    groups.set(row.organisationId, group);
  }
  return [...groups.values()];
}

/** Who comes, who sends a substitute, who declined and who has not answered, per organisation. */
export function AnswersTab(props: { meeting: MeetingDetail; canAnswer: boolean; onAnswered?: () => void; initial?: AnswersPayload }) {
  const t = useText(text);
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { me } = useSession();
  const { data, error, reload } = useApi<AnswersPayload>(`/meetings/${encodeURIComponent(props.meeting.id)}/responses`, props.initial);
  if (!data) return error ? <ErrorBar error={error} onRetry={reload} /> : <Loading label={t.loading} />;
  const tentative = data.responses.filter((r) => r.answer === "attending" && r.tentative).length;
  const totals = [[t.attending, data.totals.attending], ...(tentative > 0 ? [[t.tentative, tentative] as const] : []), [t.substitute, data.totals.substitute], [t.declined, data.totals.declined], [t.noAnswer, data.totals.noAnswer]] as const;
  return (
    <section className={styles.root} aria-labelledby="responses-title">
      <Subtitle2 as="h2" block id="responses-title">{t.title}</Subtitle2>
      {error ? <ErrorBar error={error} onRetry={reload} /> : null}
      {props.canAnswer ? <MyAnswerForm meetingId={props.meeting.id} current={data.responses.find((r) => r.memberId === me.aadObjectId)} onSaved={() => { reload(); props.onAnswered?.(); }} /> : null}
      <ul className={styles.totals} aria-label={t.totals}>
        {totals.map(([label, count]) => (
          <li key={label} className={styles.total}><Text weight="semibold" size={500}>{count}</Text><Text>{label}</Text></li>
        ))}
      </ul>
      {data.organisationsWithNobodyComing.length > 0 ? (
        <MessageBar intent="warning" layout="multiline"><MessageBarBody>{`${t.nobody}: ${data.organisationsWithNobodyComing.map((o) => o.name).join(", ")}`}</MessageBarBody></MessageBar>
      ) : null}
      <ul className={styles.orgs}>
        {byOrganisation(data.responses).map((org) => (
          <li key={org.id} className={surface.surface} data-organisation={org.id}>
            <Subtitle2 as="h3" block>{org.name}</Subtitle2>
            <ul className={styles.people}>
              {org.rows.map((r) => (
                <li key={r.memberId} className={styles.person}>
                  <Body1>{r.displayName}</Body1>
                  <AnswerBadge answer={r.answer} tentative={r.tentative} />
                  {r.answer === "substitute" && r.substituteName ? <Caption1 className={styles.note}>{`${t.substituteFor}: ${r.substituteName}`}</Caption1> : null}
                  {r.comment ? <Caption1 className={styles.note}>{`”${r.comment}”`}</Caption1> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
