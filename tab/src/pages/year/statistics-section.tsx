import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { OrganisationTermStatistics, StatisticsPayload } from "../../../../bot/src/api/contract";
import { BarList } from "../../components/bar-list";
import { ErrorBar, Loading } from "../../components/states";
import { downloadFile } from "../../download";
import { useLanguage, useText } from "../../i18n";
import { useApi, useSession } from "../../session";

const texts = {
  sv: {
    loading: "Hämtar statistiken …", term: "Termin", none: "Inga hållna möten ännu.", csv: "Ladda ner CSV",
    intro: "Räknat från närvaro, svar, aktuellt läge och i fokus för hållna möten. Termin: vt = januari–juni, ht = juli–december.",
    own: "Du ser din egen organisations siffror.", chart: "Närvarograd per organisation", table: "Siffror per organisation",
    org: "Organisation", meetings: "Möten", represented: "Representerad", rate: "Närvarograd", onTime: "Svar i tid", substitutes: "Ersättare", entries: "Aktuellt läge", focus: "I fokus",
    totals: "Hela nätverket per termin", average: "Snitt representerade per möte", missing: "Saknats på de senaste mötena",
    missedInRow: (n: number) => `${n} möten i rad`, noneMissing: "Ingen organisation har saknats vid de två senaste mötena.",
  },
  en: {
    loading: "Loading the statistics …", term: "Term", none: "No meetings held yet.", csv: "Download CSV",
    intro: "Counted from attendance, answers, round-table entries and focus turns of held meetings. Term: vt = January–June, ht = July–December.",
    own: "You see your own organisation's figures.", chart: "Attendance rate per organisation", table: "Figures per organisation",
    org: "Organisation", meetings: "Meetings", represented: "Represented", rate: "Attendance rate", onTime: "Answers on time", substitutes: "Substitutes", entries: "Round table", focus: "In focus",
    totals: "The whole network per term", average: "Average represented per meeting", missing: "Missing from the latest meetings",
    missedInRow: (n: number) => `${n} meetings in a row`, noneMissing: "No organisation has been missing from the two latest meetings.",
  },
};

const useStyles = makeStyles({
  /** Fields shrink with the page, so that long meeting titles do not widen it at 320 px. */
  field: { flex: "1 1 160px", minWidth: 0, maxWidth: "100%" },
  control: { width: "100%", minWidth: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", "& th, & td": { textAlign: "left", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
});

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

/** Bars drawn with CSS; the table after them carries the same figures for screen readers and high contrast. */
function RateBars(props: { rows: OrganisationTermStatistics[]; label: string }) {
  const bars = props.rows.map((r) => ({ key: r.organisationId, label: r.organisationName, share: r.attendanceRate, value: percent(r.attendanceRate) }));
  return <BarList bars={bars} caption={props.label} testId="statistics-bars" />;
}

/** Statistics over time: per organisation and term with bars and a table, the network's totals, CSV export. */
export function StatisticsSection() {
  const t = useText(texts);
  const language = useLanguage();
  const styles = useStyles();
  const { credentials } = useSession();
  const stats = useApi<StatisticsPayload>("/statistics");
  const [termKey, setTermKey] = useState<string>();
  const [error, setError] = useState<string>();
  if (stats.error) return <ErrorBar error={stats.error} onRetry={stats.reload} />;
  if (!stats.data) return <Loading label={t.loading} />;
  const data = stats.data;
  const term = termKey ?? data.terms.at(-1)?.key;
  const rows = data.organisations.filter((r) => r.term.key === term);
  return (
    <section className={styles.root} aria-label={t.table} data-testid="statistics-section">
      <Text as="p" block>{t.intro}{data.scope === "organisation" ? ` ${t.own}` : ""}</Text>
      <div className={styles.actions}>
        {data.terms.length > 0 ? (
          <Field label={t.term} className={styles.field}>
            <Select className={styles.control} value={term} onChange={(_e, d) => setTermKey(d.value)}>{data.terms.map((x) => <option key={x.key} value={x.key}>{x.label}</option>)}</Select>
          </Field>
        ) : null}
        <Button icon={<ArrowDownloadRegular />} onClick={() => downloadFile(credentials, language, "/statistics.csv", "statistik.csv").catch((e: Error) => setError(e.message))}>{t.csv}</Button>
      </div>
      {error ? <MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
      {data.terms.length === 0 ? <Text>{t.none}</Text> : (
        <>
          <RateBars rows={rows} label={t.chart} />
          <div className={styles.scroll} role="region" aria-label={t.table} tabIndex={0}>
            <table className={styles.table} data-testid="statistics-table">
              <caption style={{ textAlign: "left" }}><Subtitle2>{`${t.table} (${data.terms.find((x) => x.key === term)?.label ?? ""})`}</Subtitle2></caption>
              <thead><tr>{[t.org, t.meetings, t.represented, t.rate, t.onTime, t.substitutes, t.entries, t.focus].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.organisationId}>
                    <th scope="row">{r.organisationName}</th>
                    <td>{r.meetings}</td><td>{r.represented}</td><td>{percent(r.attendanceRate)}</td><td>{r.answersOnTime}</td><td>{r.substitutes}</td><td>{r.roundTableEntries}</td><td>{r.focusPresentations}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {data.scope === "network" && data.totals.length > 0 ? (
        <>
          <div className={styles.scroll} role="region" aria-label={t.totals} tabIndex={0}>
            <table className={styles.table} data-testid="statistics-totals">
              <caption style={{ textAlign: "left" }}><Subtitle2>{t.totals}</Subtitle2></caption>
              <thead><tr>{[t.term, t.meetings, t.average, t.rate, t.onTime, t.substitutes, t.entries, t.focus].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
              <tbody>
                {data.totals.map((x) => (
                  <tr key={x.term.key}><th scope="row">{x.term.label}</th><td>{x.meetings}</td><td>{x.averageRepresented}</td><td>{percent(x.attendanceRate)}</td><td>{x.answersOnTime}</td><td>{x.substitutes}</td><td>{x.roundTableEntries}</td><td>{x.focusPresentations}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          <Subtitle2 as="h2">{t.missing}</Subtitle2>
          {data.missing.length === 0 ? <Text>{t.noneMissing}</Text> : (
            <ul data-testid="statistics-missing">{data.missing.map((m) => <li key={m.organisationId}><Text>{`${m.organisationName}: ${t.missedInRow(m.missedInRow)}`}</Text></li>)}</ul>
          )}
        </>
      ) : null}
    </section>
  );
}
