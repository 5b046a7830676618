import { Body1, Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Textarea, Title2, Title3, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { PollList, PollResultsPayload, PollView } from "../../../bot/src/api/contract";
import { AnswerByField, answerByUtcOf } from "../components/answer-by-field";
import { useSurfaceStyles } from "../components/surface";
import { ErrorBar, Loading } from "../components/states";
import { useLanguage, useText } from "../i18n";
import { formatMoment } from "../format";
import { useApi, useSession } from "../session";
import { DatePollsSection } from "./date-polls-section";
import { PollResultsChart } from "./poll-results-chart";

const texts = {
  sv: {
    title: "Enkäter", intro: "Frågor från samordnaren till nätverket. Svara här eller på kortet i chatten.",
    newPoll: "Ny enkät", question: "Fråga", kind: "Typ av svar", options: "Alternativ (ett per rad)", anonymous: "Anonym (svar sparas utan namn och organisation)",
    kinds: { single: "Ett val", multiple: "Flera val", ranking: "Rangordning", text: "Fritext" } as Record<string, string>,
    create: "Skicka enkäten", send: "Skicka svar", answered: "Du har svarat.", anonymousAnswered: "Du har svarat (anonymt).", closed: "Stängd",
    results: "Resultat", share: "Dela resultatet med ledamöterna", unshare: "Sluta dela resultatet", remind: "Påminn dem som inte svarat", close: "Stäng enkäten",
    answeredCount: (n: number, asked?: number) => (asked ? `${n} av ${asked} har svarat` : `${n} har svarat`), none: "Inga enkäter ännu.", answerBy: (when: string) => `Svara senast ${when}`, place: (n: number) => `Plats ${n}`,
    reminded: (n: number) => `Påminnelse skickad till ${n}.`, points: "poäng", loading: "Hämtar enkäter …", yourText: "Ditt svar",
  },
  en: {
    title: "Polls", intro: "Questions from the coordinator to the network. Answer here or on the card in the chat.",
    newPoll: "New poll", question: "Question", kind: "Kind of answer", options: "Options (one per line)", anonymous: "Anonymous (answers stored without name and organisation)",
    kinds: { single: "One choice", multiple: "Several choices", ranking: "Ranking", text: "Free text" } as Record<string, string>,
    create: "Send the poll", send: "Send answer", answered: "You have answered.", anonymousAnswered: "You have answered (anonymously).", closed: "Closed",
    results: "Results", share: "Share the results with the members", unshare: "Stop sharing the results", remind: "Remind those who have not answered", close: "Close the poll",
    answeredCount: (n: number, asked?: number) => (asked ? `${n} of ${asked} have answered` : `${n} have answered`), none: "No polls yet.", answerBy: (when: string) => `Answer by ${when}`, place: (n: number) => `Place ${n}`,
    reminded: (n: number) => `Reminder sent to ${n}.`, points: "points", loading: "Loading polls …", yourText: "Your answer",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  poll: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** The figures as text for screen readers; the bars above show the same to the eye. */
  figures: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap", border: 0 },
});

/** The coordinator's form for a new poll. */
function NewPollForm(props: { onCreated: () => void }) {
  const t = useText(texts);
  const { call } = useSession();
  const [question, setQuestion] = useState("");
  const [kind, setKind] = useState("single");
  const [options, setOptions] = useState("");
  const [anonymous, setAnonymous] = useState(false);
  const [answerBy, setAnswerBy] = useState("");
  const [error, setError] = useState<Error>();
  const styles = useStyles();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const lines = options.split("\n").map((o) => o.trim()).filter(Boolean);
    try {
      await call("/polls", { method: "POST", body: JSON.stringify({ question, kind, anonymous, ...(kind === "text" ? {} : { options: lines }), ...(answerBy ? { answerByUtc: answerByUtcOf(answerBy) } : {}) }), headers: { "Content-Type": "application/json" } });
      setQuestion("");
      setOptions("");
      setAnswerBy("");
      setError(undefined);
      props.onCreated();
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <form onSubmit={submit} aria-label={t.newPoll} className={styles.poll}>
      <Title3 as="h2">{t.newPoll}</Title3>
      {error ? <ErrorBar error={error} /> : null}
      <Field label={t.question} required><Input value={question} onChange={(_, d) => setQuestion(d.value)} /></Field>
      <Field label={t.kind}>
        <Select value={kind} onChange={(_, d) => setKind(d.value)}>
          {Object.entries(t.kinds).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </Select>
      </Field>
      {kind === "text" ? null : <Field label={t.options}><Textarea value={options} onChange={(_, d) => setOptions(d.value)} /></Field>}
      <Checkbox checked={anonymous} onChange={(_, d) => setAnonymous(Boolean(d.checked))} label={t.anonymous} />
      <AnswerByField value={answerBy} onChange={setAnswerBy} />
      <div><Button type="submit" appearance="primary">{t.create}</Button></div>
    </form>
  );
}

/** The answer form of an open poll the member has not answered (or may change: named polls). */
function AnswerForm(props: { view: PollView; onSaved: () => void }) {
  const t = useText(texts);
  const { call } = useSession();
  const { poll } = props.view;
  const [choices, setChoices] = useState<string[]>(props.view.myAnswer?.choices ?? []);
  const [text, setText] = useState(props.view.myAnswer?.text ?? "");
  const [error, setError] = useState<Error>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call(`/polls/${poll.id}/answers/me`, { method: "PUT", body: JSON.stringify(poll.kind === "text" ? { text } : { choices }), headers: { "Content-Type": "application/json" } });
      setError(undefined);
      props.onSaved();
    } catch (e) {
      setError(e as Error);
    }
  };
  const toggle = (id: string, on: boolean) => setChoices((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  return (
    <form onSubmit={submit} aria-label={poll.question}>
      {error ? <ErrorBar error={error} /> : null}
      {poll.kind === "single" ? (
        <RadioGroup value={choices[0] ?? ""} onChange={(_, d) => setChoices([d.value])} aria-label={poll.question}>
          {poll.options.map((o) => <Radio key={o.id} value={o.id} label={o.text} />)}
        </RadioGroup>
      ) : null}
      {poll.kind === "multiple" ? poll.options.map((o) => <Checkbox key={o.id} label={o.text} checked={choices.includes(o.id)} onChange={(_, d) => toggle(o.id, Boolean(d.checked))} />) : null}
      {poll.kind === "ranking" ? poll.options.map((_o, i) => (
        <Field key={i} label={t.place(i + 1)}>
          <Select value={choices[i] ?? ""} onChange={(_, d) => setChoices((c) => { const next = [...c]; next[i] = d.value; return next; })}>
            <option value="" />
            {poll.options.map((o) => <option key={o.id} value={o.id}>{o.text}</option>)}
          </Select>
        </Field>
      )) : null}
      {poll.kind === "text" ? <Field label={t.yourText}><Textarea value={text} onChange={(_, d) => setText(d.value)} maxLength={2000} /></Field> : null}
      <Button type="submit" appearance="primary">{t.send}</Button>
    </form>
  );
}

/** The results of one poll: the chart and the counts (or the free-text answers) as a list. */
function Results(props: { view: PollView }) {
  const t = useText(texts);
  const { poll } = props.view;
  const styles = useStyles();
  const results = useApi<PollResultsPayload>(`/polls/${poll.id}/results`);
  if (results.error) return <ErrorBar error={results.error} />;
  if (!results.data) return <Loading label={t.loading} />;
  const r = results.data;
  return (
    <section aria-label={t.results} data-poll-results={poll.id}>
      <Caption1>{t.answeredCount(r.answered, r.asked)}</Caption1>
      {poll.kind === "text" ? null : <PollResultsChart results={r} ranking={poll.kind === "ranking"} title={`${t.results}: ${poll.question}`} />}
      <ul className={poll.kind === "text" ? styles.list : styles.figures}>
        {poll.kind === "text"
          ? r.texts.map((x, i) => <li key={i}>{x}</li>)
          : r.options.map((o) => <li key={o.optionId}>{`${o.text}: ${poll.kind === "ranking" ? `${o.points ?? 0} ${t.points}` : o.count}`}</li>)}
      </ul>
    </section>
  );
}

/** One poll: question, the member's answer form or state, results when visible, the coordinator's actions. */
function PollCard(props: { view: PollView; onChange: () => void }) {
  const t = useText(texts);
  const language = useLanguage();
  const { call } = useSession();
  const surface = useSurfaceStyles();
  const styles = useStyles();
  const [notice, setNotice] = useState<string>();
  const { view } = props;
  const { poll } = view;
  const act = async (path: string, init: RequestInit) => {
    const body = await call<{ delivered?: number; queued?: number }>(path, { ...init, headers: { "Content-Type": "application/json" } });
    if (path.endsWith("/reminders")) setNotice(t.reminded(body.queued ?? 0));
    props.onChange();
  };
  const open = poll.status === "open";
  return (
    <li className={`${surface.surface} ${styles.poll}`} data-poll={poll.id}>
      <Title3 as="h3">{poll.question}</Title3>
      <Caption1>{[t.kinds[poll.kind], poll.anonymous ? t.anonymous.split(" (")[0] : undefined, open ? undefined : t.closed].filter(Boolean).join(" · ")}</Caption1>
      {poll.answerByUtc ? <Body1 data-answer-by>{t.answerBy(formatMoment(poll.answerByUtc, language))}</Body1> : null}
      {notice ? <MessageBar intent="success"><MessageBarBody>{notice}</MessageBarBody></MessageBar> : null}
      {open && !(poll.anonymous && view.answered) ? <AnswerForm view={view} onSaved={props.onChange} /> : null}
      {view.answered ? <Body1>{poll.anonymous ? t.anonymousAnswered : t.answered}</Body1> : null}
      {view.maySeeResults ? <Results key={`${poll.id}-${String(view.answered)}-${poll.status}`} view={view} /> : null}
      {view.mayManage ? (
        <div className={styles.row}>
          <Button onClick={() => void act(`/polls/${poll.id}/sharing`, { method: "PUT", body: JSON.stringify({ shared: !poll.resultsShared }) })}>{poll.resultsShared ? t.unshare : t.share}</Button>
          {open ? <Button onClick={() => void act(`/polls/${poll.id}/reminders`, { method: "POST" })}>{t.remind}</Button> : null}
          {open ? <Button onClick={() => void act(`/polls/${poll.id}/close`, { method: "POST" })}>{t.close}</Button> : null}
        </div>
      ) : null}
    </li>
  );
}

/** The polls page: the coordinator's new-poll form, every poll of the network, and finding the date. */
export function PollsPage() {
  const t = useText(texts);
  const styles = useStyles();
  const { membership } = useSession();
  const list = useApi<PollList>("/polls");
  const coordinator = membership?.member.role === "coordinator";
  return (
    <div className={styles.root}>
      <Title2 as="h1">{t.title}</Title2>
      <Body1>{t.intro}</Body1>
      {coordinator ? <NewPollForm onCreated={list.reload} /> : null}
      {list.error ? <ErrorBar error={list.error} onRetry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading label={t.loading} /> : null}
      {list.data?.polls.length === 0 ? <Body1>{t.none}</Body1> : null}
      <ul className={styles.list} style={{ listStyleType: "none", padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }}>
        {list.data?.polls.map((view) => <PollCard key={view.poll.id} view={view} onChange={list.reload} />)}
      </ul>
      <DatePollsSection />
    </div>
  );
}
