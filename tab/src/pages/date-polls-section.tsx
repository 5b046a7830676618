import { Body1, Button, Caption1, Field, Input, makeStyles, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title2, Title3, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { DateMark, DateOption, DatePollList, DatePollPicked, DatePollResults, DatePollView } from "../../../bot/src/api/contract";
import { optionLabel } from "../../../bot/src/domain/date-poll";
import { AnswerByField, answerByUtcOf } from "../components/answer-by-field";
import { useSurfaceStyles } from "../components/surface";
import { ErrorBar, Loading } from "../components/states";
import { useLanguage, useText } from "../i18n";
import { formatMoment } from "../format";
import { navigate } from "../router";
import { useApi, useSession } from "../session";

const texts = {
  sv: {
    title: "Hitta datum", intro: "Samordnaren föreslår datum; markera ja, om det behövs eller nej för varje förslag.",
    marks: { yes: "Ja", maybe: "Om det behövs", no: "Nej" } as Record<DateMark, string>, unanswered: "–", save: "Spara markeringar", saved: "Sparat.",
    ranking: "Bästa alternativ (flest kommuner som kan komma först)", option: "Alternativ", coverage: "Kommuner som kan", missing: "Saknas", allMunicipalities: "Alla kommuner",
    pick: "Välj och skapa mötet", date: "Datum för mötet (ÅÅÅÅ-MM-DD)", decided: "Datum valt – mötet är skapat.", openMeeting: "Öppna mötet", none: "Inga datumförfrågningar.",
    notAnswered: (n: number) => `${n} har inte svarat`, remind: "Påminn", newTitle: "Ny datumförfrågan", meetingTitle: "Mötets namn", dates: "Förslag: ett per rad, ÅÅÅÅ-MM-DD TT:MM-TT:MM", create: "Skicka förfrågan", answerBy: (when: string) => `Svara senast ${when}`, loading: "Hämtar …",
  },
  en: {
    title: "Finding the date", intro: "The coordinator proposes dates; mark yes, if needed or no for each proposal.",
    marks: { yes: "Yes", maybe: "If needed", no: "No" } as Record<DateMark, string>, unanswered: "–", save: "Save marks", saved: "Saved.",
    ranking: "Best options (most municipalities able to come first)", option: "Option", coverage: "Municipalities able", missing: "Missing", allMunicipalities: "All municipalities",
    pick: "Choose and create the meeting", date: "Date of the meeting (YYYY-MM-DD)", decided: "Date chosen – the meeting is created.", openMeeting: "Open the meeting", none: "No date polls.",
    notAnswered: (n: number) => `${n} have not answered`, remind: "Remind", newTitle: "New date poll", meetingTitle: "Meeting name", dates: "Proposals: one per line, YYYY-MM-DD HH:MM-HH:MM", create: "Send the poll", answerBy: (when: string) => `Answer by ${when}`, loading: "Loading …",
  },
};

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  table: { overflowX: "auto" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Parses "2031-05-14 09:00-11:00" lines into dated options. */
function parseDates(text: string): Omit<Extract<DateOption, { kind: "time" }>, "id">[] {
  return text.split("\n").map((l) => l.trim()).filter(Boolean).map((line) => {
    const [date = "", times = ""] = line.split(/\s+/);
    const [startTime = "", endTime = ""] = times.split("-");
    return { kind: "time" as const, date, startTime, endTime };
  });
}

/** The coordinator's ranking of one round, with the pick. */
function Ranking(props: { view: DatePollView; onPicked: () => void }) {
  const t = useText(texts);
  const language = useLanguage();
  const { call } = useSession();
  const { datePoll } = props.view;
  const results = useApi<DatePollResults>(`/date-polls/${datePoll.id}/results`);
  const [date, setDate] = useState("");
  const [error, setError] = useState<Error>();
  const styles = useStyles();
  if (results.error) return <ErrorBar error={results.error} />;
  if (!results.data) return <Loading label={t.loading} />;
  const names = new Map(results.data.organisations.map((o) => [o.id, o.name]));
  const byId = new Map(datePoll.options.map((o) => [o.id, o]));
  const pick = async (optionId: string) => {
    try {
      const picked = await call<DatePollPicked>(`/date-polls/${datePoll.id}/pick`, { method: "POST", body: JSON.stringify({ optionId, ...(date ? { date } : {}) }) });
      props.onPicked();
      navigate({ page: "meeting", meetingId: picked.meetingId, tab: "agenda" });
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <section aria-label={t.ranking}>
      <Caption1>{t.notAnswered(results.data.notAnswered.length)}</Caption1>
      {error ? <ErrorBar error={error} /> : null}
      {datePoll.options.some((o) => o.kind === "weekday") ? <Field label={t.date}><Input value={date} onChange={(_, d) => setDate(d.value)} /></Field> : null}
      <div className={styles.table}>
        <Table aria-label={t.ranking} size="small">
          <TableHeader><TableRow><TableHeaderCell>#</TableHeaderCell><TableHeaderCell>{t.option}</TableHeaderCell><TableHeaderCell>{`${t.marks.yes} / ${t.marks.maybe} / ${t.marks.no}`}</TableHeaderCell><TableHeaderCell>{t.coverage}</TableHeaderCell><TableHeaderCell>{t.missing}</TableHeaderCell><TableHeaderCell /></TableRow></TableHeader>
          <TableBody>
            {results.data.scores.map((s) => (
              <TableRow key={s.optionId} data-option={s.optionId}>
                <TableCell>{s.rank}</TableCell>
                <TableCell>{optionLabel(byId.get(s.optionId)!, language)}</TableCell>
                <TableCell>{`${s.yes} / ${s.maybe} / ${s.no}`}</TableCell>
                <TableCell>{s.allMunicipalities ? t.allMunicipalities : String(s.municipalitiesCovered.length)}</TableCell>
                <TableCell>{s.municipalitiesMissing.map((id) => names.get(id) ?? id).join(", ")}</TableCell>
                <TableCell>{datePoll.status === "open" ? <Button size="small" onClick={() => void pick(s.optionId)}>{t.pick}</Button> : null}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

/** One round: the member's marks form, and for the coordinator the ranking. */
function DatePollItem(props: { view: DatePollView; onChange: () => void }) {
  const t = useText(texts);
  const language = useLanguage();
  const { call } = useSession();
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { datePoll } = props.view;
  const [marks, setMarks] = useState<Record<string, string>>(props.view.myResponse?.marks ?? {});
  const [state, setState] = useState<{ error?: Error; saved?: boolean }>({});
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call(`/date-polls/${datePoll.id}/responses/me`, { method: "PUT", body: JSON.stringify({ marks: Object.fromEntries(Object.entries(marks).filter(([, v]) => v)) }) });
      setState({ saved: true });
    } catch (e) {
      setState({ error: e as Error });
    }
  };
  return (
    <li className={`${surface.surface} ${styles.item}`} data-date-poll={datePoll.id}>
      <Title3 as="h3">{datePoll.title}</Title3>
      {datePoll.status === "open" && datePoll.answerByUtc ? <Body1 data-answer-by>{t.answerBy(formatMoment(datePoll.answerByUtc, language))}</Body1> : null}
      {datePoll.status === "decided" ? <Body1>{t.decided}</Body1> : null}
      {datePoll.status === "open" ? (
        <form onSubmit={save} aria-label={datePoll.title} className={styles.item}>
          {state.error ? <ErrorBar error={state.error} /> : null}
          {datePoll.options.map((o) => (
            <Field key={o.id} label={optionLabel(o, language)}>
              <Select value={marks[o.id] ?? ""} onChange={(_, d) => setMarks((m) => ({ ...m, [o.id]: d.value }))}>
                <option value="">{t.unanswered}</option>
                {(["yes", "maybe", "no"] as const).map((m) => <option key={m} value={m}>{t.marks[m]}</option>)}
              </Select>
            </Field>
          ))}
          <div className={styles.row}><Button type="submit" appearance="primary">{t.save}</Button>{state.saved ? <Body1 role="status">{t.saved}</Body1> : null}</div>
        </form>
      ) : null}
      {props.view.mayManage ? (
        <>
          {datePoll.status === "open" ? <div><Button onClick={() => void call(`/date-polls/${datePoll.id}/reminders`, { method: "POST" }).then(props.onChange)}>{t.remind}</Button></div> : null}
          <Ranking view={props.view} onPicked={props.onChange} />
        </>
      ) : null}
    </li>
  );
}

/** The coordinator's form for a new round of dated proposals. */
function NewDatePoll(props: { onCreated: () => void }) {
  const t = useText(texts);
  const { call } = useSession();
  const [title, setTitle] = useState("");
  const [dates, setDates] = useState("");
  const [answerBy, setAnswerBy] = useState("");
  const [error, setError] = useState<Error>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call("/date-polls", { method: "POST", body: JSON.stringify({ title, options: parseDates(dates), ...(answerBy ? { answerByUtc: answerByUtcOf(answerBy) } : {}) }) });
      setTitle("");
      setDates("");
      setAnswerBy("");
      setError(undefined);
      props.onCreated();
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <form onSubmit={submit} aria-label={t.newTitle} className={useStyles().item}>
      <Title3 as="h3">{t.newTitle}</Title3>
      {error ? <ErrorBar error={error} /> : null}
      <Field label={t.meetingTitle} required><Input value={title} onChange={(_, d) => setTitle(d.value)} /></Field>
      <Field label={t.dates} required><Input value={dates} onChange={(_, d) => setDates(d.value)} /></Field>
      <AnswerByField value={answerBy} onChange={setAnswerBy} />
      <div><Button type="submit" appearance="primary">{t.create}</Button></div>
    </form>
  );
}

/** Finding the date: every round of the network, newest first. */
export function DatePollsSection() {
  const t = useText(texts);
  const { membership } = useSession();
  const list = useApi<DatePollList>("/date-polls");
  const styles = useStyles();
  return (
    <section aria-labelledby="date-polls-title" className={styles.section}>
      <Title2 as="h2" id="date-polls-title">{t.title}</Title2>
      <Body1>{t.intro}</Body1>
      {membership?.member.role === "coordinator" ? <NewDatePoll onCreated={list.reload} /> : null}
      {list.error ? <ErrorBar error={list.error} onRetry={list.reload} /> : null}
      {list.data?.datePolls.length === 0 ? <Body1>{t.none}</Body1> : null}
      <ul className={styles.list}>
        {list.data?.datePolls.map((view) => <DatePollItem key={view.datePoll.id} view={view} onChange={list.reload} />)}
      </ul>
    </section>
  );
}
