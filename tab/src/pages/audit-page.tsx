import { Body1, Button, Caption1, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, Spinner, Text, Title2, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { AuditEntry, AuditPayload, MeetingSummary } from "../../../bot/src/api/contract";
import { auditActionLabels } from "../../../bot/src/domain/audit";
import { callApi, type Credentials } from "../api-client";
import { useSurfaceStyles } from "../components/surface";
import { downloadFile } from "../download";
import { meetingsApi } from "./minutes-api";

const texts = {
  sv: {
    title: "Händelselogg", intro: "Vem som ändrade närvaro, anteckningar, dagordning, roller och medlemmar, och när. Bara samordnaren ser loggen.",
    from: "Från", to: "Till och med", meeting: "Möte", allMeetings: "Alla möten", show: "Visa", loading: "Hämtar …", csv: "Ladda ner CSV", json: "Ladda ner JSON",
    none: "Inga händelser under perioden.", count: (n: number) => (n === 1 ? "1 händelse" : `${n} händelser`), by: "av", about: "gäller", changes: "Ändringar",
  },
  en: {
    title: "Audit log", intro: "Who changed attendance, minutes, the agenda, roles and members, and when. Only the coordinator sees the log.",
    from: "From", to: "To (inclusive)", meeting: "Meeting", allMeetings: "All meetings", show: "Show", loading: "Loading …", csv: "Download CSV", json: "Download JSON",
    none: "No events in the period.", count: (n: number) => (n === 1 ? "1 event" : `${n} events`), by: "by", about: "about", changes: "Changes",
  },
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  field: { flex: "1 1 140px", minWidth: 0, maxWidth: "240px" },
  meetingField: { flex: "1 1 200px", minWidth: 0, maxWidth: "360px" },
  /** Inputs shrink with their field, so that two dates fit side by side at 320 px. */
  select: { width: "100%", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  entry: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere", minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const stockholmDay = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short" }).format(d);
const timeOf = (iso: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short", timeStyle: "medium" }).format(new Date(iso));

function query(from: string, to: string, meetingId: string, format?: "csv" | "json"): string {
  const params = new URLSearchParams();
  if (from) params.set("from", from);
  if (to) params.set("to", to);
  if (meetingId) params.set("meetingId", meetingId);
  if (format) params.set("format", format);
  return `/audit?${params.toString()}`;
}

/** One entry: when, who, what and the changed fields before → after. */
function EntryView(props: { entry: AuditEntry; meetingTitle?: string; language: "sv" | "en" }) {
  const t = texts[props.language];
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { entry } = props;
  const about = entry.targetName ?? (entry.meetingId === entry.target ? undefined : entry.target);
  return (
    <li className={mergeClasses(surface.surface, styles.entry)} data-audit-action={entry.action}>
      <Body1><strong>{auditActionLabels[props.language][entry.action]}</strong>{` ${t.by} ${entry.actorName}`}</Body1>
      <Caption1 className={styles.meta}>{[timeOf(entry.at), props.meetingTitle, about ? `${t.about} ${about}` : undefined].filter(Boolean).join(" · ")}</Caption1>
      {entry.changes.length > 0 ? (
        <ul className={styles.changes} aria-label={t.changes}>
          {entry.changes.map((c, i) => <li key={i}><Caption1>{`${c.field}: ${c.before ?? "–"} → ${c.after ?? "–"}`}</Caption1></li>)}
        </ul>
      ) : null}
    </li>
  );
}

/** The coordinator's audit log: a period (and meeting) to show, the entries newest first, CSV and JSON downloads. */
export function AuditPage(props: { credentials: Credentials; language: "sv" | "en" }) {
  const t = texts[props.language];
  const styles = useStyles();
  const { credentials, language } = props;
  const [from, setFrom] = useState(() => stockholmDay(new Date(Date.now() - 30 * 24 * 60 * 60 * 1000)));
  const [to, setTo] = useState(() => stockholmDay(new Date()));
  const [meetingId, setMeetingId] = useState("");
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const load = useCallback((f: string, tt: string, m: string) => {
    setBusy(true);
    setError(undefined);
    callApi<AuditPayload>(credentials, language, query(f, tt, m))
      .then((r) => setEntries([...r.entries].reverse()))
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  }, [credentials, language]);

  useEffect(() => {
    meetingsApi(credentials, language).then((r) => setMeetings(r.meetings)).catch(() => setMeetings([]));
    load(from, to, "");
    // The first period is shown once; later ones when the coordinator asks.
  }, [credentials, language]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    load(from, to, meetingId);
  };
  const download = (format: "csv" | "json") => {
    downloadFile(credentials, language, query(from, to, meetingId, format), `handelselogg.${format}`).catch((e: Error) => setError(e.message));
  };
  const titles = new Map(meetings.map((m) => [m.id, `${m.title} ${stockholmDay(new Date(m.startUtc))}`]));
  return (
    <main data-testid="audit-page" className={styles.root} aria-labelledby="audit-title">
      <Title2 as="h1" block id="audit-title">{t.title}</Title2>
      <Text as="p" block>{t.intro}</Text>
      <form onSubmit={submit} className={styles.form}>
        <Field label={t.from} className={styles.field}><Input className={styles.select} type="date" value={from} onChange={(_e, d) => setFrom(d.value)} /></Field>
        <Field label={t.to} className={styles.field}><Input className={styles.select} type="date" value={to} onChange={(_e, d) => setTo(d.value)} /></Field>
        <Field label={t.meeting} className={styles.meetingField}>
          <Select className={styles.select} value={meetingId} onChange={(_e, d) => setMeetingId(d.value)}>
            <option value="">{t.allMeetings}</option>
            {meetings.map((m) => <option key={m.id} value={m.id}>{titles.get(m.id)}</option>)}
          </Select>
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>{t.show}</Button>
      </form>
      <div className={styles.actions}>
        <Button icon={<ArrowDownloadRegular />} onClick={() => download("csv")}>{t.csv}</Button>
        <Button icon={<ArrowDownloadRegular />} onClick={() => download("json")}>{t.json}</Button>
      </div>
      {error ? <MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
      {busy ? <Spinner size="tiny" label={t.loading} /> : null}
      {entries ? (
        <section aria-live="polite" className={styles.root}>
          <Caption1 as="p" block>{t.count(entries.length)}</Caption1>
          {entries.length === 0 ? <Text>{t.none}</Text> : (
            <ol data-testid="audit-entries" className={styles.list}>
              {entries.map((e) => <EntryView key={e.id} entry={e} meetingTitle={e.meetingId ? titles.get(e.meetingId) : undefined} language={language} />)}
            </ol>
          )}
        </section>
      ) : null}
    </main>
  );
}
