import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { FocusAnswerPayload, FocusAskPayload, FocusPayload, MeetingsPayload } from "../../../../bot/src/api/contract";
import { parsePresenters, type RotationRow } from "../../../../bot/src/domain/focus";
import { ErrorBar, Loading } from "../../components/states";
import { useSurfaceStyles } from "../../components/surface";
import { useText } from "../../i18n";
import { useApi, useSession } from "../../session";

const texts = {
  sv: {
    loading: "Hämtar rotationen …", proposal: "Förslag till nästa i fokus", noProposal: "Alla kommuner är tillfrågade, bokade eller har nyligen tackat nej.",
    never: "aldrig i fokus", last: (d: string) => `senast i fokus ${d}`, rotation: "Rotationen", org: "Kommun", lastCol: "Senast i fokus", times: "Gånger", status: "Status",
    asked: (d: string) => `tillfrågad inför ${d}`, booked: (d: string) => `i fokus ${d}`, declined: "tackade nej nyligen",
    ask: "Fråga", meeting: "Möte", organisation: "Kommun", sent: (n: number) => (n === 0 ? "Frågan var redan skickad." : `Frågan har skickats till ${n} ${n === 1 ? "person" : "personer"}.`),
    history: "Historik per organisation", noHistory: "Inga tillfällen ännu.", statusOf: { asked: "tillfrågad", accepted: "i fokus", declined: "tackade nej" },
    yourTurn: (d: string) => `Din organisation är tillfrågad att vara i fokus ${d}.`, topic: "Vad vill ni berätta om?", presenters: "Vem eller vilka presenterar? (namn, skilj med komma)",
    accept: "Ja, vi presenterar", decline: "Inte den här gången", answered: "Tack för svaret!",
  },
  en: {
    loading: "Loading the rotation …", proposal: "Proposed next in focus", noProposal: "Every municipality is asked, booked or declined recently.",
    never: "never in focus", last: (d: string) => `last in focus ${d}`, rotation: "The rotation", org: "Municipality", lastCol: "Last in focus", times: "Times", status: "Status",
    asked: (d: string) => `asked for ${d}`, booked: (d: string) => `in focus ${d}`, declined: "declined recently",
    ask: "Ask", meeting: "Meeting", organisation: "Municipality", sent: (n: number) => (n === 0 ? "The question was already sent." : `The question was sent to ${n} ${n === 1 ? "person" : "people"}.`),
    history: "History per organisation", noHistory: "No turns yet.", statusOf: { asked: "asked", accepted: "in focus", declined: "declined" },
    yourTurn: (d: string) => `Your organisation is asked to be in focus on ${d}.`, topic: "What will you present?", presenters: "Who will present? (names, separated by commas)",
    accept: "Yes, we will present", decline: "Not this time", answered: "Thank you for your answer!",
  },
};

const useStyles = makeStyles({
  /** Fields shrink with the page, so that long meeting titles do not widen it at 320 px. */
  field: { flex: "1 1 160px", minWidth: 0, maxWidth: "100%" },
  control: { width: "100%", minWidth: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", "& th, & td": { textAlign: "left", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
});

function statusText(row: RotationRow, t: (typeof texts)["sv"]): string {
  if (row.pending) return row.pending.status === "accepted" ? t.booked(row.pending.date) : t.asked(row.pending.date);
  return row.declinedRecently ? t.declined : "";
}

/** "Kommun i fokus": the proposal, the rotation, asking (coordinator), answering (the asked organisation) and history. */
export function FocusSection() {
  const t = useText(texts);
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { call, membership } = useSession();
  const focus = useApi<FocusPayload>("/focus");
  const coordinator = membership?.member.role === "coordinator";
  const meetings = useApi<MeetingsPayload>(coordinator ? "/meetings" : undefined);
  const [meetingId, setMeetingId] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [historyOf, setHistoryOf] = useState(membership?.member.organisationId ?? "");
  const [topic, setTopic] = useState("");
  const [presenters, setPresenters] = useState("");
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string }>();
  if (focus.error) return <ErrorBar error={focus.error} onRetry={focus.reload} />;
  if (!focus.data) return <Loading label={t.loading} />;
  const data = focus.data;
  const upcoming = (meetings.data?.meetings ?? []).filter((m) => m.upcoming && (m.status === "draft" || m.status === "invited"));
  const chosenMeeting = meetingId || upcoming[0]?.id || "";
  const chosenOrg = organisationId || data.proposal?.organisationId || "";
  const openAsk = data.turns.find((x) => x.status === "asked" && x.meetingId && x.organisationId === membership?.member.organisationId);
  const act = (work: () => Promise<string>) => {
    setNotice(undefined);
    work().then((text) => {
      setNotice({ intent: "success", text });
      focus.reload();
    }, (e: Error) => setNotice({ intent: "error", text: e.message }));
  };
  const ask = () => act(async () => t.sent((await call<FocusAskPayload>(`/meetings/${encodeURIComponent(chosenMeeting)}/focus/ask`, { method: "POST", body: JSON.stringify({ organisationId: chosenOrg }) })).queued));
  const answer = (choice: "accept" | "decline") => act(async () => {
    await call<FocusAnswerPayload>(`/meetings/${encodeURIComponent(openAsk!.meetingId!)}/focus/answer`, { method: "POST", body: JSON.stringify({ organisationId: openAsk!.organisationId, choice, ...(choice === "accept" ? { topic, presenters: parsePresenters(presenters) } : {}) }) });
    return t.answered;
  });
  const history = data.turns.filter((x) => x.organisationId === historyOf);
  return (
    <section className={styles.root} data-testid="focus-section">
      {notice ? <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}><MessageBarBody>{notice.text}</MessageBarBody></MessageBar> : null}
      {openAsk ? (
        <div className={surface.surface}>
          <Subtitle2 as="h2">{t.yourTurn(openAsk.date)}</Subtitle2>
          <div className={styles.row}>
            <Field label={t.topic} className={styles.field}><Input className={styles.control} value={topic} onChange={(_e, d) => setTopic(d.value)} /></Field>
            <Field label={t.presenters} className={styles.field}><Input className={styles.control} value={presenters} onChange={(_e, d) => setPresenters(d.value)} /></Field>
            <Button appearance="primary" onClick={() => answer("accept")}>{t.accept}</Button>
            <Button onClick={() => answer("decline")}>{t.decline}</Button>
          </div>
        </div>
      ) : null}
      <div className={surface.surface} data-testid="focus-proposal">
        <Subtitle2 as="h2">{t.proposal}</Subtitle2>
        <Text as="p" block>{data.proposal ? `${data.proposal.organisationName} (${data.proposal.lastPresented ? t.last(data.proposal.lastPresented) : t.never})` : t.noProposal}</Text>
        {coordinator && upcoming.length > 0 ? (
          <div className={styles.row}>
            <Field label={t.meeting} className={styles.field}><Select className={styles.control} value={chosenMeeting} onChange={(_e, d) => setMeetingId(d.value)}>{upcoming.map((m) => <option key={m.id} value={m.id}>{`${m.title} ${m.startUtc.slice(0, 10)}`}</option>)}</Select></Field>
            <Field label={t.organisation} className={styles.field}><Select className={styles.control} value={chosenOrg} onChange={(_e, d) => setOrganisationId(d.value)}>{data.rotation.map((r) => <option key={r.organisationId} value={r.organisationId}>{r.organisationName}</option>)}</Select></Field>
            <Button appearance="primary" disabled={!chosenOrg || !chosenMeeting} onClick={ask}>{t.ask}</Button>
          </div>
        ) : null}
      </div>
      <div className={styles.scroll} role="region" aria-label={t.rotation} tabIndex={0}>
        <table className={styles.table} data-testid="focus-rotation">
          <caption style={{ textAlign: "left" }}><Subtitle2>{t.rotation}</Subtitle2></caption>
          <thead><tr>{[t.org, t.lastCol, t.times, t.status].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>{data.rotation.map((r) => <tr key={r.organisationId}><th scope="row">{r.organisationName}</th><td>{r.lastPresented ?? "–"}</td><td>{r.presentations}</td><td>{statusText(r, t)}</td></tr>)}</tbody>
        </table>
      </div>
      <Subtitle2 as="h2">{t.history}</Subtitle2>
      <Field label={t.organisation} className={styles.field}><Select className={styles.control} value={historyOf} onChange={(_e, d) => setHistoryOf(d.value)}>{data.rotation.map((r) => <option key={r.organisationId} value={r.organisationId}>{r.organisationName}</option>)}</Select></Field>
      {history.length === 0 ? <Text>{t.noHistory}</Text> : (
        <ul data-testid="focus-history">
          {history.map((x) => <li key={`${x.meetingId ?? x.date}`}><Text>{[x.date, t.statusOf[x.status], x.topic, x.presenters.join(", "), x.meetingTitle].filter(Boolean).join(" · ")}</Text></li>)}
        </ul>
      )}
    </section>
  );
}
